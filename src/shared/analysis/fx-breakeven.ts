import { Decimal, ONE } from '../decimal'
import type { Currency, Project } from '../model'
import { fxTables, type Prepared } from '../engine/prepare'
import type { FixedDebt, Scenario } from '../engine/types'
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
    first: new Decimal('0.01'), max: ONE,
    holdsAtZero: (what) => `${what} fails already on the FX table's own path (no ${names} depreciation)`,
    notReached: (what) => `${what} still holds with ${names} weakening 100 % a year`
  }
}

/** The FX range of a project with INR only, for reference and tests. */
export const FX_RANGE: BreakevenRange = fxRange(['INR'])

/** The currencies an FX breakeven stresses; none = no FX breakeven (every amount in USD). */
export const fxAmountsIn = (project: Project, scenario?: Scenario): Currency[] => fxCurrencies(project, scenario)

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
  const { project, tl } = prep
  const cache = new Map<string, Probe>()
  let evaluations = 0
  const at = (d: Decimal): Probe => {
    const key = d.toString()
    let p = cache.get(key)
    if (!p) {
      const inputs = { ...prep.inputs, fxDepreciationPerYear: d }
      p = probe({ ...prep, inputs, fx: fxTables(project, tl, inputs, []) }, fixed, {})
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
    const r = solveBreakeven(g, t.what, level === null ? npvTolerance : DSCR_TOLERANCE, range)
    let metric = r.metric
    if (!metric.ok && metric.code === 'not-reachable') {
      // Not reached within 100 %/yr (the target held at 0): say which way the project leans.
      const atZero = g(new Decimal(0))!
      const atMax = g(ONE)
      if (atZero.isNegative() && atMax !== null && atMax.lt(atZero)) metric = { ...metric, reason: `${metric.reason} (the project gains from a weaker ${currencies.join(' and ')})` }
    }
    cells[t.id] = toPlainMetric(metric)
    onCell?.()
  }
  return { row: { currencies: [...currencies], fromYear: tl.periods[0]!.calendarYear, cells }, evaluations }
}
