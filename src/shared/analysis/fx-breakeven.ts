import { Decimal, ONE, ZERO } from '../decimal'
import type { Currency, Project } from '../model'
import { fxTables, type Prepared } from '../engine/prepare'
import { prepareEpr } from '../engine/byproducts'
import type { FixedDebt, Metric, Scenario } from '../engine/types'
import { DSCR_TOLERANCE, probe, solveBreakeven, type BreakevenRange, type BreakevenTarget, type Probe, type TargetSpec } from './breakeven-solver'
import { fxCurrencies } from './drivers'
import { toPlainMetric, type PlainMetric } from './plain'

/**
 * The FX path breakeven (methodology §8): the annual depreciation `d` of INR and JPY against USD (the
 * scenario's `fxDepreciationPerYear`, compounding from financial close on top of the FX table and the
 * case's FX multiplier) at which each target is just met, debt held at the base case as for every
 * breakeven: each tranche's drawdowns and principal in its currency, and a hedged tranche's swap rate.
 */
export type FxBreakevenRow = {
  /** The currencies the stress weakens: those of the project's amounts other than USD. */
  currencies: Currency[]
  /** The calendar year the depreciation compounds from (the first period's: financial close). */
  fromYear: number
  /** Per target, the annual depreciation as a fraction (0.04 = 4 % a year), or why there is none in 0…100 %. */
  cells: Record<BreakevenTarget, PlainMetric>
}

/** Where the FX search looks: from 1 %/yr doubling to 100 %/yr, so a bracket is found near the first crossing. */
export function fxRange(currencies: readonly Currency[]): BreakevenRange {
  const names = currencies.join(' and ')
  return {
    // Stryker disable next-line StringLiteral: false survivor, FX_RANGE below runs this at import, before the vitest runner activates the mutant (stryker-js #6144); fx-breakeven.test.ts checks the bracket 0.01, 0.02, … 1
    first: new Decimal('0.01'), max: ONE,
    holdsAtZero: (what) => `${what} fails already on the FX table's own path (no ${names} depreciation)`,
    notReached: (what) => `${what} still holds with ${names} weakening 100 % a year`
  }
}

/** The FX range of a project with INR only, for reference and tests. */
export const FX_RANGE: BreakevenRange = fxRange(['INR'])

/**
 * The currencies an FX breakeven stresses; none = no FX breakeven (every amount in USD): the tornado's
 * currencies and the EPR certificates' (§13) — certificates priced in INR on a USD project earn fewer
 * dollars as INR weakens, as the natural-hedge ledger's FX driver counts them.
 */
export function fxAmountsIn(project: Project, scenario?: Scenario): Currency[] {
  // fxCurrencies counts the EPR price currency of the series the case reads (its deck's, else the block's).
  return fxCurrencies(project, scenario)
}

/**
 * The case run at FX depreciation `d` (replacing the case's own): the FX tables at `d`, and every line
 * `prepare` translated at the FX tables re-translated — the EPR certificates' revenue (§13), priced in
 * their currency and translated in `prepare`, which would otherwise stay at the base FX while the debt
 * and the deck moved. Equal to `prepare` with the scenario's `fxDepreciationPerYear` = d.
 */
export function fxProbeAt(prep: Prepared, fixed: FixedDebt, d: Decimal): Probe {
  const inputs = { ...prep.inputs, fxDepreciationPerYear: d }
  // Stryker disable next-line ArrayDeclaration: equivalent, the FX tables' issues (a missing rate) were reported once by `prepare`; this list is dropped
  const fx = fxTables(prep.project, prep.tl, inputs, [])
  return probe({ ...prep, inputs, fx, epr: prepareEpr(prep.project, prep.metals, prep.tl, prep.rep, fx, prep.inputs.deck) }, fixed, {})
}

/**
 * Solve every target on the FX path. Targets fall as the depreciation rises when the project is short
 * INR against USD (USD debt, INR revenue); a project that earns USD may gain from a weaker INR, and then
 * says so. `prep` is the case's prepared run; each probe swaps in the FX tables at depreciation `d`
 * (the case's own `fxDepreciationPerYear`, if any, is replaced: the answer is the total). `onCell` is
 * called once per target solved.
 */
export function fxBreakevenRow(
  prep: Prepared, currencies: readonly Currency[], fixed: FixedDebt, targets: readonly TargetSpec[], npvTolerance: Decimal, onCell?: () => void
): { row: FxBreakevenRow; evaluations: number } {
  const { tl } = prep
  const cache = new Map<string, Probe>()
  let evaluations = 0
  const at = (d: Decimal): Probe => {
    const key = d.toString()
    let p = cache.get(key)
    if (!p) {
      p = fxProbeAt(prep, fixed, d)
      cache.set(key, p)
      evaluations++
    }
    return p
  }
  const range = fxRange(currencies)
  const cells = {} as Record<BreakevenTarget, PlainMetric>
  for (const t of targets) {
    const level = t.level
    // The solver wants g rising through zero: a DSCR (or NPV) that FALLS as INR weakens.
    const g = (d: Decimal): Decimal | null => {
      if (level === null) return at(d).npv.neg()
      const m = at(d).minDscr
      return m === null ? null : level.minus(m)
    }
    // Stryker disable next-line ConditionalExpression: the `false` form searches NPV to 1e-10 of a currency unit instead of 1e-12 of its scale — stricter, the same answers (the Illinois steps that meet one meet the other on every tested case)
    const r = solveBreakeven(g, t.what, level === null ? npvTolerance : DSCR_TOLERANCE, range)
    cells[t.id] = toPlainMetric(withLeaning(r.metric, g, currencies))
    onCell?.()
  }
  return { row: { currencies: [...currencies], fromYear: tl.periods[0]!.calendarYear, cells }, evaluations }
}

/**
 * A target not reached within 100 %/yr although it held at 0 (g(0) < 0): say so when it is better at
 * 100 %/yr than at 0 — the project gains from a weaker INR (it earns more USD than its unhedged USD
 * service costs), and a lender then looks at appreciation instead. Any other answer is returned as is.
 */
function withLeaning(metric: Metric, g: (d: Decimal) => Decimal | null, currencies: readonly Currency[]): Metric {
  // Stryker disable next-line ConditionalExpression: equivalent, an answer that is a value has no code, so the next test returns it too
  if (metric.ok) return metric
  if (metric.code !== 'not-reachable') return metric
  // With a DSCR at 0 (the search got past "no debt") the held debt has service at every d: g is never null here.
  const atZero = g(ZERO)!
  const atMax = g(ONE)!
  if (atZero.isNegative() && atMax.lt(atZero)) return { ...metric, reason: `${metric.reason} (the project gains from a weaker ${currencies.join(' and ')})` }
  return metric
}
