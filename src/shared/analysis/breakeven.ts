import { Decimal, ONE, ZERO, dec } from '../decimal'
import { npv } from '../finance'
import type { Project } from '../model'
import { productUnitOf } from '../model'
import { buildFinancing } from '../engine/financing-result'
import { evaluateOperations } from '../engine/operations'
import { prepare, type Prepared } from '../engine/prepare'
import { runPrepared } from '../engine/run-model'
import { planDebt } from '../engine/sizing'
import type { BreakevenResult, FixedDebt, Metric, ModelOptions, PriceMultipliers, Scenario } from '../engine/types'
import { toPlainMetric, type PlainMetric } from './plain'

/** minDscr1: minimum DSCR = 1.00x; covenant: = project.lender.minDscr; npv0: project NPV = 0. */
export type BreakevenTarget = 'minDscr1' | 'covenant' | 'npv0'
// Stryker disable next-line StringLiteral: false survivor, a module-level initialiser runs at import, before the vitest runner activates the mutant (stryker-js #6144); breakeven-grid.test.ts checks the cell keys
export const BREAKEVEN_TARGETS: readonly BreakevenTarget[] = ['minDscr1', 'covenant', 'npv0']

/** Year-one (first operating year) deck price implied by a multiplier, in the deck currency per product unit. */
export type ImpliedPrice = { productId: string; name: string; year: number; price: string; currency: string; unit: string }

export type BreakevenCell = { multiplier: PlainMetric; impliedPrices: ImpliedPrice[] }
export type BreakevenRow = { productId: string | null; name: string; cells: Record<BreakevenTarget, BreakevenCell> }
export type BreakevenGrid = { covenantDscr: string; rows: BreakevenRow[]; evaluations: number }

const MAX_MULTIPLIER = new Decimal(100)
/** The search stops when the target is met this closely (DSCR in x; NPV relative to the base NPV's scale) or the bracket is this narrow. */
// Stryker disable next-line StringLiteral: false survivor, a module-level initialiser runs at import, before the vitest runner activates the mutant (stryker-js #6144) (and new Decimal('') throws on import)
const DSCR_TOLERANCE = new Decimal('1e-10')
// Stryker disable next-line StringLiteral: false survivor, a module-level initialiser runs at import, before the vitest runner activates the mutant (stryker-js #6144) (and new Decimal('') throws on import)
const WIDTH_TOLERANCE = new Decimal('1e-14')

type Probe = { minDscr: Decimal | null; npv: Decimal }

function probe(prep: Prepared, fixed: FixedDebt, multipliers: PriceMultipliers): Probe {
  const op = evaluateOperations(prep, multipliers)
  const fin = buildFinancing(prep, planDebt(prep, op.operations, fixed))
  let min: Decimal | null = null
  fin.dscr.forEach((d, i) => {
    if (d.ok && prep.tl.periods[i]!.isRepayment && (min === null || d.value.lt(min))) min = d.value
  })
  return { minDscr: min, npv: npv(dec(prep.project.valuation.discountRate), fin.projectCashFlow, prep.tl.periodMonths) }
}

/**
 * The one breakeven solver (methodology §8), for every caller: the app's grid, the sheet, the export and
 * the CLI's `evaluate`. Multiplier x ≥ 0 where an increasing-in-price target g crosses zero: bracket on [0, 1], doubling up to
 * 100, then the Illinois variant of regula falsi, which keeps the bracket
 * (so it is never worse than bisection) but converges superlinearly, until |g| ≤ tolerance or the
 * bracket is narrower than 1e-14. Methodology §8 asks for 1e-6; this goes further so that re-running the
 * engine at the answer reproduces the target (min DSCR = 1.00x ± 1e-6).
 */
export function solveBreakeven(g: (x: Decimal) => Decimal | null, what: string, tolerance: Decimal): { metric: Metric; evaluations: number } {
  let evaluations = 0
  const at = (x: Decimal) => {
    evaluations++
    return g(x)
  }
  const g0 = at(ZERO)
  if (g0 === null) return { metric: { ok: false, code: 'no-debt', reason: 'no debt service to test' }, evaluations }
  if (!g0.isNegative()) return { metric: { ok: false, code: 'not-reachable', reason: `${what} holds even with these prices at zero` }, evaluations }
  let lo = ZERO
  let glo = g0
  let hi = ONE
  let ghi = at(hi)
  while (ghi !== null && ghi.isNegative() && hi.lt(MAX_MULTIPLIER)) {
    lo = hi
    glo = ghi
    hi = Decimal.min(hi.times(2), MAX_MULTIPLIER)
    ghi = at(hi)
  }
  if (ghi === null || ghi.isNegative())
    return { metric: { ok: false, code: 'not-reachable', reason: `${what} is not reached even at ${MAX_MULTIPLIER.toString()}× these prices` }, evaluations }
  if (ghi.isZero()) return { metric: { ok: true, value: hi }, evaluations }
  let side = 0
  // Stryker disable next-line ConditionalExpression,EqualityOperator,UpdateOperator: equivalent, the bracket reaches 1e-14 long before 300 steps (a step function takes 56 evaluations), so the cap is a guard that never stops the loop
  for (let i = 0; i < 300 && hi.minus(lo).gt(WIDTH_TOLERANCE); i++) {
    let x = lo.minus(glo.times(hi.minus(lo)).div(ghi.minus(glo)))
    if (!x.gt(lo) || !x.lt(hi)) x = lo.plus(hi).div(2)
    const v = at(x)
    // A missing DSCR inside the bracket cannot happen with debt held; treat it as "above" to stay safe.
    if (v === null || !v.isNegative()) {
      if (v !== null && v.abs().lte(tolerance)) return { metric: { ok: true, value: x }, evaluations }
      hi = x
      ghi = v ?? ONE
      if (side === 1) glo = glo.div(2)
      side = 1
    } else {
      if (v.abs().lte(tolerance)) return { metric: { ok: true, value: x }, evaluations }
      lo = x
      glo = v
      if (side === -1) ghi = ghi.div(2)
      side = -1
    }
  }
  return { metric: { ok: true, value: lo.plus(hi).div(2) }, evaluations }
}

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
 * base case of `scenario` (methodology §8), plus the first-operating-year deck price each implies.
 */
export function computeBreakevenGrid(project: Project, scenario?: Scenario, onProgress?: (done: number, total: number) => void): BreakevenGrid {
  const covenant = dec(project.lender.minDscr)
  const { rows, evaluations } = breakevenRows(project, scenario, BREAKEVEN_TARGETS, onProgress)
  return {
    covenantDscr: covenant.toString(),
    rows: rows.map((r) => ({
      productId: r.productId,
      name: r.name,
      cells: Object.fromEntries(BREAKEVEN_TARGETS.map((t) => [t, { multiplier: toPlainMetric(r.cells[t]!), impliedPrices: impliedPrices(r.prep, r.ids, r.cells[t]!) }])) as Record<BreakevenTarget, BreakevenCell>
    })),
    evaluations
  }
}

/**
 * The engine-facing view of the same solve (what `evaluate` prints): min DSCR = 1.00x and NPV = 0 on
 * all prices and on each product alone, as decimals. Exported from `@shared/engine` too.
 */
export function computeBreakevens(project: Project, options?: Pick<ModelOptions, 'scenario'>): BreakevenResult {
  const targets: readonly BreakevenTarget[] = ['minDscr1', 'npv0']
  const { rows, evaluations } = breakevenRows(project, options?.scenario, targets)
  const [all, ...products] = rows
  return {
    allPrices: { minDscr1: all!.cells.minDscr1!, npv0: all!.cells.npv0! },
    byProduct: products.map((r) => ({ productId: r.productId!, name: r.name, minDscr1: r.cells.minDscr1!, npv0: r.cells.npv0! })),
    evaluations
  }
}

type SolvedRow = { prep: Prepared; productId: string | null; name: string; ids: string[]; cells: Partial<Record<BreakevenTarget, Metric>> }

/** Rows (all prices, then each product) × the given targets, sharing one cache of lean evaluations per row. */
function breakevenRows(
  project: Project, scenario: Scenario | undefined, wanted: readonly BreakevenTarget[], onProgress?: (done: number, total: number) => void
): { rows: SolvedRow[]; evaluations: number } {
  const prep = prepare(project, scenario)
  const fixed = scenario && !scenario.resizeDebt ? runPrepared(prepare(project, undefined), undefined, undefined).debt : runPrepared(prep, undefined, undefined).debt
  const covenant = dec(project.lender.minDscr)
  const baseNpv = probe(prep, fixed, {}).npv
  const npvTolerance = Decimal.max(baseNpv.abs(), ONE).times('1e-12')
  let evaluations = 2
  const allTargets: { id: BreakevenTarget; level: Decimal | null; what: string }[] = [
    { id: 'minDscr1', level: ONE, what: 'minimum DSCR ≥ 1.00x' },
    { id: 'covenant', level: covenant, what: `minimum DSCR ≥ covenant ${covenant.toFixed(2)}x` },
    { id: 'npv0', level: null, what: 'NPV ≥ 0' }
  ]
  const targets = allTargets.filter((t) => wanted.includes(t.id))
  const specs: { productId: string | null; name: string; mults: (x: Decimal) => PriceMultipliers; ids: string[] }[] = [
    { productId: null, name: 'All prices', mults: (x) => ({ all: x }), ids: project.products.map((p) => p.id) },
    ...project.products.map((p) => ({ productId: p.id, name: p.name, mults: (x: Decimal) => ({ byProduct: new Map([[p.id, x]]) }), ids: [p.id] }))
  ]
  const total = specs.length * targets.length
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
    for (const t of targets) {
      const level = t.level
      const r =
        level === null
          ? solveBreakeven((x) => at(x).npv, `${t.what}${label}`, npvTolerance)
          : solveBreakeven((x) => {
              const d = at(x).minDscr
              return d === null ? null : d.minus(level)
            }, `${t.what}${label}`, DSCR_TOLERANCE)
      cells[t.id] = r.metric
      onProgress?.(++done, total)
    }
    return { prep, productId: spec.productId, name: spec.name, ids: spec.ids, cells }
  })
  return { rows, evaluations }
}
