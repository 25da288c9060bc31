import type { ModelResult } from '@shared/engine'
import { sum, type Decimal } from '@shared/decimal'
import type { Currency } from '@shared/model'
import { formatMoneyIn, type DisplayUnit } from '@shared/format/display-unit'
import { metricLabel } from '@shared/metrics/registry'
import { formatMetric, type MetricInput, type MetricKey } from '@renderer/format/metrics'

/** The headline cards in reading order, each keyed by the engine's / CLI's metric name (names from the metric registry). */
export type CardDef = { key: MetricKey; label: string; hint: (r: ModelResult, unit: DisplayUnit) => string; value: (r: ModelResult) => MetricInput }

/**
 * An amount in a hint: in the reader's unit when one is chosen (the same style as the cards), else the
 * "≈ 134.3 crore" reading aid under a long full figure. `repeat`: the card's own figure, which a scaled
 * card already shows — left out then.
 */
function amount(v: Decimal, r: ModelResult, unit: DisplayUnit, repeat = false): string | null {
  if (unit === 'full') return `≈ ${compactMoney(v, r.currency)}`
  return repeat ? null : formatMoneyIn(v, r.currency, unit)
}
const join = (...parts: (string | null)[]) => parts.filter((x): x is string => x !== null).join(' · ')

/** A reading aid under long figures: `134.3 crore`, `39.5 million`, `1.2 billion` (INR in lakh and crore). */
export function compactMoney(value: Decimal, currency: Currency): string {
  const abs = value.abs()
  const sign = value.isNegative() && !value.isZero() ? '−' : ''
  const scales: [string, string][] =
    currency === 'INR'
      ? [['1e7', 'crore'], ['1e5', 'lakh']]
      : [['1e12', 'trillion'], ['1e9', 'billion'], ['1e6', 'million'], ['1e3', 'thousand']]
  for (const [size, word] of scales) if (abs.gte(size)) return `${sign}${abs.div(size).toDecimalPlaces(1).toString()} ${word} ${currency}`
  return `${sign}${abs.toDecimalPlaces(0).toString()} ${currency}`
}

const m = (key: MetricKey) => (r: ModelResult): MetricInput => r.metrics[key] as MetricInput

export const CARDS: readonly CardDef[] = [
  { key: 'projectIrr', label: metricLabel('projectIrr'), hint: () => 'pre-financing, after tax', value: m('projectIrr') },
  { key: 'equityIrr', label: metricLabel('equityIrr'), hint: () => 'on equity contributions', value: m('equityIrr') },
  { key: 'npv', label: metricLabel('npv'), hint: (r, u) => join(`at ${formatMetric('discountRate', r.metrics.discountRate, r.currency)}`, amount(r.metrics.npv, r, u, true)), value: m('npv') },
  { key: 'paybackYears', label: metricLabel('paybackYears'), hint: () => 'from COD', value: m('paybackYears') },
  { key: 'minDscr', label: metricLabel('minDscr'), hint: (r) => (r.metrics.minDscrPeriod ? `period ${r.metrics.minDscrPeriod}` : 'repayment periods'), value: m('minDscr') },
  { key: 'avgDscr', label: metricLabel('avgDscr'), hint: () => 'repayment periods', value: m('avgDscr') },
  // What a lender reads first (§11): cover in every operating period (grace included) and the worst CFADS.
  { key: 'minDscrAllOperating', label: metricLabel('minDscrAllOperating', 'shortLabel'), hint: (r) => (r.metrics.minDscrAllOperatingPeriod ? `period ${r.metrics.minDscrAllOperatingPeriod}, grace included` : 'operating periods'), value: m('minDscrAllOperating') },
  { key: 'lowestOperatingCfads', label: metricLabel('lowestOperatingCfads'), hint: (r, u) => join(`period ${r.metrics.lowestOperatingCfadsPeriod}`, amount(r.metrics.lowestOperatingCfads, r, u, true)), value: m('lowestOperatingCfads') },
  // The cash waterfall (§11): what the sponsor had to put in, and the periods a lender would call a default.
  {
    key: 'totalSponsorSupport', label: metricLabel('totalSponsorSupport'),
    hint: (r, u) => (r.metrics.peakSponsorSupportPeriod ? `largest ${amount(r.metrics.peakSponsorSupport, r, u)} in period ${r.metrics.peakSponsorSupportPeriod}` : 'no shortfall to fund'),
    value: m('totalSponsorSupport')
  },
  { key: 'defaultPeriods', label: metricLabel('defaultPeriods'), hint: () => 'DSCR below 1.00x or a reserve below target', value: m('defaultPeriods') },
  { key: 'llcr', label: metricLabel('llcr'), hint: () => 'at COD', value: m('llcr') },
  { key: 'plcr', label: metricLabel('plcr'), hint: () => 'at COD', value: m('plcr') },
  { key: 'debtAtCod', label: metricLabel('debtAtCod'), hint: (r, u) => join(amount(r.metrics.debtAtCod, r, u, true), 'incl. IDC and fees'), value: m('debtAtCod') },
  { key: 'gearing', label: metricLabel('gearing'), hint: () => 'debt / (uses − grants)', value: m('gearing') },
  { key: 'offtakeCoverage', label: metricLabel('offtakeCoverage'), hint: () => 'contracted revenue, loan life', value: m('offtakeCoverage') },
  { key: 'bankableOfftakeCoverage', label: metricLabel('bankableOfftakeCoverage', 'shortLabel'), hint: () => 'take-or-pay, investment grade', value: m('bankableOfftakeCoverage') }
]

export type CardView = { key: MetricKey; label: string; hint: string; text: string; available: boolean }

/** Shown only for a project with a plant capacity (methodology §13): the average utilisation and the feed it could not take. */
export const CAPACITY_CARD: CardDef = {
  key: 'capacityUtilisation', label: metricLabel('capacityUtilisation'),
  hint: (r) => {
    const cut = sum(r.annual.map((y) => y.unprocessedTonnes))
    return cut.gt(0) ? `average over operations · ${cut.toDecimalPlaces(0).toNumber().toLocaleString('en-US')} t not processed (over capacity)` : 'average over operations · no feed cut'
  },
  value: m('capacityUtilisation')
}

/** Shown only when the terms have a lock-up (§11): the periods whose distributions it trapped. */
export const LOCKUP_CARD: CardDef = {
  key: 'periodsInLockup', label: metricLabel('periodsInLockup'),
  hint: (r, unit) => {
    const held = sum(r.financing.waterfall.lockupTrapped)
    return held.gt(0) ? `${amount(held, r, unit)} trapped over the life` : 'no distribution trapped'
  },
  value: m('periodsInLockup')
}

/** Shown only when the terms have a cash sweep (§11): the cash it prepaid, and how much earlier the debt is repaid. */
export const SWEEP_CARD: CardDef = {
  key: 'totalSwept', label: metricLabel('totalSwept'),
  hint: (r) => {
    const repaid = r.metrics.debtRepaidPeriod
    const maturity = r.financing.maturityPeriod
    if (repaid === null || maturity === null) return 'no debt to prepay'
    const early = maturity - repaid
    return early > 0 ? `debt repaid in period ${repaid}, ${early} period${early === 1 ? '' : 's'} before maturity (${maturity})` : `debt repaid at maturity, period ${maturity}`
  },
  value: m('totalSwept')
}

/** Shown only for a project with supply contracts (methodology §13): committed / processed feed over the loan life, beside offtake coverage. */
export const SUPPLY_CARD: CardDef = {
  key: 'supplyCoverage', label: metricLabel('supplyCoverage'),
  hint: (r) => `committed feed, loan life · ${r.supply.contracts.length} contract${r.supply.contracts.length === 1 ? '' : 's'}`,
  value: m('supplyCoverage')
}

/** The cards of a result, money in the reader's display unit (`full` unless chosen). */
export function cardViews(result: ModelResult, unit: DisplayUnit = 'full'): CardView[] {
  return [...CARDS, ...(result.plant.capacities.length > 0 ? [CAPACITY_CARD] : []), ...(result.supply.contracts.length > 0 ? [SUPPLY_CARD] : []), ...(result.metrics.periodsInLockup.ok ? [LOCKUP_CARD] : []), ...(result.metrics.totalSwept.ok ? [SWEEP_CARD] : [])].map((c) => {
    const text = formatMetric(c.key, c.value(result), result.currency, unit)
    return { key: c.key, label: c.label, hint: c.hint(result, unit), text, available: !text.startsWith('n/a') }
  })
}
