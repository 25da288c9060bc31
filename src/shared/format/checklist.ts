import { Decimal, dec } from '../decimal'
import type { Metric, ModelResult } from '../engine/types'
import type { Project } from '../model'
import { METRICS, metricLabel } from '../metrics/registry'
import { AMBER_BAND, type Side, gradeAgainst, gradeCoverAllOperating, gradeDefaultPeriods, gradeDsra, gradeMinDscr, gradeNpv, gradeSponsorSupport } from '../rules/grade'
import { fundingBeforeRepayment } from '../engine/waterfall-metrics'
import { formatByKind, formatMetric, metricValue, type MetricKey } from './metrics'
import { t, type Locale, type MessageKey } from '../i18n'
import { naReasonText } from '../analysis/localized'

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

/**
 * A checklist item's name: the metric registry's in English (the sheet picks its `sheetLabel`), the
 * catalog's `metric.*` in another language (#20).
 */
export function checkLabel(key: MetricKey, locale: Locale = 'en', variant: 'label' | 'sheetLabel' = 'label'): string {
  return locale === 'en' ? metricLabel(key, variant) : t(locale, `metric.${key}` as MessageKey)
}

/** The words of one locale, bound once per checklist. */
type Say = (key: MessageKey, values?: Record<string, string | number>) => string
const sayIn = (locale: Locale): Say => (key, values) => t(locale, key, values)
/** Where a period is named in a reason: the ICU arguments every reason with a period takes. */
const periodArgs = (period: number | null | undefined, month = '') => ({ hasPeriod: period ? 'yes' : 'no', period: period ?? 0, month })

function graded(id: string, key: MetricKey, metric: Metric, threshold: Decimal, fmt: (v: Decimal) => string, currency: Project['reportingCurrency'], locale: Locale = 'en'): CheckItem {
  const say = sayIn(locale)
  const label = checkLabel(key, locale)
  const side = sideOf(key)
  const value = formatMetric(key, metric, currency)
  const thresholdText = `${side === 'atLeast' ? '≥' : '≤'} ${fmt(threshold)}`
  const v = metricValue(metric)
  if (!v.ok) return { id, label, metricKey: key, value, threshold: thresholdText, grade: 'na', reason: naReasonText(v.reason, locale) }
  const grade = gradeAgainst(v.value, threshold, side)
  const shown = fmt(v.value)
  const reason =
    grade === 'green'
      ? say('checklist.reason.meets', { shown, threshold: thresholdText })
      : say('checklist.reason.misses', { shown, side, threshold: fmt(threshold), grade })
  return { id, label, metricKey: key, value, threshold: thresholdText, grade, reason }
}

function minDscrItem(result: ModelResult, lender: Project['lender'], currency: Project['reportingCurrency'], locale: Locale): CheckItem {
  const say = sayIn(locale)
  const covenant = dec(lender.minDscr)
  const lockup = dec(lender.lockupDscr)
  const metric = result.metrics.minDscr
  const base = graded('minDscr', 'minDscr', metric, covenant, ratio, currency, locale)
  const v = metricValue(metric)
  if (!v.ok || !lockup.lt(covenant)) return base
  const grade = gradeMinDscr(v.value, covenant, lockup)
  if (grade === 'green') return { ...base, grade }
  // A lock-up sits above the default level and traps distributions only below it (§11): between the
  // lock-up and the lender's minimum, cash still flows to the sponsor.
  const period = result.metrics.minDscrPeriod
  const where = periodArgs(period, period ? result.periods[period - 1]?.start.slice(0, 7) ?? '' : '')
  const value = ratio(v.value)
  if (grade === 'amber') return { ...base, grade: 'amber', reason: say('checklist.reason.minDscrAmber', { value, ...where, covenant: ratio(covenant), lockup: ratio(lockup) }) }
  if (v.value.lt(DEFAULT_DSCR)) return { ...base, grade: 'red', reason: say('checklist.reason.minDscrDefault', { value, ...where, floor: ratio(DEFAULT_DSCR) }) }
  return { ...base, grade: 'red', reason: say('checklist.reason.minDscrTrapped', { value, ...where, lockup: ratio(lockup) }) }
}

/**
 * Cover in every operating period with debt service, grace included (§11): the repayment-window
 * minimum can read well while an interest-only grace period is not covered.
 */
function coverAllOperatingItem(result: ModelResult, lender: Project['lender'], currency: Project['reportingCurrency'], locale: Locale): CheckItem {
  const say = sayIn(locale)
  const metric = result.metrics.minDscrAllOperating
  const lockup = Decimal.max(dec(lender.lockupDscr), 1)
  const value = formatMetric('minDscrAllOperating', metric, currency)
  const base = { id: 'coverAllOperating', label: checkLabel('minDscrAllOperating', locale), metricKey: 'minDscrAllOperating' as const, value, threshold: `≥ ${ratio(lockup)}` }
  if (!metric.ok) return { ...base, grade: 'na', reason: naReasonText(metric.reason, locale) }
  const grade = gradeCoverAllOperating(metric.value, dec(lender.lockupDscr))
  const where = periodArgs(result.metrics.minDscrAllOperatingPeriod)
  const shown = ratio(metric.value)
  if (grade === 'green') return { ...base, grade, reason: say('checklist.reason.coverGreen', { shown, ...where, lockup: ratio(lockup) }) }
  // Short enough for the one-page sheet's narrow reason column.
  if (grade === 'amber') return { ...base, grade, reason: say('checklist.reason.coverAmber', { shown, ...where }) }
  return { ...base, grade, reason: say('checklist.reason.coverRed', { shown, ...where }) }
}

/**
 * Sponsor support (§11): the standby equity the waterfall needed. Ramp-up support before the first
 * repayment is a known funding need (amber: the sponsor's commitment must cover it); any from the
 * first repayment on means the project cannot carry its own debt service (red).
 */
function sponsorSupportItem(result: ModelResult, currency: Project['reportingCurrency'], locale: Locale): CheckItem {
  const say = sayIn(locale)
  const m = result.metrics
  const total = m.totalSponsorSupport
  const before = fundingBeforeRepayment(result.financing, result.constructionPeriods, result.periods.length).sponsorSupport
  const after = total.minus(before)
  const grade = gradeSponsorSupport(total, after)
  const money = (v: Decimal) => formatMetric('totalSponsorSupport', v, currency)
  const base = { id: 'sponsorSupport', label: checkLabel('totalSponsorSupport', locale), metricKey: 'totalSponsorSupport' as const, value: money(total), threshold: say('checklist.threshold.rampUpOnly') }
  if (grade === 'green') return { ...base, grade, reason: say('checklist.reason.supportGreen') }
  const peak = { hasPeak: m.peakSponsorSupportPeriod ? 'yes' : 'no', peak: m.peakSponsorSupportPeriod ?? 0 }
  if (grade === 'amber') return { ...base, grade, reason: say('checklist.reason.supportAmber', { money: money(total), ...peak }) }
  return { ...base, grade, reason: say('checklist.reason.supportRed', { money: money(after), ...peak }) }
}

/** Periods in default (§11): DSCR below 1.00x, or a reserve below its target at period end. */
function defaultPeriodsItem(result: ModelResult, currency: Project['reportingCurrency'], locale: Locale): CheckItem {
  const say = sayIn(locale)
  const metric = result.metrics.defaultPeriods
  const base = { id: 'defaultPeriods', label: checkLabel('defaultPeriods', locale), metricKey: 'defaultPeriods' as const, value: formatMetric('defaultPeriods', metric, currency), threshold: say('checklist.threshold.none') }
  if (!metric.ok) return { ...base, grade: 'na', reason: naReasonText(metric.reason, locale) }
  const count = metric.value.toNumber()
  const grade = gradeDefaultPeriods(count)
  return { ...base, grade, reason: grade === 'green' ? say('checklist.reason.defaultGreen') : say('checklist.reason.defaultRed', { count }) }
}

function dsraItem(project: Project, locale: Locale): CheckItem {
  const say = sayIn(locale)
  const need = project.lender.dsraMonths
  const { enabled, months } = project.financing.dsra
  // A reserve of 0 months is no reserve (the workbook holds DSRA_Months = 0 for "none").
  const have = enabled ? months : 0
  const value = have > 0 ? say('checklist.value.months', { months: String(months) }) : say('checklist.value.none')
  const threshold = say('checklist.threshold.months', { months: String(need) })
  const grade = gradeDsra(have, need)
  const base = { id: 'dsra', label: say('checklist.label.dsra'), metricKey: null, value, threshold }
  if (grade === 'green') return { ...base, grade: 'green', reason: need === 0 ? say('checklist.reason.dsraNone') : say('checklist.reason.dsraGreen', { months: String(have) }) }
  if (grade === 'amber') return { ...base, grade: 'amber', reason: say('checklist.reason.dsraAmber', { have: String(have), need: String(need) }) }
  return { ...base, grade: 'red', reason: say('checklist.reason.dsraRed', { need: String(need) }) }
}

function npvItem(result: ModelResult, currency: Project['reportingCurrency'], locale: Locale): CheckItem {
  const npv = result.metrics.npv
  const value = formatMetric('npv', npv, currency)
  // A rate, at the rates' precision (#17: "6.7 %" beside IRRs of "7.89 %").
  const rate = formatMetric('discountRate', result.metrics.discountRate, currency)
  const grade: Grade = gradeNpv(npv)
  return { id: 'npv', label: checkLabel('npv', locale), metricKey: 'npv', value, threshold: '≥ 0', grade, reason: t(locale, grade === 'green' ? 'checklist.reason.npvGreen' : 'checklist.reason.npvRed', { rate }) }
}

/** Say what the gearing figure divides (docs/methodology.md §7): the DSRA's initial equity funding is not a use. */
const gearingItem = (item: CheckItem, locale: Locale): CheckItem => ({ ...item, reason: t(locale, 'checklist.reason.gearing', { reason: item.reason }) })

/**
 * Every check for a result, in the order a credit memo would list them. `locale` (#20): the names,
 * values' words and reasons in that language (the sheet and memo choose theirs at export); English
 * when absent. The grades do not depend on it.
 */
export function bankabilityChecklist(project: Project, result: ModelResult, locale: Locale = 'en'): CheckItem[] {
  const { lender } = project
  const c = project.reportingCurrency
  const m = result.metrics
  const noDebt = result.metrics.debtAtCod.lte(0)
  const items = [
    minDscrItem(result, lender, c, locale),
    coverAllOperatingItem(result, lender, c, locale),
    graded('avgDscr', 'avgDscr', m.avgDscr, dec(lender.minDscr), ratio, c, locale),
    graded('llcr', 'llcr', m.llcr, dec(lender.minLlcr), ratio, c, locale),
    graded('plcr', 'plcr', m.plcr, dec(lender.minLlcr), ratio, c, locale),
    gearingItem(graded('gearing', 'gearing', { ok: true, value: m.gearing }, dec(lender.maxGearing), pct, c, locale), locale),
    graded('bankableCoverage', 'bankableOfftakeCoverage', m.bankableOfftakeCoverage, dec(lender.minBankableCoverage), pct, c, locale),
    // Supply coverage (§13) only for a project with supply contracts, so a file without them keeps its checklist.
    ...((project.supplyContracts?.length ?? 0) > 0 ? [graded('supplyCoverage', 'supplyCoverage', m.supplyCoverage, dec(lender.minSupplyCoverage ?? '0'), pct, c, locale)] : []),
    dsraItem(project, locale),
    sponsorSupportItem(result, c, locale),
    defaultPeriodsItem(result, c, locale),
    npvItem(result, c, locale)
  ]
  // Without debt there is nothing for a lender to cover: say so rather than grade against covenants.
  return noDebt ? items.map((i) => (['minDscr', 'coverAllOperating', 'avgDscr', 'llcr', 'plcr', 'dsra', 'sponsorSupport', 'defaultPeriods'].includes(i.id) ? { ...i, grade: 'na' as const, reason: i.grade === 'na' ? i.reason : t(locale, 'checklist.reason.noDebt') } : i)) : items
}

/** The worst grade among the items (na ignored): the headline of the checklist. */
export function overallGrade(items: readonly CheckItem[]): Grade {
  const grades = items.map((i) => i.grade).filter((g) => g !== 'na')
  if (grades.length === 0) return 'na'
  if (grades.includes('red')) return 'red'
  return grades.includes('amber') ? 'amber' : 'green'
}
