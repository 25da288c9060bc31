export { currencyDecimals, formatMoney, formatAmount, formatQuantity, formatPercent } from './money'
export { PERCENT_DECIMALS, PERCENT_EXCEL_FORMAT, formatPercentOf, type PercentKind } from './percent'
export { METRIC_KINDS, isMetricKey, metricValue, formatByKind, formatMetric, fromEvaluateJson, type MetricKey, type MetricKind, type MetricInput } from './metrics'
export { AMBER_BAND, gradeAgainst, bankabilityChecklist, overallGrade, type Grade, type CheckItem } from './checklist'
