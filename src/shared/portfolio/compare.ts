import type { ModelResult } from '../engine/types'
import { metricUnit } from '../metrics/registry'
import { comparisonRows } from '../review/comparison'
import { formatMetric, type MetricInput, type MetricKey } from '../format/metrics'

/**
 * Two or more projects side by side (issue 17): the same rows and signed deltas as the review
 * comparison (`comparisonRows`, one rule for a delta), each project against the first one chosen.
 * Money in different reporting currencies has no meaningful difference: its delta is left out and
 * the cell says why, rather than subtracting rupees from dollars.
 */
export type PortfolioEntry = { id: string; name: string; result: ModelResult }
export type PortfolioCompareCell = { value: string; delta: string | null; worse: boolean | null; note?: string }
export type PortfolioCompareRow = { key: MetricKey; label: string; cells: PortfolioCompareCell[] }

export function comparePortfolio(entries: readonly PortfolioEntry[]): PortfolioCompareRow[] {
  if (entries.length < 2) throw new Error('comparePortfolio: choose at least two projects')
  const [first, ...others] = entries as [PortfolioEntry, ...PortfolioEntry[]]
  const against = others.map((o) => ({ o, rows: comparisonRows(first.result, o.result) }))
  // comparisonRows(first, first) gives the reference's own figures in the same formatting.
  return comparisonRows(first.result, first.result).map((ref, i) => {
    const cells: PortfolioCompareCell[] = [{ value: ref.base, delta: null, worse: null }]
    for (const { o, rows } of against) {
      const row = rows[i]!
      const otherCurrency = o.result.currency !== first.result.currency && metricUnit(row.key) === 'money'
      // comparisonRows formats both sides in the reference's currency: an amount in another one is re-formatted in its own.
      const own = () => formatMetric(row.key, o.result.metrics[row.key as keyof ModelResult['metrics']] as MetricInput, o.result.currency)
      cells.push(otherCurrency ? { value: own(), delta: null, worse: null, note: `${o.result.currency}, not ${first.result.currency}: no difference` } : { value: row.review, delta: row.delta, worse: row.worse })
    }
    return { key: ref.key, label: ref.label, cells }
  })
}
