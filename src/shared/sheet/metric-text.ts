import type { DisplayUnit } from '../format/display-unit'
import { formatMetric, metricValue, type MetricInput, type MetricKey } from '../format/metrics'
import { METRICS } from '../metrics/registry'
import type { Currency } from '../model'
import { naReasonText } from '../analysis/localized'
import { t, type Locale } from '../i18n'

/**
 * A metric as the sheet and the memo print it, in their language (#20): the same digits as the app's
 * formatter (formatMetric) in every language; only the words around them change — "6.4 years" reads
 * "6.4年", and an n/a reason is the catalog's. English is formatMetric itself.
 */
export function metricTextIn(key: MetricKey, value: MetricInput, currency: Currency, unit: DisplayUnit | undefined, locale: Locale): string {
  if (locale === 'en') return formatMetric(key, value, currency, unit)
  const v = metricValue(value)
  if (!v.ok) return `n/a — ${naReasonText(v.reason, locale)}`
  if (METRICS[key].format === 'years') return t(locale, 'sheet.value.years', { value: formatMetric(key, v.value, currency, unit).replace(/ years$/, '') })
  return formatMetric(key, v.value, currency, unit)
}
