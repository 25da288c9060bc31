import { Decimal } from '../decimal'
import type { ModelResult } from '../engine/types'
import type { Project } from '../model'
import { bankabilityChecklist, overallGrade, type CheckItem, type Grade } from '../format/checklist'
import { metricValue, type MetricKey, type MetricInput } from '../format/metrics'
import { formatMoneyIn, inUnit, unitFor, type DisplayUnit } from '../format/display-unit'
import { incompleteText, missingInputs, type MissingInput } from '../format/completeness'
import { metricLabel, metricUnit } from '../metrics/registry'
import { t, type Locale, type MessageKey } from '../i18n'
import { metricTextIn } from '../sheet/metric-text'

/**
 * Base and review side by side, as rows a screen can lay out (the memo keeps its own print layout):
 * each headline metric with both figures and the signed change, and whether the change is worse for
 * a lender. Deltas are computed on the exact values and rounded like the figures they compare.
 */
export type ComparisonRow = {
  key: MetricKey
  label: string
  base: string
  review: string
  /** Signed (`+0.12x`, `−2.31 pp`, `−USD 1,200,000`), `0.00x` when unchanged; null when either side has no value. */
  delta: string | null
  /** true: worse for a lender; false: better or unchanged; null: no direction (debt at COD) or no delta. */
  worse: boolean | null
}

/** Which way is better for a lender; debt at COD has no direction (more debt is neither). */
const BETTER: Partial<Record<MetricKey, 'higher' | 'lower'>> = {
  minDscr: 'higher', avgDscr: 'higher', llcr: 'higher', projectIrr: 'higher', equityIrr: 'higher', npv: 'higher',
  paybackYears: 'lower', gearing: 'lower', bankableOfftakeCoverage: 'higher', minDscrAllOperating: 'higher', totalSponsorSupport: 'lower', defaultPeriods: 'lower'
}

export const COMPARISON_KEYS: readonly MetricKey[] = ['minDscr', 'minDscrAllOperating', 'avgDscr', 'llcr', 'projectIrr', 'equityIrr', 'npv', 'paybackYears', 'debtAtCod', 'gearing', 'bankableOfftakeCoverage', 'totalSponsorSupport', 'defaultPeriods']

const MINUS = '\u2212'
const signed = (d: Decimal, text: string) => (d.isZero() ? text : `${d.isNegative() ? MINUS : '+'}${text}`)

/** The change rounded as the figures are shown: 2 decimals of x, 2 of percentage points, whole money, 1 decimal of years. */
function deltaText(key: MetricKey, delta: Decimal, currency: Project['reportingCurrency'], unit: DisplayUnit, locale: Locale): { text: string; rounded: Decimal } {
  switch (metricUnit(key)) {
    case 'ratio': {
      const r = delta.toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
      return { text: signed(r, `${r.abs().toFixed(2)}x`), rounded: r }
    }
    case 'pct': {
      const r = delta.times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
      return { text: signed(r, `${r.abs().toFixed(2)} pp`), rounded: r }
    }
    case 'years': {
      const r = delta.toDecimalPlaces(1, Decimal.ROUND_HALF_UP)
      return { text: signed(r, t(locale, 'sheet.value.years', { value: r.abs().toFixed(1) })), rounded: r }
    }
    case 'money': {
      // Rounded as the figures are shown: whole units, or two decimals of the display unit.
      const u = unitFor(currency, unit)
      const shown = inUnit(delta, u).toDecimalPlaces(u === 'full' ? 0 : 2, Decimal.ROUND_HALF_UP)
      return { text: signed(shown, formatMoneyIn(delta.abs(), currency, unit)), rounded: shown }
    }
    case 'count': {
      const r = delta.toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
      return { text: signed(r, t(locale, 'shared.value.periods', { value: r.abs().toFixed(0) })), rounded: r }
    }
  }
}

const metricOf = (r: ModelResult, key: MetricKey): MetricInput => r.metrics[key as keyof ModelResult['metrics']] as MetricInput

/**
 * `unit`: money in the reader's display unit (#17), figures and deltas alike; every digit by default.
 * `locale`: the labels and the unit words (years, periods) in that language (#20) — the digits are the
 * same in every language; English when absent.
 */
export function comparisonRows(base: ModelResult, review: ModelResult, unit: DisplayUnit = 'full', locale: Locale = 'en'): ComparisonRow[] {
  const currency = base.currency
  return COMPARISON_KEYS.map((key) => {
    const b = metricValue(metricOf(base, key))
    const r = metricValue(metricOf(review, key))
    const label = locale === 'en' ? metricLabel(key) : t(locale, `metric.${key}` as MessageKey)
    const row = { key, label, base: metricTextIn(key, metricOf(base, key), currency, unit, locale), review: metricTextIn(key, metricOf(review, key), currency, unit, locale) }
    if (!b.ok || !r.ok) return { ...row, delta: null, worse: null }
    const { text, rounded } = deltaText(key, r.value.minus(b.value), currency, unit, locale)
    const better = BETTER[key]
    const worse = better === undefined ? null : rounded.isZero() ? false : better === 'higher' ? rounded.isNegative() : rounded.isPositive()
    return { ...row, delta: text, worse }
  })
}

const RANK: Record<Grade, number> = { green: 0, amber: 1, red: 2, na: -1 }

export type ChecklistPair = { id: string; label: string; base: CheckItem; review: CheckItem | null; worse: boolean }

/**
 * One side's verdict: a grade, or — for a model still missing inputs (no capex, free feed…) — the
 * list of what it lacks, so no screen or memo grades an unfinished model (#17).
 */
export type Verdict = { kind: 'graded'; grade: Grade } | { kind: 'incomplete'; missing: MissingInput[]; text: string }

/** The checklist of one side, each item "na" when the model is incomplete (the verdict says why). */
function side(project: Project, result: ModelResult, locale: Locale): { items: CheckItem[]; verdict: Verdict } {
  const items = bankabilityChecklist(project, result, locale)
  const missing = missingInputs(project, result)
  if (missing.length === 0) return { items, verdict: { kind: 'graded', grade: overallGrade(items) } }
  return { items: items.map((i) => ({ ...i, grade: 'na' as const, reason: t(locale, 'checklist.reason.notGradedIncomplete') })), verdict: { kind: 'incomplete', missing, text: incompleteText(missing, locale) } }
}

/**
 * The checklist graded both ways: the base on the recycler's thresholds, the review case on the
 * reviewer's — each side only when its model is complete enough to grade. `locale`: the checklist's
 * words and the incomplete verdict in that language (#20); English when absent.
 */
export function checklistBothWays(project: Project, base: ModelResult, reviewProject: Project, review: ModelResult, locale: Locale = 'en'): { rows: ChecklistPair[]; baseVerdict: Verdict; reviewVerdict: Verdict } {
  const b = side(project, base, locale)
  const r = side(reviewProject, review, locale)
  const byId = new Map(r.items.map((i) => [i.id, i]))
  const rows = b.items.map((i) => {
    const ri = byId.get(i.id) ?? null
    return { id: i.id, label: i.label, base: i, review: ri, worse: ri !== null && RANK[ri.grade] > RANK[i.grade] && RANK[i.grade] >= 0 }
  })
  return { rows, baseVerdict: b.verdict, reviewVerdict: r.verdict }
}
