import type { MessageKey, MessageValues } from '@shared/i18n'
import type { MetricKey } from '@shared/format/metrics'
import type { Verdict } from '@shared/portfolio/headline'

type T = (key: MessageKey, values?: MessageValues) => string

/**
 * The project list's words for the shared portfolio figures (#20): the metric names of its columns
 * and comparison rows and the verdict, in the reader's language. English equals the shared registry's
 * wording (a test holds them together), so the English list reads as before.
 */
const COLUMN: Partial<Record<MetricKey, MessageKey>> = {
  projectIrr: 'projects.metric.projectIrr',
  equityIrr: 'projects.metric.equityIrr',
  minDscr: 'projects.metric.minDscr',
  llcr: 'projects.metric.llcr',
  npv: 'projects.metric.npv',
  debtAtCod: 'projects.metric.debtAtCod'
}

const ROW: Partial<Record<MetricKey, MessageKey>> = {
  minDscr: 'projects.row.minDscr',
  minDscrAllOperating: 'projects.row.minDscrAllOperating',
  avgDscr: 'projects.row.avgDscr',
  llcr: 'projects.row.llcr',
  projectIrr: 'projects.row.projectIrr',
  equityIrr: 'projects.row.equityIrr',
  npv: 'projects.row.npv',
  paybackYears: 'projects.row.paybackYears',
  debtAtCod: 'projects.row.debtAtCod',
  gearing: 'projects.row.gearing',
  bankableOfftakeCoverage: 'projects.row.bankableOfftakeCoverage',
  totalSponsorSupport: 'projects.row.totalSponsorSupport',
  defaultPeriods: 'projects.row.defaultPeriods'
}

/** A portfolio column's header (the registry's short label in English). */
export const metricColumnHeader = (t: T, key: MetricKey, fallback: string): string => (COLUMN[key] ? t(COLUMN[key]) : fallback)

/** A comparison row's name (the registry's label in English); a metric added to the comparison later shows its registry label until it has words here. */
export const metricHeader = (t: T, key: MetricKey, fallback: string): string => (ROW[key] ? t(ROW[key]) : fallback)

/** The verdict as the list and the comparison say it; an unfinished model names what it lacks. */
export function verdictWords(t: T, v: Verdict): string {
  if (v.kind === 'incomplete') return t('projects.verdict.incompleteTitle', { missing: v.missing.join(', ') })
  return t(`projects.verdict.${v.grade}`)
}

export const PORTFOLIO_WORD_KEYS = { column: COLUMN, row: ROW }
