import { Decimal } from '../decimal'
import type { Currency } from '../model'
import { formatPercentOf } from './percent'
import { DEFAULT_DISPLAY_UNIT, formatMoneyIn, type DisplayUnit } from './display-unit'
import { METRICS, type MetricFormat as MetricKind, type MetricKey } from '../metrics/registry'

/**
 * The one formatter of headline metrics: the Results cards, the checklist and the e2e tests (which
 * compare the cards with the CLI's `evaluate --json`) all use it, so a card shows exactly
 * `formatMetric(key, value, currency)`. Keys are the engine's / CLI's metric names; each key's
 * format comes from the metric registry (src/shared/metrics/registry.ts).
 */
export type { MetricKey, MetricFormat as MetricKind } from '../metrics/registry'
export { isMetricKey } from '../metrics/registry'

/** Each metric's display format, from the registry. */
export const METRIC_KINDS = Object.fromEntries(Object.entries(METRICS).map(([k, d]) => [k, d.format])) as { readonly [K in MetricKey]: (typeof METRICS)[K]['format'] }

/**
 * What a metric value may look like: a Decimal or decimal string (a value that exists), an engine
 * `Metric` (`{ ok, value }` or `{ ok: false, reason }`), or the same from JSON with the value as a string.
 */
export type MetricInput =
  | Decimal
  | string
  | number
  | null
  | undefined
  | { ok: true; value: Decimal | string | number }
  | { ok: false; reason: string; code?: string }

/** The value of an input that exists, as a Decimal; or the reason it does not. */
export function metricValue(value: MetricInput): { ok: true; value: Decimal } | { ok: false; reason: string } {
  if (value === null || value === undefined) return { ok: false, reason: 'not computed' }
  if (value instanceof Decimal) return { ok: true, value }
  if (typeof value === 'string' || typeof value === 'number') {
    try {
      const d = new Decimal(value)
      return d.isFinite() ? { ok: true, value: d } : { ok: false, reason: 'not a finite number' }
    } catch {
      return { ok: false, reason: `not a number (${String(value)})` }
    }
  }
  if (value.ok) return metricValue(value.value)
  return { ok: false, reason: value.reason }
}

/**
 * A value by kind, no n/a handling. Ratios with two decimals and "x" (lenders write 1.35x). Money in
 * the reader's display unit (display-unit.ts), every digit unless one is given.
 */
export function formatByKind(kind: MetricKind, v: Decimal, currency: Currency, unit: DisplayUnit = DEFAULT_DISPLAY_UNIT): string {
  switch (kind) {
    // The registry's percent2 metrics are rates and returns, its percent1 metrics covers (percent.ts).
    case 'percent2':
      return formatPercentOf('rate', v)
    case 'percent1':
      return formatPercentOf('cover', v)
    case 'ratio':
      return `${v.toFixed(2, Decimal.ROUND_HALF_UP)}x`
    case 'years':
      return `${v.toFixed(1, Decimal.ROUND_HALF_UP)} years`
    case 'count':
      return `${v.toFixed(0)}`
    case 'money':
      // Whole units when full: cards show magnitudes; the waterfall table carries the minor unit where it has one.
      return formatMoneyIn(v, currency, unit)
  }
}

/** `12.34 %`, `1.35x`, `$12,345,678`, `₹1,23,45,678`, `6.4 years`, or `n/a — <reason>`. */
export function formatMetric(key: MetricKey, value: MetricInput, currency: Currency, unit: DisplayUnit = DEFAULT_DISPLAY_UNIT): string {
  const v = metricValue(value)
  if (!v.ok) return `n/a — ${v.reason}`
  return formatByKind(METRICS[key].format, v.value, currency, unit)
}

/**
 * A metric as `bankable evaluate --json` prints it (a JSON number, or null with the reason in
 * `notes[key]`), as a formatMetric input: `formatMetric(key, fromEvaluateJson(json.metrics[key], json.notes[key]), currency)`.
 */
export function fromEvaluateJson(value: number | null | undefined, note: string | undefined): MetricInput {
  if (value === null || value === undefined) return { ok: false, reason: note ?? 'not computed' }
  return value
}
