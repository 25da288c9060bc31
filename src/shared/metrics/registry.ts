import type { StyleId } from '../workbook/types'

/**
 * The ONE metric registry: per headline metric (keyed by the engine's / CLI's metric name) its
 * labels, unit, display format, Excel number-format styles and, where the app grades it, which
 * direction is good. The Results cards, the bankability checklist, the project sheet and review
 * memo, the Excel workbook, the CLI and the scenario / tornado / Monte Carlo views all read it.
 *
 * Labels: `label` is the name most places print. Where a place prints a different name for the same
 * metric, that string is kept here as a named variant (and that place asks for it by name), so no
 * screen, sheet or CLI line changes when the registry is read instead of a local table:
 * - `shortLabel`: narrow tables and the analysis views ("NPV", "Min DSCR", "Bankable coverage");
 * - `longLabel`: where the metric is spelled out ("Senior debt at COD", "Payback from COD");
 * - `sheetLabel`: the one-page project sheet and the review memo;
 * - `cliLabel`: `bankable evaluate`'s summary table.
 */

/** What a metric measures: a fraction shown as percent, a cover ratio (1.35x), an amount of money, years. */
export type MetricUnit = 'pct' | 'ratio' | 'money' | 'years' | 'count'

/** How a metric value is written on the cards (see formatByKind in src/shared/format/metrics.ts). */
export type MetricFormat = 'percent2' | 'percent1' | 'ratio' | 'years' | 'money' | 'count'

export type LabelVariant = 'label' | 'shortLabel' | 'longLabel' | 'sheetLabel' | 'cliLabel'

export type MetricDef = {
  readonly label: string
  readonly shortLabel?: string
  readonly longLabel?: string
  readonly sheetLabel?: string
  readonly cliLabel?: string
  readonly unit: MetricUnit
  readonly format: MetricFormat
  /** Excel style of the metric's values in the analysis value sheets (scenarios, sensitivity). */
  readonly xlStyle: StyleId
  /** Excel style of the metric's headline cell in the formula model (cover sheet, Metrics sheet). */
  readonly xlMetricStyle: StyleId
  /** Which way is good, where the app grades the metric (the bankability checklist). */
  readonly better?: 'higher' | 'lower'
}

/** Per unit: the Excel styles and the unit column text of the workbook (`cur` = reporting currency). */
export const UNITS: Readonly<Record<MetricUnit, { xlStyle: StyleId; xlMetricStyle: StyleId; unitText: (cur: string) => string; deltaUnitText: (cur: string) => string }>> = {
  pct: { xlStyle: 'pct', xlMetricStyle: 'metricPct', unitText: () => '%', deltaUnitText: () => '% points' },
  ratio: { xlStyle: 'ratio', xlMetricStyle: 'metricRatio', unitText: () => 'x', deltaUnitText: () => 'x' },
  money: { xlStyle: 'money', xlMetricStyle: 'metricMoney', unitText: (c) => c, deltaUnitText: (c) => c },
  years: { xlStyle: 'number', xlMetricStyle: 'metricYears', unitText: () => 'years', deltaUnitText: () => 'years' },
  count: { xlStyle: 'count', xlMetricStyle: 'count', unitText: () => 'periods', deltaUnitText: () => 'periods' }
}

type Labels = Pick<MetricDef, 'label' | 'shortLabel' | 'longLabel' | 'sheetLabel' | 'cliLabel' | 'better'>
const def = (unit: MetricUnit, format: MetricFormat, labels: Labels): MetricDef => ({ ...labels, unit, format, xlStyle: UNITS[unit].xlStyle, xlMetricStyle: UNITS[unit].xlMetricStyle })

export const METRICS = {
  projectIrr: def('pct', 'percent2', { label: 'Project IRR' }),
  equityIrr: def('pct', 'percent2', { label: 'Equity IRR' }),
  npv: def('money', 'money', { label: 'Project NPV', shortLabel: 'NPV', better: 'higher' }),
  discountRate: def('pct', 'percent2', { label: 'Discount rate' }),
  minDscr: def('ratio', 'ratio', { label: 'Minimum DSCR', shortLabel: 'Min DSCR', better: 'higher' }),
  avgDscr: def('ratio', 'ratio', { label: 'Average DSCR', better: 'higher' }),
  minDscrAllOperating: def('ratio', 'ratio', {
    label: 'Minimum cover, all operating periods', shortLabel: 'Min cover (all ops)', longLabel: 'Minimum DSCR over all operating periods with debt service (grace included)',
    cliLabel: 'Minimum DSCR (all operating periods)', sheetLabel: 'Min cover, all periods'
  }),
  lowestOperatingCfads: def('money', 'money', { label: 'Lowest operating CFADS', cliLabel: 'Lowest operating CFADS' }),
  llcr: def('ratio', 'ratio', { label: 'LLCR', better: 'higher' }),
  plcr: def('ratio', 'ratio', { label: 'PLCR', better: 'higher' }),
  paybackYears: def('years', 'years', { label: 'Payback', longLabel: 'Payback from COD' }),
  debtAtCod: def('money', 'money', { label: 'Debt at COD', longLabel: 'Senior debt at COD' }),
  gearing: def('pct', 'percent1', { label: 'Gearing', better: 'lower' }),
  totalCapex: def('money', 'money', { label: 'Capex incl. contingency' }),
  totalIdc: def('money', 'money', { label: 'IDC' }),
  totalFees: def('money', 'money', { label: 'Fees' }),
  totalEquity: def('money', 'money', { label: 'Equity' }),
  totalGrants: def('money', 'money', { label: 'Grants' }),
  totalRevenue: def('money', 'money', { label: 'Total revenue', cliLabel: 'Revenue (life)' }),
  totalEbitda: def('money', 'money', { label: 'EBITDA (life)' }),
  totalTax: def('money', 'money', { label: 'Tax (life)' }),
  totalCfads: def('money', 'money', { label: 'Total CFADS' }),
  offtakeCoverage: def('pct', 'percent1', { label: 'Offtake coverage', cliLabel: 'Offtake coverage (loan life)' }),
  bankableOfftakeCoverage: def('pct', 'percent1', {
    label: 'Bankable offtake coverage', shortLabel: 'Bankable coverage', sheetLabel: 'Bankable offtake cover', cliLabel: 'Bankable coverage (loan life)', better: 'higher'
  }),
  capacityUtilisation: def('pct', 'percent1', { label: 'Capacity utilisation', cliLabel: 'Capacity utilisation (operations average)' }),
  // The cash waterfall (§11): what funded the shortfalls, what the lock-up and the sweep held back, and
  // the periods a lender would call a default. Graded in the checklist by their own rules, so no `better`.
  peakSponsorSupport: def('money', 'money', { label: 'Peak sponsor support', longLabel: 'Largest sponsor support in one period', cliLabel: 'Sponsor support (largest period)' }),
  totalSponsorSupport: def('money', 'money', { label: 'Sponsor support', longLabel: 'Sponsor support over the life', cliLabel: 'Sponsor support (life)' }),
  periodsInLockup: def('count', 'count', { label: 'Periods in lock-up', cliLabel: 'Periods in lock-up' }),
  totalSwept: def('money', 'money', { label: 'Cash swept', longLabel: 'Cash swept to prepay senior debt', cliLabel: 'Cash swept (life)' }),
  defaultPeriods: def('count', 'count', { label: 'Periods in default', longLabel: 'Periods in default (DSCR below 1.00x or a reserve below target)', cliLabel: 'Periods in default' }),
  supplyCoverage: def('pct', 'percent1', { label: 'Supply coverage', sheetLabel: 'Feed under supply contracts', cliLabel: 'Supply coverage (loan life)', better: 'higher' })
} as const satisfies Record<string, MetricDef>

export type MetricKey = keyof typeof METRICS

export const isMetricKey = (key: string): key is MetricKey => key in METRICS

/** A metric's name in the variant a place prints; a metric without that variant has only its `label`. */
export function metricLabel(key: MetricKey, variant: LabelVariant = 'label'): string {
  const d: MetricDef = METRICS[key]
  return d[variant] ?? d.label
}

export const metricUnit = (key: MetricKey): MetricUnit => METRICS[key].unit
