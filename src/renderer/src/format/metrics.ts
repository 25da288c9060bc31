/**
 * The app's metric formatter is the shared one (src/shared/format/metrics.ts): the Results cards, the
 * checklist, the project sheet, the review memo and the e2e tests all print `formatMetric(key, value, currency)`.
 */
export { METRIC_KINDS, isMetricKey, metricValue, formatByKind, formatMetric, fromEvaluateJson, type MetricKey, type MetricKind, type MetricInput } from '@shared/format/metrics'
