import { Decimal, ZERO, dec } from '../decimal'
import type { Project } from '../model'
import { productUnitOf } from '../model'
import { prepare, type Prepared } from '../engine/prepare'
import type { BreakevenResult, FixedDebt, Metric, ModelOptions, ModelResult, PriceMultipliers, Scenario } from '../engine/types'
import { breakevenHeldRun, DSCR_TOLERANCE, npvToleranceOf, PRICE_RANGE, probe, targetSpecs, type BreakevenTarget, type Probe } from './breakeven-solver'
import { breakevenFastModel, confirmBreakeven, fastRow, solveFloat } from './breakeven-fast'
import { fxAmountsIn, fxBreakevenRow, type FxBreakevenRow } from './fx-breakeven'
import { toPlainMetric, type PlainMetric } from './plain'

export { PRICE_RANGE, solveBreakeven, type BreakevenRange, type BreakevenTarget } from './breakeven-solver'
export { FX_RANGE, fxBreakevenRow, fxRange, type FxBreakevenRow } from './fx-breakeven'

// Stryker disable next-line StringLiteral: false survivor, a module-level initialiser runs at import, before the vitest runner activates the mutant (stryker-js #6144); breakeven-grid.test.ts checks the cell keys
export const BREAKEVEN_TARGETS: readonly BreakevenTarget[] = ['minDscr1', 'covenant', 'npv0']

/** Year-one (first operating year) deck price implied by a multiplier, in the deck currency per product unit. */
export type ImpliedPrice = { productId: string; name: string; year: number; price: string; currency: string; unit: string }

export type BreakevenCell = { multiplier: PlainMetric; impliedPrices: ImpliedPrice[] }
export type BreakevenRow = { productId: string | null; name: string; cells: Record<BreakevenTarget, BreakevenCell> }
/**
 * `fx`: the FX path breakeven (the annual INR/JPY depreciation against USD per target), null when no
 * amount of the project is in INR or JPY.
 */
export type BreakevenGrid = { covenantDscr: string; rows: BreakevenRow[]; fx: FxBreakevenRow | null; evaluations: number }

function impliedPrices(prep: Prepared, productIds: readonly string[], x: Metric): ImpliedPrice[] {
  if (!x.ok) return []
  const first = prep.tl.periods[prep.tl.constructionPeriods]
  // Stryker disable next-line ConditionalExpression,ArrayDeclaration: unreachable, a valid project has operatingYears ≥ 1, so the first operating period exists
  if (!first) return []
  const i = first.index - 1
  return prep.products
    .filter((pp) => productIds.includes(pp.product.id))
    .map((pp) => ({
      productId: pp.product.id, name: pp.product.name, year: first.calendarYear,
      price: pp.deckPrice[i]!.times(pp.baseMultiplier).times(x.value).toString(),
      currency: prep.inputs.deck.currency, unit: productUnitOf(pp.product.metal)
    }))
}

/**
 * Breakeven grid: for all prices together and for each product alone, the price multiplier at which
 * min DSCR = 1.00x, = the lender covenant, and NPV = 0, with the debt amount and schedule held at the
 * base case of `scenario` (methodology §8), plus the first-operating-year deck price each implies; and
 * the FX path breakeven for the same targets (`fxBreakevenRow`).
 */
export function computeBreakevenGrid(project: Project, scenario?: Scenario, onProgress?: (done: number, total: number) => void): BreakevenGrid {
  const covenant = dec(project.lender.minDscr)
  const { rows, fx, evaluations } = breakevenRows(project, scenario, BREAKEVEN_TARGETS, true, onProgress)
  return {
    covenantDscr: covenant.toString(),
    rows: rows.map((r) => ({
      productId: r.productId,
      name: r.name,
      cells: Object.fromEntries(BREAKEVEN_TARGETS.map((t) => [t, { multiplier: toPlainMetric(r.cells[t]!), impliedPrices: impliedPrices(r.prep, r.ids, r.cells[t]!) }])) as Record<BreakevenTarget, BreakevenCell>
    })),
    fx,
    evaluations
  }
}

/**
 * The engine-facing view of the same solve (what `evaluate` prints): min DSCR = 1.00x and NPV = 0 on
 * all prices and on each product alone, as decimals. Exported from `@shared/engine` too.
 */
export function computeBreakevens(project: Project, options?: Pick<ModelOptions, 'scenario'>): BreakevenResult {
  const targets: readonly BreakevenTarget[] = ['minDscr1', 'npv0']
  const { rows, evaluations } = breakevenRows(project, options?.scenario, targets, false)
  const [all, ...products] = rows
  return {
    allPrices: { minDscr1: all!.cells.minDscr1!, npv0: all!.cells.npv0! },
    byProduct: products.map((r) => ({ productId: r.productId!, name: r.name, minDscr1: r.cells.minDscr1!, npv0: r.cells.npv0! })),
    evaluations
  }
}

/**
 * One target on all prices together — the cell `evaluate` prints and the batch screen lists — without
 * the product rows: the same held debt, tolerances, solver and probes as that cell of
 * `computeBreakevens` / the grid (so the same answer), at a fraction of the evaluations. `baseDebt`:
 * `runModel(project).debt` when the caller has run the model already — the debt every breakeven holds
 * unless a scenario re-sizes it — which spares sizing it once more (a full model run); `baseRun`: that
 * `runModel(project)` itself, which spares the float path's base run too (used without a scenario only).
 */
export function computeAllPricesBreakeven(
  project: Project, target: BreakevenTarget, options?: Pick<ModelOptions, 'scenario'> & { baseDebt?: FixedDebt; baseRun?: ModelResult }
): { metric: Metric; evaluations: number } {
  const resized = options?.scenario?.resizeDebt === true
  // `baseRun` is the case's run at `baseDebt` only without a scenario (runModel(project) is what callers pass).
  const baseRun = options?.scenario === undefined ? options?.baseRun : undefined
  const { rows, evaluations } = breakevenRows(project, options?.scenario, [target], false, undefined, true, resized ? undefined : options?.baseDebt, baseRun)
  return { metric: rows[0]!.cells[target]!, evaluations }
}

type SolvedRow = { prep: Prepared; productId: string | null; name: string; ids: string[]; cells: Partial<Record<BreakevenTarget, Metric>> }

/**
 * Rows (all prices, then each product unless `allPricesOnly`) × the given targets, sharing one cache of
 * lean evaluations per row; with `withFx`, the FX path row too (on the same held debt and tolerances).
 * `baseDebt`, when given, is the held debt (the caller has checked that the scenario does not re-size).
 */
function breakevenRows(
  project: Project, scenario: Scenario | undefined, wanted: readonly BreakevenTarget[], withFx: boolean, onProgress?: (done: number, total: number) => void, allPricesOnly = false,
  baseDebt?: FixedDebt, baseRun?: ModelResult
): { rows: SolvedRow[]; fx: FxBreakevenRow | null; evaluations: number } {
  const prep = prepare(project, scenario)
  const held = baseDebt ? { debt: baseDebt, run: baseRun } : breakevenHeldRun(project, scenario, prep)
  const fixed = held.debt
  const targets = targetSpecs(project, wanted)
  // The NPV tolerance is scaled on the base NPV: a probe only a search for NPV = 0 needs (not `evaluate`'s 1.00x cell).
  const npvWanted = targets.some((t) => t.level === null)
  // The held run, when there is one, is the case at the held debt: its NPV is the probe's at no price move
  // (the same project cash flow, discounted by the same npv), so it spares that Decimal probe.
  const npvTolerance = npvWanted ? npvToleranceOf(held.run ? held.run.metrics.npv : probe(prep, fixed, {}).npv) : ZERO
  let evaluations = 1 + (npvWanted && !held.run ? 1 : 0)
  // The float path searches, the Decimal probes confirm (breakeven-fast.ts); the fast model is built on the probes' own preparation.
  const fast = breakevenFastModel(project, scenario, fixed, held.run, prep)
  const specs: { productId: string | null; name: string; mults: (x: Decimal) => PriceMultipliers; ids: string[]; index: number | null }[] = [
    { productId: null, name: 'All prices', mults: (x) => ({ all: x }), ids: project.products.map((p) => p.id), index: null },
    ...(allPricesOnly ? [] : project.products).map((p, index) => ({ productId: p.id, name: p.name, mults: (x: Decimal) => ({ byProduct: new Map([[p.id, x]]) }), ids: [p.id], index }))
  ]
  const currencies = withFx ? fxAmountsIn(project, scenario) : []
  const fxApplies = currencies.length > 0
  const total = (specs.length + (fxApplies ? 1 : 0)) * targets.length
  let done = 0
  const rows = specs.map((spec): SolvedRow => {
    const cache = new Map<string, Probe>()
    const at = (x: Decimal) => {
      const k = x.toString()
      let p = cache.get(k)
      if (!p) {
        p = probe(prep, fixed, spec.mults(x))
        cache.set(k, p)
        evaluations++
      }
      return p
    }
    const label = spec.productId === null ? '' : ` (${spec.name} price only)`
    const cells: SolvedRow['cells'] = {}
    const floatRow = fastRow(fast, spec.index)
    for (const t of targets) {
      const level = t.level
      const what = `${t.what}${label}`
      const tolerance = level === null ? npvTolerance : DSCR_TOLERANCE
      const gDec = (x: Decimal): Decimal | null => {
        if (level === null) return at(x).npv
        const d = at(x).minDscr
        return d === null ? null : d.minus(level)
      }
      const levelF = level === null ? 0 : level.toNumber()
      const gFloat = (x: number): number | null => {
        if (level === null) return floatRow.npv(x)
        const d = floatRow.minDscr(x)
        return d === null ? null : d - levelF
      }
      cells[t.id] = confirmBreakeven(solveFloat(gFloat, PRICE_RANGE.first.toNumber(), PRICE_RANGE.max.toNumber()), gDec, gFloat, what, tolerance, PRICE_RANGE).metric
      onProgress?.(++done, total)
    }
    return { prep, productId: spec.productId, name: spec.name, ids: spec.ids, cells }
  })
  if (!fxApplies) return { rows, fx: null, evaluations }
  const fx = fxBreakevenRow(prep, currencies, fixed, targets, npvTolerance, () => onProgress?.(++done, total))
  return { rows, fx: fx.row, evaluations: evaluations + fx.evaluations }
}
