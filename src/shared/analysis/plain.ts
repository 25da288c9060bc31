import type { Metric, ModelResult } from '../engine/types'

/**
 * Analysis results cross the worker boundary, so they hold plain data only: decimal strings for
 * engine figures (full precision, never Decimal instances) and numbers for Monte Carlo statistics.
 */
export type PlainMetric = { ok: true; value: string } | { ok: false; code: string; reason: string }

export const toPlainMetric = (m: Metric): PlainMetric => (m.ok ? { ok: true, value: m.value.toString() } : { ok: false, code: m.code, reason: m.reason })

/** The figures a lender reads first, for one case. Ratios and rates as fractions; money in the reporting currency. */
export type HeadlineMetrics = {
  equityIrr: PlainMetric
  projectIrr: PlainMetric
  npv: PlainMetric
  minDscr: PlainMetric
  avgDscr: PlainMetric
  llcr: PlainMetric
  paybackYears: PlainMetric
  debtAtCod: PlainMetric
}

export type HeadlineKey = keyof HeadlineMetrics
export const HEADLINE_KEYS: readonly HeadlineKey[] = ['equityIrr', 'projectIrr', 'npv', 'minDscr', 'avgDscr', 'llcr', 'paybackYears', 'debtAtCod']

export function headline(r: ModelResult): HeadlineMetrics {
  const m = r.metrics
  return {
    equityIrr: toPlainMetric(m.equityIrr),
    projectIrr: toPlainMetric(m.projectIrr),
    npv: { ok: true, value: m.npv.toString() },
    minDscr: toPlainMetric(m.minDscr),
    avgDscr: toPlainMetric(m.avgDscr),
    llcr: toPlainMetric(m.llcr),
    paybackYears: toPlainMetric(m.paybackYears),
    debtAtCod: { ok: true, value: m.debtAtCod.toString() }
  }
}

/** Numeric value of a plain metric, or null when it does not exist. */
export const metricNumber = (m: PlainMetric): number | null => (m.ok ? Number(m.value) : null)
