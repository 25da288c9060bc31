import { Decimal, ONE, ZERO, dec } from '../decimal'
import type { Prepared } from './prepare'
import type { DebtPlan } from './debt-plan'
import { fixedPoint, gearingForDebt } from './solve'
import { fundTranches, type TrancheFunding } from './tranche-construction'
import { runTrancheSchedule, type TrancheRule, type TrancheSchedule } from './tranche-schedule'
import { toTrancheCurrency, type TrancheTerms } from './tranche-terms'
import type { FixedDebt, OperationsResult, Series, TrancheResult } from './types'

const MAX_SCULPT_PASSES = 100

/**
 * Debt per unit of s that tranche k's floored sculpted schedule repays exactly by its maturity, in its
 * currency: backward from maturity, W = max(W, (W + cfadsShare_i) / (1 + i_i + hedge)), as
 * `flooredPvCfads` (sizing.ts) for one debt, on the tranche's share of CFADS at its own rates.
 */
function flooredTranchePv(t: TrancheTerms, cfadsShareInCurrency: Series): Decimal {
  let w = ZERO
  for (let i = t.last; i >= t.first; i--) {
    const paying = w.plus(cfadsShareInCurrency[i]!).div(ONE.plus(t.rate[i]!).plus(t.hedgePeriodic))
    if (!paying.lt(w)) w = paying
  }
  return w
}

/**
 * The aggregate sculpting ratio (§10): in a period, debt service / CFADS = Σ share_t · s_t over the
 * tranches in their repayment window (each sculpted tranche pays s_t · share_t · CFADS). Its maximum
 * over the periods is 1 / (the lowest DSCR any period is sculpted to): with equal windows, 1 / DSCR*.
 */
function aggregateS(terms: readonly TrancheTerms[], s: readonly Decimal[]): Decimal {
  let worst = ZERO
  const first = Math.min(...terms.map((t) => t.first))
  const last = Math.max(...terms.map((t) => t.last))
  for (let i = first; i <= last; i++) {
    let here = ZERO
    terms.forEach((t, k) => {
      if (i >= t.first && i <= t.last) here = here.plus(t.share.times(s[k]!))
    })
    if (here.gt(worst)) worst = here
  }
  return worst
}

const rulesFor = (terms: readonly TrancheTerms[], s: readonly Decimal[]): TrancheRule[] =>
  // Stryker disable next-line StringLiteral: equivalent, the schedule reads any kind but fixed/annuity/equal as the sculpted rule
  terms.map((t, k) => (t.tranche.repayment === 'sculpted' ? { kind: 'sculpted', s: s[k]! } : { kind: t.tranche.repayment }))

/**
 * Each sculpted tranche's s_t: the one whose floored schedule on its share of CFADS repays exactly its
 * balance at COD by its own maturity, s_t = D_t / W_t (in its currency). CFADS depends on every s_t
 * through the interest tax shield only, so the plain iteration is a strong contraction.
 */
function solveTrancheSculpting(prep: Prepared, ops: OperationsResult, funding: TrancheFunding, terms: readonly TrancheTerms[], s0: Decimal) {
  let s = terms.map(() => s0)
  let schedule = runTrancheSchedule(prep, ops, funding, terms, rulesFor(terms, s))
  // Stryker disable next-line BooleanLiteral: equivalent, `unsculptable` is read only by sculpted sizing, where every tranche is sculpted (project rule) so this return is never taken
  if (!terms.some((t) => t.tranche.repayment === 'sculpted')) return { s, schedule, iterations: 1, unsculptable: false }
  // A tranche with debt but no CFADS to sculpt on (W ≤ 0) has no ratio that repays it: its last
  // instalment clears the balance, and it can carry no debt at any target (capacity 0, as for one debt).
  let unsculptable = false
  let iterations = 1
  // Stryker disable next-line EqualityOperator: equivalent, the plain iteration settles in a few passes (a contraction through the tax shield), never near 100
  for (; iterations < MAX_SCULPT_PASSES; iterations++) {
    const current = schedule
    unsculptable = false
    const next = s.map((x, k) => {
      const debt = funding.perTranche[k]!.drawnInCurrency
      // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, a non-sculpted tranche's s is read nowhere (its rule ignores s, and the aggregate ratio is reported only when every tranche is sculpted)
      if (terms[k]!.tranche.repayment !== 'sculpted' || !debt.gt(0)) return x
      const w = flooredTranchePv(terms[k]!, current.perTranche[k]!.cfadsShareInCurrency)
      if (w.gt(0)) return debt.div(w)
      unsculptable = true
      return x // nothing to sculpt on: the last instalment clears the balance
    })
    const settled = next.every((x, k) => x.minus(s[k]!).abs().lte(x.abs().times('1e-20')))
    s = next
    schedule = runTrancheSchedule(prep, ops, funding, terms, rulesFor(terms, s))
    if (settled) break
  }
  return { s, schedule, iterations: iterations + 1, unsculptable }
}

/** The per-tranche result lines from the funding and the schedule. */
function trancheResults(prep: Prepared, terms: readonly TrancheTerms[], funding: TrancheFunding, schedule: TrancheSchedule): TrancheResult[] {
  const cod = prep.tl.constructionPeriods - 1
  return terms.map((t, k) => {
    const built = funding.perTranche[k]!
    const lines = schedule.perTranche[k]!
    return {
      id: t.tranche.id, name: t.tranche.name, lenderType: t.tranche.lenderType, currency: t.tranche.currency, hedged: t.tranche.hedge.hedged && !t.sameCurrency,
      drawdowns: built.drawdowns, drawdownsInCurrency: built.drawdownsInCurrency, idc: built.idc,
      balance: lines.balance, balanceInCurrency: lines.balanceInCurrency, interest: lines.interest, interestInCurrency: lines.interestInCurrency,
      principal: lines.principal, principalInCurrency: lines.principalInCurrency, fees: built.fees.map((f, i) => f.plus(lines.hedgeCost[i]!)),
      debtAtCod: lines.balance[cod] ?? ZERO, debtAtCodInCurrency: lines.balanceInCurrency[cod] ?? ZERO, perReporting: t.perReporting,
      firstRepaymentPeriod: t.first + 1, maturityPeriod: t.last + 1
    }
  })
}

/** The rate LLCR discounts at: the tranches' periodic rates at COD, weighted by their balances at COD (reporting currency). */
function blendedRate(prep: Prepared, terms: readonly TrancheTerms[], schedule: TrancheSchedule): Decimal {
  const c = prep.tl.constructionPeriods
  let weight = ZERO
  let sum = ZERO
  terms.forEach((t, k) => {
    const b = schedule.perTranche[k]!.balance[c - 1] ?? ZERO
    weight = weight.plus(b)
    sum = sum.plus(b.times(t.rate[c]!)) // c < periods: every model has an operating period
  })
  return weight.gt(0) ? sum.div(weight) : terms.reduce((a, t) => a.plus(t.share.times(t.rate[c]!)), ZERO)
}

/**
 * The rate LLCR discounts period k at (§10): the tranches' periodic rates in k weighted by their opening
 * balances in the reporting currency; once every tranche is repaid, the last such rate carries on (PLCR).
 */
function outstandingRates(prep: Prepared, terms: readonly TrancheTerms[], schedule: TrancheSchedule): Series {
  let last = blendedRate(prep, terms, schedule)
  return prep.tl.periods.map((_, i) => {
    if (i < prep.tl.constructionPeriods) return last
    let weight = ZERO
    let sum = ZERO
    terms.forEach((t, k) => {
      const opening = schedule.perTranche[k]!.balanceInCurrency[i - 1] ?? ZERO
      const inReporting = t.sameCurrency ? opening : opening.div(t.perReporting[i]!)
      weight = weight.plus(inReporting)
      sum = sum.plus(inReporting.times(t.rate[i]!))
    })
    if (weight.gt(0)) last = sum.div(weight)
    return last
  })
}

function plan(prep: Prepared, terms: readonly TrancheTerms[], funding: TrancheFunding, schedule: TrancheSchedule, extra: Pick<DebtPlan, 'sizingMode' | 'capBinding' | 'sculptedCapacity' | 'sculptingDscr' | 'iterations'>): DebtPlan {
  const tranches = trancheResults(prep, terms, funding, schedule)
  const held: FixedDebt = {
    drawdowns: funding.drawdowns, principal: schedule.principal,
    tranches: tranches.map((t, k) => ({
      drawdownsInCurrency: t.drawdownsInCurrency, principalInCurrency: t.principalInCurrency, ...(t.hedged ? { swapPerReporting: terms[k]!.perReporting[0]! } : {})
    }))
  }
  return { ...extra, funding, schedule, periodicRate: blendedRate(prep, terms, schedule), llcrRates: outstandingRates(prep, terms, schedule), debtFees: schedule.debtFees, tranches, held }
}

/**
 * Debt sizing and repayment with tranches (§10). The aggregate is sized in the reporting currency as
 * for one debt (§7): gearing, or sculpted at the target DSCR capped at the gearing, iterated to 0.01.
 * Sculpted: each tranche is sculpted on its share of CFADS to its own maturity (s_t), so the aggregate
 * debt service is Σ share_t · s_t · CFADS; the capacity is the debt at which the largest such ratio over
 * the periods equals 1 / target — `D · s_target / max_k Σ_{t repaying in k} share_t · s_t(D)`, a fixed
 * point because s_t is proportional to the debt (and CFADS moves with it only through tax).
 */
export function planTranches(prep: Prepared, ops: OperationsResult, terms: readonly TrancheTerms[], fixedDebt: FixedDebt | undefined): DebtPlan {
  const fin = prep.project.financing
  const none = { capBinding: false, sculptedCapacity: null, sculptingDscr: null }
  const allSculpted = terms.every((t) => t.tranche.repayment === 'sculpted')
  const dscrOf = (s: readonly Decimal[]) => {
    const agg = aggregateS(terms, s)
    return allSculpted && agg.gt(0) ? ONE.div(agg) : null
  }

  if (fixedDebt) {
    const held = fixedDebt.tranches?.length === terms.length
      ? fixedDebt.tranches
      : terms.map((t) => ({
        drawdownsInCurrency: fixedDebt.drawdowns.map((d, i) => toTrancheCurrency(t, d.times(t.share), i)),
        principalInCurrency: fixedDebt.principal.map((p, i) => toTrancheCurrency(t, p.times(t.share), i))
      }))
    // Stryker disable next-line StringLiteral: equivalent, fundTranches tests only for kind 'gearing' and reads the held drawdowns otherwise
    const funding = fundTranches(prep, terms, { kind: 'fixed', drawdownsInCurrency: held.map((h) => h.drawdownsInCurrency) })
    const schedule = runTrancheSchedule(prep, ops, funding, terms, held.map((h) => ({ kind: 'fixed', principalInCurrency: h.principalInCurrency })))
    return plan(prep, terms, funding, schedule, { ...none, sizingMode: 'fixed', iterations: 1 })
  }
  const gMax = dec(fin.gearing)
  const sTarget = ONE.div(fin.targetDscr)
  const tolerance = new Decimal('0.01') // §7: iterate until the debt moves by less than 0.01
  if (fin.sizing === 'gearing') {
    const funding = fundTranches(prep, terms, { kind: 'gearing', gearing: gMax })
    const r = solveTrancheSculpting(prep, ops, funding, terms, sTarget)
    return plan(prep, terms, funding, r.schedule, { ...none, sizingMode: 'gearing', sculptingDscr: dscrOf(r.s), iterations: r.iterations })
  }

  const atCap = fundTranches(prep, terms, { kind: 'gearing', gearing: gMax })
  const fundFor = (debt: Decimal) =>
    debt.eq(atCap.debt) ? atCap : fundTranches(prep, terms, { kind: 'gearing', gearing: gearingForDebt((g) => fundTranches(prep, terms, { kind: 'gearing', gearing: g }).debt, debt, gMax, atCap.debt) })
  let capacity = ZERO
  const capped = (debt: Decimal) => {
    const funding = fundFor(debt)
    const solved = solveTrancheSculpting(prep, ops, funding, terms, sTarget)
    const worst = aggregateS(terms, solved.s)
    capacity = worst.gt(0) && !solved.unsculptable ? funding.debt.times(sTarget).div(worst) : ZERO
    return capacity.lt(atCap.debt) ? capacity : atCap.debt
  }
  const sized = fixedPoint(capped, atCap.debt, () => tolerance)
  let debt = sized.x.gt(atCap.debt) ? atCap.debt : sized.x.isNegative() ? ZERO : sized.x
  if (atCap.debt.minus(debt).abs().lt(tolerance)) debt = atCap.debt
  const funding = fundFor(debt)
  const r = solveTrancheSculpting(prep, ops, funding, terms, sTarget)
  return plan(prep, terms, funding, r.schedule, {
    sizingMode: 'sculpted', capBinding: capacity.gte(atCap.debt) && atCap.debt.gt(0), sculptedCapacity: capacity,
    sculptingDscr: dscrOf(r.s), iterations: sized.iterations + r.iterations
  })
}


/**
 * The same sizing and sculpting rules as workbook formulas (the Sizing sheet's blocks and the Debt
 * sheet's LLCR rate), beside `flooredTranchePv`, `aggregateS`, `planTranches` and `outstandingRates`.
 * tests/shared/engine/tranche-excel-forms.test.ts holds them to the Decimal forms.
 */
export const tranchePlanExcel = {
  /**
   * One period of the floored backward sum W_t (tranche currency), inside the tranche's window:
   * MAX(next, (next + its share of CFADS translated) / (1 + rate + hedge cost)); 0 outside it.
   */
  flooredStep: (inWindow: string, next: string, cfads: string, share: string, perReporting: string, rate: string, hedgePeriodic: string) =>
    `IF(${inWindow},MAX(${next},(${next}+${cfads}*${share}*${perReporting})/(1+${rate}+${hedgePeriodic})),0)`,
  /**
   * A sculpted tranche's ratio s_t = D_t / W_t; a tranche that is not sculpted keeps 1 / target, one with
   * no debt or nothing to sculpt on (W ≤ 0) keeps the ratio it had (`solveTrancheSculpting`).
   */
  ratio: (profile: string, debt: string, w: string, kept: string) =>
    `IF(${profile}<>"sculpted",1/Target_DSCR,IF(AND(${debt}>0,${w}>0),${debt}/${w},${kept}))`,
  /** A sculpted tranche with debt but no CFADS to sculpt on: the aggregate can carry no debt at any target. */
  unsculptable: (profile: string, debt: string, w: string) => `AND(${profile}="sculpted",${debt}>0,${w}<=0)`,
  /** Aggregate debt service / CFADS in a period: Σ share_t · s_t over the tranches repaying in it (`aggregateS`). */
  aggregateRatio: (terms: readonly { inWindow: string; share: string; s: string }[]) =>
    terms.map((t) => `IF(${t.inWindow},${t.share}*${t.s},0)`).join('+'),
  /** Capacity at the target DSCR: D · (1/target) / the largest aggregate ratio; 0 without debt, ratio or anything to sculpt on. */
  capacity: (debt: string, worst: string, unsculptable: string) =>
    `IF(OR(${debt}<=0,${unsculptable},${worst}<=0),0,${debt}*(1/Target_DSCR)/${worst})`,
  /**
   * The rate LLCR discounts a period at: the tranches' periodic rates weighted by their opening balances
   * translated at the period's rate (reporting currency); once all are repaid the previous period's.
   */
  blendedRate: (terms: readonly { openingInCurrency: string; perReporting: string; rate: string }[], previous: string) => {
    const w = terms.map((t) => `${t.openingInCurrency}/${t.perReporting}`).join('+')
    const s = terms.map((t) => `${t.openingInCurrency}/${t.perReporting}*${t.rate}`).join('+')
    return `IF(${w}>0,(${s})/(${w}),${previous})`
  }
}
