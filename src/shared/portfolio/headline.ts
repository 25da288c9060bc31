import type { ModelResult } from '../engine/types'
import type { Project } from '../model'
import { bankabilityChecklist, overallGrade, type Grade } from '../format/checklist'
import { missingInputs } from '../format/completeness'
import { formatMetric, metricValue, type MetricInput, type MetricKey } from '../format/metrics'

/**
 * One project's line in the portfolio list (issue 17): the headline metrics a lender reads first and
 * the checklist's verdict. An unfinished model gets no grade (its IRR can be thousands of percent):
 * "Incomplete" with what it lacks, the same `missingInputs` Results and the sheet use.
 */
export const PORTFOLIO_METRICS = ['projectIrr', 'equityIrr', 'minDscr', 'llcr', 'npv', 'debtAtCod'] as const satisfies readonly MetricKey[]
export type PortfolioMetric = (typeof PORTFOLIO_METRICS)[number]

export type Verdict = { kind: 'graded'; grade: Grade } | { kind: 'incomplete'; missing: string[] }

export type PortfolioCell = {
  /** As the Results cards show it (`12.34 %`, `1.35x`, `n/a — no sign change`). */
  text: string
  /** The value for sorting (a float is exact enough to order), null when the metric has no value. */
  sortValue: number | null
  /** The exact value (a decimal string), so the list can write money in the reader's display unit; null without a value. */
  value: string | null
}

export type Headline = { currency: Project['reportingCurrency']; cells: Record<PortfolioMetric, PortfolioCell>; verdict: Verdict }

const metricOf = (r: ModelResult, key: PortfolioMetric): MetricInput => r.metrics[key] as MetricInput

export function headlineOf(project: Project, result: ModelResult): Headline {
  const cells = {} as Record<PortfolioMetric, PortfolioCell>
  for (const key of PORTFOLIO_METRICS) {
    const m = metricOf(result, key)
    const v = metricValue(m)
    cells[key] = { text: formatMetric(key, m, result.currency), sortValue: v.ok ? v.value.toNumber() : null, value: v.ok ? v.value.toFixed() : null }
  }
  const missing = missingInputs(project, result)
  const verdict: Verdict = missing.length > 0 ? { kind: 'incomplete', missing: missing.map((x) => x.text) } : { kind: 'graded', grade: overallGrade(bankabilityChecklist(project, result)) }
  return { currency: result.currency, cells, verdict }
}

/** Best first: green, amber, red, then no grade (no debt to grade), then unfinished models. */
const VERDICT_RANK: Record<Grade | 'incomplete', number> = { green: 0, amber: 1, red: 2, na: 3, incomplete: 4 }
export const verdictRank = (v: Verdict): number => VERDICT_RANK[v.kind === 'incomplete' ? 'incomplete' : v.grade]

/** What the verdict column says: the checklist's overall wording, shortened to fit a cell. */
export function verdictText(v: Verdict): string {
  if (v.kind === 'incomplete') return `Incomplete: ${v.missing.join(', ')}`
  return { green: 'Bankable', amber: 'Close', red: 'Not bankable', na: 'Nothing to grade' }[v.grade]
}
