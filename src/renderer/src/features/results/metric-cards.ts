import type { ModelResult } from '@shared/engine'
import { sum, type Decimal } from '@shared/decimal'
import type { Currency } from '@shared/model'
import { formatMoneyIn, type DisplayUnit } from '@shared/format/display-unit'
import type { MessageKey } from '@shared/i18n'
import { formatMetric, type MetricInput, type MetricKey } from '@renderer/format/metrics'
import { metricTextIn } from '@shared/sheet/metric-text'
import type { Locale } from '@shared/i18n'
import { english, type Translate } from './translate'

/**
 * The headline cards in reading order, each keyed by the engine's / CLI's metric name; the label is
 * `results.card.<key>`, whose English is the metric registry's (a test holds them equal).
 */
export type CardDef = { key: MetricKey; hint: (r: ModelResult, unit: DisplayUnit, t: Translate) => string; value: (r: ModelResult) => MetricInput }

/**
 * An amount in a hint: in the reader's unit when one is chosen (the same style as the cards), else the
 * "≈ 134.3 crore" reading aid under a long full figure. `repeat`: the card's own figure, which a scaled
 * card already shows — left out then.
 */
function amount(v: Decimal, r: ModelResult, unit: DisplayUnit, t: Translate, repeat = false): string | null {
  if (unit === 'full') return `≈ ${compactMoney(v, r.currency, t)}`
  return repeat ? null : formatMoneyIn(v, r.currency, unit)
}
const join = (...parts: (string | null)[]) => parts.filter((x): x is string => x !== null).join(' · ')

/** A reading aid under long figures: `134.3 crore`, `39.5 million`, `1.2 billion` (INR in lakh and crore). */
export function compactMoney(value: Decimal, currency: Currency, t: Translate = english): string {
  const abs = value.abs()
  const sign = value.isNegative() && !value.isZero() ? '−' : ''
  const scales: [string, MessageKey][] =
    currency === 'INR'
      ? [['1e7', 'results.compact.crore'], ['1e5', 'results.compact.lakh']]
      : [['1e12', 'results.compact.trillion'], ['1e9', 'results.compact.billion'], ['1e6', 'results.compact.million'], ['1e3', 'results.compact.thousand']]
  for (const [size, word] of scales) if (abs.gte(size)) return t('results.compact', { sign, value: abs.div(size).toDecimalPlaces(1).toString(), word: t(word), currency })
  return t('results.compact.plain', { sign, value: abs.toDecimalPlaces(0).toString(), currency })
}

const m = (key: MetricKey) => (r: ModelResult): MetricInput => r.metrics[key] as MetricInput

export const CARDS: readonly CardDef[] = [
  { key: 'projectIrr', hint: (_r, _u, t) => t('results.hint.preFinancing'), value: m('projectIrr') },
  { key: 'equityIrr', hint: (_r, _u, t) => t('results.hint.onEquity'), value: m('equityIrr') },
  { key: 'npv', hint: (r, u, t) => join(t('results.hint.discountAt', { rate: formatMetric('discountRate', r.metrics.discountRate, r.currency) }), amount(r.metrics.npv, r, u, t, true)), value: m('npv') },
  { key: 'paybackYears', hint: (_r, _u, t) => t('results.hint.fromCod'), value: m('paybackYears') },
  { key: 'minDscr', hint: (r, _u, t) => (r.metrics.minDscrPeriod ? t('results.hint.period', { period: String(r.metrics.minDscrPeriod) }) : t('results.hint.repaymentPeriods')), value: m('minDscr') },
  { key: 'avgDscr', hint: (_r, _u, t) => t('results.hint.repaymentPeriods'), value: m('avgDscr') },
  // What a lender reads first (§11): cover in every operating period (grace included) and the worst CFADS.
  { key: 'minDscrAllOperating', hint: (r, _u, t) => (r.metrics.minDscrAllOperatingPeriod ? t('results.hint.periodGrace', { period: String(r.metrics.minDscrAllOperatingPeriod) }) : t('results.hint.operatingPeriods')), value: m('minDscrAllOperating') },
  { key: 'lowestOperatingCfads', hint: (r, u, t) => join(t('results.hint.period', { period: String(r.metrics.lowestOperatingCfadsPeriod) }), amount(r.metrics.lowestOperatingCfads, r, u, t, true)), value: m('lowestOperatingCfads') },
  // The cash waterfall (§11): what the sponsor had to put in, and the periods a lender would call a default.
  {
    key: 'totalSponsorSupport',
    hint: (r, u, t) => (r.metrics.peakSponsorSupportPeriod ? t('results.hint.largestSupport', { amount: amount(r.metrics.peakSponsorSupport, r, u, t) ?? '', period: String(r.metrics.peakSponsorSupportPeriod) }) : t('results.hint.noShortfall')),
    value: m('totalSponsorSupport')
  },
  { key: 'defaultPeriods', hint: (_r, _u, t) => t('results.hint.default'), value: m('defaultPeriods') },
  { key: 'llcr', hint: (_r, _u, t) => t('results.hint.atCod'), value: m('llcr') },
  { key: 'plcr', hint: (_r, _u, t) => t('results.hint.atCod'), value: m('plcr') },
  { key: 'debtAtCod', hint: (r, u, t) => join(amount(r.metrics.debtAtCod, r, u, t, true), t('results.hint.inclIdc')), value: m('debtAtCod') },
  { key: 'gearing', hint: (_r, _u, t) => t('results.hint.gearing'), value: m('gearing') },
  { key: 'offtakeCoverage', hint: (_r, _u, t) => t('results.hint.offtake'), value: m('offtakeCoverage') },
  { key: 'bankableOfftakeCoverage', hint: (_r, _u, t) => t('results.hint.bankable'), value: m('bankableOfftakeCoverage') }
]

export type CardView = { key: MetricKey; label: string; hint: string; text: string; available: boolean }

/** Shown only for a project with a plant capacity (methodology §13): the average utilisation and the feed it could not take. */
export const CAPACITY_CARD: CardDef = {
  key: 'capacityUtilisation',
  hint: (r, _u, t) => {
    const cut = sum(r.annual.map((y) => y.unprocessedTonnes))
    return cut.gt(0) ? t('results.hint.capacityCut', { tonnes: cut.toDecimalPlaces(0).toNumber().toLocaleString('en-US') }) : t('results.hint.capacityNoCut')
  },
  value: m('capacityUtilisation')
}

/** Shown only when the terms have a lock-up (§11): the periods whose distributions it trapped. */
export const LOCKUP_CARD: CardDef = {
  key: 'periodsInLockup',
  hint: (r, unit, t) => {
    const held = sum(r.financing.waterfall.lockupTrapped)
    return held.gt(0) ? t('results.hint.trapped', { amount: amount(held, r, unit, t) ?? '' }) : t('results.hint.noneTrapped')
  },
  value: m('periodsInLockup')
}

/** Shown only when the terms have a cash sweep (§11): the cash it prepaid, and how much earlier the debt is repaid. */
export const SWEEP_CARD: CardDef = {
  key: 'totalSwept',
  hint: (r, _u, t) => {
    const repaid = r.metrics.debtRepaidPeriod
    const maturity = r.financing.maturityPeriod
    if (repaid === null || maturity === null) return t('results.hint.noDebtToPrepay')
    const early = maturity - repaid
    return early > 0 ? t('results.hint.repaidEarly', { repaid: String(repaid), early, maturity: String(maturity) }) : t('results.hint.repaidAtMaturity', { maturity: String(maturity) })
  },
  value: m('totalSwept')
}

/** Shown only for a project with supply contracts (methodology §13): committed / processed feed over the loan life, beside offtake coverage. */
export const SUPPLY_CARD: CardDef = {
  key: 'supplyCoverage',
  hint: (r, _u, t) => t('results.hint.supply', { count: r.supply.contracts.length }),
  value: m('supplyCoverage')
}

/** The cards of a result, money in the reader's display unit (`full` unless chosen). */
export function cardViews(result: ModelResult, unit: DisplayUnit = 'full', t: Translate = english, locale: Locale = 'en'): CardView[] {
  return [...CARDS, ...(result.plant.capacities.length > 0 ? [CAPACITY_CARD] : []), ...(result.supply.contracts.length > 0 ? [SUPPLY_CARD] : []), ...(result.metrics.periodsInLockup.ok ? [LOCKUP_CARD] : []), ...(result.metrics.totalSwept.ok ? [SWEEP_CARD] : [])].map((c) => {
    // The figure's unit word and n/a reason in the reader's language (metricTextIn: English is formatMetric).
    const text = metricTextIn(c.key, c.value(result), result.currency, unit, locale)
    return { key: c.key, label: t(`results.card.${c.key}` as MessageKey), hint: c.hint(result, unit, t), text, available: !text.startsWith('n/a') }
  })
}
