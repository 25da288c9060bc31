import { Decimal, dec } from '../decimal'
import type { Metric, ModelResult } from '../engine/types'
import type { Project } from '../model'
import { METRICS, metricLabel } from '../metrics/registry'
import { AMBER_BAND, type Side, gradeAgainst, gradeCoverAllOperating, gradeDefaultPeriods, gradeDsra, gradeMinDscr, gradeNpv, gradeSponsorSupport } from '../rules/grade'
import { fundingBeforeRepayment } from '../engine/waterfall-metrics'
import { formatByKind, formatMetric, metricValue, type MetricKey } from './metrics'

export { AMBER_BAND, gradeAgainst }

/**
 * The ONE bankability checklist: the Results section and the project sheet / review memo grade with it.
 * The bankability checklist: each headline metric graded against the project's lender thresholds
 * (`project.lender`). Grades:
 * - green: meets the threshold;
 * - amber: misses it by less than AMBER_BAND (10 % of the threshold) — or, for the minimum DSCR,
 *   sits between the lock-up level and the lender's minimum (short of what the lender sizes to, but
 *   distributions still flow: a lock-up traps cash only BELOW its level, §11);
 * - red: misses it by more (or, for the minimum DSCR, below the lock-up level: distributions trapped;
 *   below 1.00x: an event of default, §11);
 * - na: the metric does not exist for this project (no debt, say), with the reason.
 * The grading rules themselves live in src/shared/rules/grade.ts, beside the Excel forms the
 * workbook's Covenants sheet uses, so the app and the exported model grade alike.
 */
export type Grade = 'green' | 'amber' | 'red' | 'na'
export type CheckItem = { id: string; label: string; metricKey: MetricKey | null; value: string; threshold: string; grade: Grade; reason: string }

/** The default level of §11: DSCR below 1.00x is an event of default (domain.md §D2: lock-up 1.10x, default 1.00x). */
const DEFAULT_DSCR = dec('1')

const ratio = (v: Decimal) => formatByKind('ratio', v, 'USD')
const pct = (v: Decimal) => formatByKind('percent1', v, 'USD')

/** The side of its threshold a graded metric must be on: the registry's good direction. */
const sideOf = (key: MetricKey): Side => (METRICS[key].better === 'lower' ? 'atMost' : 'atLeast')

function graded(id: string, key: MetricKey, metric: Metric, threshold: Decimal, fmt: (v: Decimal) => string, currency: Project['reportingCurrency']): CheckItem {
  const label = metricLabel(key)
  const side = sideOf(key)
  const value = formatMetric(key, metric, currency)
  const thresholdText = `${side === 'atLeast' ? '≥' : '≤'} ${fmt(threshold)}`
  const v = metricValue(metric)
  if (!v.ok) return { id, label, metricKey: key, value, threshold: thresholdText, grade: 'na', reason: v.reason }
  const grade = gradeAgainst(v.value, threshold, side)
  const shown = fmt(v.value)
  const reason =
    grade === 'green'
      ? `${shown} meets the lender’s ${thresholdText}`
      : `${shown} ${side === 'atLeast' ? 'is below' : 'is above'} the lender’s ${fmt(threshold)}${grade === 'amber' ? ', within 10 %' : ' by more than 10 %'}`
  return { id, label, metricKey: key, value, threshold: thresholdText, grade, reason }
}

function minDscrItem(result: ModelResult, lender: Project['lender'], currency: Project['reportingCurrency']): CheckItem {
  const covenant = dec(lender.minDscr)
  const lockup = dec(lender.lockupDscr)
  const metric = result.metrics.minDscr
  const base = graded('minDscr', 'minDscr', metric, covenant, ratio, currency)
  const v = metricValue(metric)
  if (!v.ok || !lockup.lt(covenant)) return base
  const grade = gradeMinDscr(v.value, covenant, lockup)
  if (grade === 'green') return { ...base, grade }
  // A lock-up sits above the default level and traps distributions only below it (§11): between the
  // lock-up and the lender's minimum, cash still flows to the sponsor.
  const period = result.metrics.minDscrPeriod
  const where = period ? ` (period ${period}, ${result.periods[period - 1]?.start.slice(0, 7) ?? ''})` : ''
  if (grade === 'amber')
    return { ...base, grade: 'amber', reason: `${ratio(v.value)}${where} is under ${ratio(covenant)} but above the ${ratio(lockup)} lock-up: distributions still flow` }
  if (v.value.lt(DEFAULT_DSCR))
    return { ...base, grade: 'red', reason: `${ratio(v.value)}${where} is below ${ratio(DEFAULT_DSCR)}: an event of default` }
  return { ...base, grade: 'red', reason: `${ratio(v.value)}${where} is below the ${ratio(lockup)} lock-up: distributions trapped` }
}

/**
 * Cover in every operating period with debt service, grace included (§11): the repayment-window
 * minimum can read well while an interest-only grace period is not covered.
 */
function coverAllOperatingItem(result: ModelResult, lender: Project['lender'], currency: Project['reportingCurrency']): CheckItem {
  const metric = result.metrics.minDscrAllOperating
  const lockup = Decimal.max(dec(lender.lockupDscr), 1)
  const value = formatMetric('minDscrAllOperating', metric, currency)
  const base = { id: 'coverAllOperating', label: metricLabel('minDscrAllOperating'), metricKey: 'minDscrAllOperating' as const, value, threshold: `≥ ${ratio(lockup)}` }
  if (!metric.ok) return { ...base, grade: 'na', reason: metric.reason }
  const grade = gradeCoverAllOperating(metric.value, dec(lender.lockupDscr))
  const period = result.metrics.minDscrAllOperatingPeriod
  const where = period ? `, period ${period}` : ''
  const shown = ratio(metric.value)
  if (grade === 'green') return { ...base, grade, reason: `lowest ${shown}${where}: every operating period covers its debt service above the ${ratio(lockup)} lock-up` }
  // Short enough for the one-page sheet's narrow reason column.
  if (grade === 'amber') return { ...base, grade, reason: `${shown}${where}: under the lock-up` }
  return { ...base, grade, reason: `${shown}${where}: under 1.00x` }
}

/**
 * Sponsor support (§11): the standby equity the waterfall needed. Ramp-up support before the first
 * repayment is a known funding need (amber: the sponsor's commitment must cover it); any from the
 * first repayment on means the project cannot carry its own debt service (red).
 */
function sponsorSupportItem(result: ModelResult, currency: Project['reportingCurrency']): CheckItem {
  const m = result.metrics
  const total = m.totalSponsorSupport
  const before = fundingBeforeRepayment(result.financing, result.constructionPeriods, result.periods.length).sponsorSupport
  const after = total.minus(before)
  const grade = gradeSponsorSupport(total, after)
  const money = (v: Decimal) => formatMetric('totalSponsorSupport', v, currency)
  const base = { id: 'sponsorSupport', label: metricLabel('totalSponsorSupport'), metricKey: 'totalSponsorSupport' as const, value: money(total), threshold: 'ramp-up only' }
  if (grade === 'green') return { ...base, grade, reason: 'cash meets every period: no standby equity needed' }
  const peak = m.peakSponsorSupportPeriod ? `, largest in period ${m.peakSponsorSupportPeriod}` : ''
  if (grade === 'amber') return { ...base, grade, reason: `${money(total)} before the first repayment${peak}: the sponsor’s standby commitment must cover it` }
  return { ...base, grade, reason: `${money(after)} needed from the first repayment on${peak}` }
}

/** Periods in default (§11): DSCR below 1.00x, or a reserve below its target at period end. */
function defaultPeriodsItem(result: ModelResult, currency: Project['reportingCurrency']): CheckItem {
  const metric = result.metrics.defaultPeriods
  const base = { id: 'defaultPeriods', label: metricLabel('defaultPeriods'), metricKey: 'defaultPeriods' as const, value: formatMetric('defaultPeriods', metric, currency), threshold: 'none' }
  if (!metric.ok) return { ...base, grade: 'na', reason: metric.reason }
  const count = metric.value.toNumber()
  const grade = gradeDefaultPeriods(count)
  return { ...base, grade, reason: grade === 'green' ? 'no period below 1.00x or with a reserve short' : `${count} period${count === 1 ? '' : 's'}: DSCR < 1.00x or reserve short` }
}

function dsraItem(project: Project): CheckItem {
  const need = project.lender.dsraMonths
  const { enabled, months } = project.financing.dsra
  // A reserve of 0 months is no reserve (the workbook holds DSRA_Months = 0 for "none").
  const have = enabled ? months : 0
  const value = have > 0 ? `${months} months` : 'none'
  const threshold = `≥ ${need} months`
  const grade = gradeDsra(have, need)
  if (grade === 'green') return { id: 'dsra', label: 'Debt service reserve', metricKey: null, value, threshold, grade: 'green', reason: need === 0 ? 'the lender asks for no reserve' : `${have} months of debt service reserved, as the lender asks` }
  if (grade === 'amber') return { id: 'dsra', label: 'Debt service reserve', metricKey: null, value, threshold, grade: 'amber', reason: `the reserve covers ${have} of the ${need} months the lender asks for` }
  return { id: 'dsra', label: 'Debt service reserve', metricKey: null, value, threshold, grade: 'red', reason: `no DSRA: the lender asks for ${need} months of debt service` }
}

function npvItem(result: ModelResult, currency: Project['reportingCurrency']): CheckItem {
  const npv = result.metrics.npv
  const value = formatMetric('npv', npv, currency)
  // A rate, at the rates' precision (#17: "6.7 %" beside IRRs of "7.89 %").
  const rate = formatMetric('discountRate', result.metrics.discountRate, currency)
  const grade: Grade = gradeNpv(npv)
  return { id: 'npv', label: metricLabel('npv'), metricKey: 'npv', value, threshold: '≥ 0', grade, reason: grade === 'green' ? `the project returns at least the ${rate} discount rate` : `the project returns less than the ${rate} discount rate` }
}

/** Say what the gearing figure divides (docs/methodology.md §7): the DSRA's initial equity funding is not a use. */
const gearingItem = (item: CheckItem): CheckItem => ({ ...item, reason: `${item.reason} (gearing = debt / (uses − grants); the DSRA's initial equity funding is not counted)` })

/** Every check for a result, in the order a credit memo would list them. */
export function bankabilityChecklist(project: Project, result: ModelResult): CheckItem[] {
  const { lender } = project
  const c = project.reportingCurrency
  const m = result.metrics
  const noDebt = result.metrics.debtAtCod.lte(0)
  const items = [
    minDscrItem(result, lender, c),
    coverAllOperatingItem(result, lender, c),
    graded('avgDscr', 'avgDscr', m.avgDscr, dec(lender.minDscr), ratio, c),
    graded('llcr', 'llcr', m.llcr, dec(lender.minLlcr), ratio, c),
    graded('plcr', 'plcr', m.plcr, dec(lender.minLlcr), ratio, c),
    gearingItem(graded('gearing', 'gearing', { ok: true, value: m.gearing }, dec(lender.maxGearing), pct, c)),
    graded('bankableCoverage', 'bankableOfftakeCoverage', m.bankableOfftakeCoverage, dec(lender.minBankableCoverage), pct, c),
    // Supply coverage (§13) only for a project with supply contracts, so a file without them keeps its checklist.
    ...((project.supplyContracts?.length ?? 0) > 0 ? [graded('supplyCoverage', 'supplyCoverage', m.supplyCoverage, dec(lender.minSupplyCoverage ?? '0'), pct, c)] : []),
    dsraItem(project),
    sponsorSupportItem(result, c),
    defaultPeriodsItem(result, c),
    npvItem(result, c)
  ]
  // Without debt there is nothing for a lender to cover: say so rather than grade against covenants.
  return noDebt ? items.map((i) => (['minDscr', 'coverAllOperating', 'avgDscr', 'llcr', 'plcr', 'dsra', 'sponsorSupport', 'defaultPeriods'].includes(i.id) ? { ...i, grade: 'na' as const, reason: i.grade === 'na' ? i.reason : 'no debt drawn' } : i)) : items
}

/** The worst grade among the items (na ignored): the headline of the checklist. */
export function overallGrade(items: readonly CheckItem[]): Grade {
  const grades = items.map((i) => i.grade).filter((g) => g !== 'na')
  if (grades.length === 0) return 'na'
  if (grades.includes('red')) return 'red'
  return grades.includes('amber') ? 'amber' : 'green'
}
