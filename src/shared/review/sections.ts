import { ownValue } from '../json/own'
import type { ReviewSection } from './schema'

const TOP_LEVEL: Record<string, ReviewSection> = {
  feedstock: 'feedstock', routes: 'recovery', products: 'recovery', prices: 'prices', fx: 'prices', offtake: 'offtake', offtakePolicy: 'offtake',
  costs: 'costs', tax: 'costs', financing: 'financing', valuation: 'financing', lender: 'financing', scenarios: 'scenarios', timeline: 'costs',
  sheet: 'sheet', name: 'sheet', description: 'sheet', reportingCurrency: 'prices'
}

/** The workspace section that shows the input at a model path (`financing.annualRate` → financing). */
export const sectionOfPath = (path: string): ReviewSection => ownValue(TOP_LEVEL, path.split('.')[0] ?? '') ?? 'sheet'

/** Every leaf input path of a document (`costs.opex.escalation`, `feedstock.0.unitsPerYear`), for note targets. */
export function leafPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return prefix ? [prefix] : []
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value)
  return entries.flatMap(([k, v]) => (k === 'schemaVersion' || k === 'id' ? [] : leafPaths(v, prefix ? `${prefix}.${k}` : k)))
}
