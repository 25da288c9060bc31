import type { Currency } from '@shared/model'
import type { PlainMetric } from '@shared/analysis/plain'
import { METRICS, metricLabel, type MetricKey, type MetricUnit } from '@shared/metrics/registry'
import { axisTick } from '@shared/format/display-unit'
import type { MessageKey } from '@shared/i18n'
import { english, type Translate } from '../results/translate'

/** Display helpers for analysis numbers (units always shown). */
const LOCALE: Record<Currency, string> = { USD: 'en-US', INR: 'en-IN', JPY: 'en-US' }

export const pct = (x: number | null, places = 2): string => (x === null ? 'n/a' : `${(x * 100).toFixed(places)} %`)
export const times = (x: number | null, places = 2): string => (x === null ? 'n/a' : `${x.toFixed(places)}x`)
export const money = (x: number | null, currency: Currency): string =>
  x === null ? 'n/a' : `${new Intl.NumberFormat(LOCALE[currency], { maximumFractionDigits: 0 }).format(x)} ${currency}`
/** Money in a few characters, the chart axes' style (display-unit.ts): `1,700 cr`, `45.3 mn` — never Intl's compact "1.7KCr" (#17). */
export const compactMoney = (x: number, currency: Currency): string => axisTick(currency, 'full')(x)

export type { MetricUnit }
/** Each metric's unit, from the metric registry. */
export const METRIC_UNIT: Record<string, MetricUnit> = Object.fromEntries(Object.entries(METRICS).map(([k, d]) => [k, d.unit]))

/** The metrics these views name (headline, tornado and Monte Carlo metrics), each `scenarios.metric.<key>` in the catalog. */
export const VIEW_METRICS = ['equityIrr', 'projectIrr', 'npv', 'minDscr', 'avgDscr', 'llcr', 'paybackYears', 'debtAtCod'] as const satisfies readonly MetricKey[]
const inCatalog = (key: MetricKey): key is (typeof VIEW_METRICS)[number] => (VIEW_METRICS as readonly string[]).includes(key)

/**
 * A metric's name in the scenario, tornado and Monte Carlo views: the registry's, NPV short ("NPV");
 * with `t`, in the reader's language (the catalog's English is the registry's, a test holds them equal).
 */
export const viewLabel = (key: MetricKey, t?: Translate): string =>
  t && inCatalog(key) ? t(`scenarios.metric.${key}` satisfies MessageKey) : metricLabel(key, key === 'npv' ? 'shortLabel' : 'label')

/** `compact` money (tables with many columns): 1,700 cr INR, 45.3 mn USD; the full figure goes in a tooltip. `t`: years in the reader's language. */
export function formatValue(x: number | null, unit: MetricUnit, currency: Currency, compact = false, t: Translate = english): string {
  if (x === null) return 'n/a'
  if (unit === 'money' && compact) return `${compactMoney(x, currency)} ${currency}`
  if (unit === 'pct') return pct(x)
  if (unit === 'ratio') return times(x)
  if (unit === 'years') return t('scenarios.unit.years', { years: x.toFixed(1) })
  return money(x, currency)
}

/** A plain metric for display; a missing one shows "n/a" with the reason as a tooltip. */
export const plainNumber = (m: PlainMetric): number | null => (m.ok ? Number(m.value) : null)
export const reasonOf = (m: PlainMetric): string | undefined => (m.ok ? undefined : m.reason)

/** A difference with its sign and unit: +1.25 pp, −0.12x, +1,200,000 USD. */
export function formatDelta(x: number | null, unit: MetricUnit, currency: Currency, t: Translate = english): string {
  if (x === null) return '—'
  const sign = x > 0 ? '+' : x < 0 ? '−' : '±'
  const a = Math.abs(x)
  if (unit === 'pct') return `${sign}${(a * 100).toFixed(2)} pp`
  if (unit === 'ratio') return `${sign}${a.toFixed(2)}x`
  if (unit === 'years') return t('scenarios.unit.years', { years: `${sign}${a.toFixed(1)}` })
  return `${sign}${money(a, currency)}`
}
