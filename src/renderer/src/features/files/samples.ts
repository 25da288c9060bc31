import type { Project } from '@shared/model'
import type { Locale } from '@shared/i18n'
import { readProjectBytes } from './project-file-io'

/**
 * The bundled sample projects (resources/samples/*.json), loaded on demand as text and read through
 * the same gate as any opened file, so a sample can never bypass validation.
 */
const RAW = import.meta.glob<string>('@resources/samples/*.json', { query: '?raw', import: 'default' })

export type Sample = { file: string; doc: Project }

export const sampleFiles = (): string[] => Object.keys(RAW).map((k) => k.split('/').pop()!).sort()

export async function loadSamples(locale: Locale = 'en'): Promise<{ samples: Sample[]; problems: string[] }> {
  const entries = Object.entries(RAW).sort(([a], [b]) => a.localeCompare(b))
  const samples: Sample[] = []
  const problems: string[] = []
  for (const [path, load] of entries) {
    const file = path.split('/').pop()!
    const r = readProjectBytes(file, new TextEncoder().encode(await load()), locale)
    if (r.ok) samples.push({ file, doc: r.doc })
    else problems.push(r.message)
  }
  return { samples, problems }
}

/** A sample's file stem (`pgm-catalyst-recovery`): the key of its name and description in the catalog (`filecmd.sample.<stem>.*`). */
export const sampleStem = (file: string): string => file.replace(/\.json$/, '')
