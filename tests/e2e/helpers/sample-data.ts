import { readFileSync } from 'node:fs'

/** Keys of a project file that hold text the user typed (names, counterparties, notes, sources), not the app's words. */
const FREE_TEXT = new Set(['name', 'counterparty', 'supplier', 'sponsor', 'location', 'summary', 'description', 'notes', 'source', 'defaultsSource', 'risk', 'mitigant', 'chemistry', 'rating'])

/**
 * The user-typed data of a bundled sample (`pgm-catalyst-recovery`), for the untranslated-text scan's
 * allow-list: a Japanese screen shows the recycler's own names and notes as they were entered.
 */
export function sampleData(stem: string): string[] {
  const out = new Set<string>()
  const walk = (value: unknown, key: string | null): void => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, key))
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k)
    else if (typeof value === 'string' && key !== null && FREE_TEXT.has(key)) out.add(value)
  }
  walk(JSON.parse(readFileSync(`resources/samples/${stem}.json`, 'utf8')), null)
  return [...out]
}

/** Names cited in the samples' Japanese descriptions (sources, lenders, chemistry) and the file path they point to: data, not the app's words. */
export const SAMPLE_DESCRIPTION_NAMES: readonly string[] = ['docs/methodology.md', 'Li-Cycle', 'Primobius', 'Argonne', 'EverBatt', 'IUPAC', 'Fastmarkets', 'HMS', 'fob New York', 'Attero', 'NMC', 'JBIC', 'NEXI', 'IFC', 'OECD', 'PFC', 'SBI', 'OEM', 'DOC/DPF', 's.115BAA', 'NiSO4', 'CoSO4']

/** The user-typed data of every bundled sample and the names their descriptions cite: what the sample dialog may show untranslated. */
export const allSampleData = (): string[] => [...['pgm-catalyst-recovery', 'india-black-mass-hydromet', 'india-black-mass-three-lenders'].flatMap(sampleData), ...SAMPLE_DESCRIPTION_NAMES]
