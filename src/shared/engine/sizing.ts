import { Decimal, ONE, ZERO, dec } from '../decimal'
import { constructionDebt, fundConstruction, type ConstructionFunding } from './construction'
import type { Prepared } from './prepare'
import { runSchedule, type RepaymentRule, type Schedule } from './schedule'
import { fixedPoint, gearingForDebt } from './solve'
import { isSingleReportingTranche, resolveTranches, type TrancheTerms } from './tranche-terms'
import { planTranches } from './tranche-plan'
import type { DebtPlan } from './debt-plan'
import type { FixedDebt, OperationsResult, TrancheResult } from './types'


// Stryker disable next-line StringLiteral: false survivor, new Decimal('') throws when the module loads and the vitest runner counts a test file that cannot import as no tests (stryker-js #6144/#6209); the 0.01 snap is tested in sizing.test.ts
const DEBT_TOLERANCE = new Decimal('0.01') // §7: iterate until the debt moves by less than 0.01

/**
 * Debt per unit of s = 1/DSCR that the FLOORED sculpted schedule repays exactly by maturity, for the
 * CFADS of `schedule` (reporting currency). Backward from maturity: W_{N+1} = 0,
 * W_k = max(W_{k+1}, (W_{k+1} + CFADS_k) / (1+i)) — the second term is "this period pays
 * CFADS_k·s of service", the first "CFADS_k·s is below the interest, so principal is 0 and the balance
 * is carried". The floored schedule is homogeneous in s, so the capacity at ratio 1/s is s·W exactly.
 * When the floor never binds (every CFADS_k ≥ i·W_{k+1}, so none is negative) W is the plain
 * Σ_{repayment k} CFADS_k·DF_k, DF_k = (1+i)^−(k−first+1); that forward sum is returned then, so
 * projects the floor does not touch keep the same arithmetic as before.
 */
function flooredPvCfads(prep: Prepared, schedule: Schedule, rate: Decimal): Decimal {
  const first = prep.tl.firstRepayment - 1
  const growth = ONE.plus(rate)
  let w = ZERO
  // Stryker disable next-line BooleanLiteral: equivalent, the backward W equals the forward sum below up to the 40th digit; the forward form only keeps unfloored projects' old arithmetic
  let floorBinds = false
  for (let i = prep.tl.maturity - 1; i >= first; i--) {
    const paying = w.plus(schedule.cfads[i]!).div(growth)
    if (paying.lt(w)) floorBinds = true
    else w = paying
  }
  // Stryker disable next-line ConditionalExpression: equivalent, as above (backward and forward evaluate the same Σ CFADS_k·DF_k when the floor never binds)
  if (floorBinds) return w
  let df = ONE
  let pv = ZERO
  for (let i = first; i < prep.tl.maturity; i++) {
    df = df.div(growth)
    pv = pv.plus(schedule.cfads[i]!.times(df))
  }
  return pv
}

/**
 * Sculpting ratio for a given debt: find s = 1/DSCR* whose floored schedule repays exactly the debt,
 * s·W(CFADS(s)) = debt (W from `flooredPvCfads`). CFADS depends on s only through the interest tax
 * shield, so s = debt / W(CFADS(s)) is a strong contraction; the residual at maturity is then below 0.01.
 */
function solveSculpting(prep: Prepared, ops: OperationsResult, funding: ConstructionFunding, rate: Decimal, s0: Decimal) {
  // Stryker disable next-line StringLiteral: equivalent, the debt schedule's last branch (not fixed, annuity or equal) is the sculpted rule, so any other kind with `s` is sculpted
  const run = (s: Decimal) => runSchedule(prep, ops, funding, rate, { kind: 'sculpted', s })
  if (funding.debt.isZero()) return { s: s0, schedule: run(s0), iterations: 1 }
  const F = (s: Decimal) => {
    const pv = flooredPvCfads(prep, run(s), rate)
    return pv.gt(0) ? funding.debt.div(pv) : s // nothing to sculpt on: the last instalment clears the balance
  }
  const { x, iterations } = fixedPoint(F, s0, (s) => s.abs().times('1e-20'))
  return { s: x, schedule: run(x), iterations: iterations + 1 }
}

/**
 * Debt sizing and repayment (§7): gearing, sculpted (capped at gearing × uses), or held from another case.
 * One tranche in the reporting currency at a fixed rate without commitment fee or ECA premium (every
 * project before version 3) runs here, with today's arithmetic to the last digit; any other debt
 * structure runs through `planTranches` (tranche-plan.ts, §10), on the same rules.
 */
export function planDebt(prep: Prepared, ops: OperationsResult, fixedDebt: FixedDebt | undefined): DebtPlan {
  const terms = resolveTranches(prep, fixedDebt)
  if (!isSingleReportingTranche(terms)) return planTranches(prep, ops, terms, fixedDebt)
  return withTrancheLines(prep, terms[0]!, planSingle(prep, ops, terms[0]!, fixedDebt))
}

type SinglePlan = Omit<DebtPlan, 'debtFees' | 'tranches' | 'held' | 'llcrRates'>

function planSingle(prep: Prepared, ops: OperationsResult, only: TrancheTerms, fixedDebt: FixedDebt | undefined): SinglePlan {
  const fin = prep.project.financing
  const rate = only.rate[0]!
  const fee = only.upfrontFee
  const repayment = only.tranche.repayment
  const gMax = dec(fin.gearing)
  const common = { capBinding: false, sculptedCapacity: null, sculptingDscr: null, periodicRate: rate }

  if (fixedDebt) {
    // Stryker disable next-line StringLiteral: equivalent, fundConstruction tests only for kind 'gearing' and reads the held drawdowns otherwise
    const funding = fundConstruction(prep, rate, fee, { kind: 'fixed', drawdowns: fixedDebt.drawdowns })
    const schedule = runSchedule(prep, ops, funding, rate, { kind: 'fixed', principal: fixedDebt.principal })
    return { ...common, funding, schedule, sizingMode: 'fixed', iterations: 1 }
  }
  const target = dec(fin.targetDscr)
  if (fin.sizing === 'gearing') {
    const funding = fundConstruction(prep, rate, fee, { kind: 'gearing', gearing: gMax })
    if (repayment === 'sculpted') {
      const r = solveSculpting(prep, ops, funding, rate, ONE.div(target))
      return { ...common, funding, schedule: r.schedule, sizingMode: 'gearing', sculptingDscr: ONE.div(r.s), iterations: r.iterations }
    }
    const rule: RepaymentRule = { kind: repayment }
    return { ...common, funding, schedule: runSchedule(prep, ops, funding, rate, rule), sizingMode: 'gearing', iterations: 1 }
  }

  // Sculpted sizing: debt = min(capacity, gMax × uses), capacity = the debt the floored schedule at the
  // target DSCR repays exactly (= PV(CFADS / target) when the floor never binds), iterated because IDC,
  // fees and (through interest and depreciation) tax depend on the debt.
  const atCap = fundConstruction(prep, rate, fee, { kind: 'gearing', gearing: gMax })
  const sTarget = ONE.div(target)
  const fundFor = (debt: Decimal) =>
    debt.eq(atCap.debt) ? atCap : fundConstruction(prep, rate, fee, { kind: 'gearing', gearing: gearingForDebt((g) => constructionDebt(prep, rate, fee, g), debt, gMax, atCap.debt) })
  let capacity = ZERO
  const capped = (debt: Decimal) => {
    // Stryker disable next-line StringLiteral: equivalent, as in solveSculpting (any non-fixed/annuity/equal kind is the sculpted rule)
    const schedule = runSchedule(prep, ops, fundFor(debt), rate, { kind: 'sculpted', s: sTarget })
    capacity = flooredPvCfads(prep, schedule, rate).times(sTarget)
    return capacity.lt(atCap.debt) ? capacity : atCap.debt
  }
  const sized = fixedPoint(capped, atCap.debt, () => DEBT_TOLERANCE)
  let debt = sized.x.gt(atCap.debt) ? atCap.debt : sized.x.isNegative() ? ZERO : sized.x
  if (atCap.debt.minus(debt).abs().lt(DEBT_TOLERANCE)) debt = atCap.debt
  const funding = fundFor(debt)
  const iterations = sized.iterations
  const r = solveSculpting(prep, ops, funding, rate, sTarget)
  return {
    ...common, funding, schedule: r.schedule, sizingMode: 'sculpted', capBinding: capacity.gte(atCap.debt) && atCap.debt.gt(0),
    sculptedCapacity: capacity, sculptingDscr: ONE.div(r.s), iterations: iterations + r.iterations
  }
}

/**
 * One debt's plan with its single tranche's lines: in the reporting currency, so every "InCurrency"
 * line is the reporting line itself, and the tranche's fees are the upfront fees.
 */
function withTrancheLines(prep: Prepared, only: TrancheTerms, p: SinglePlan): DebtPlan {
  const { funding, schedule } = p
  const cod = prep.tl.constructionPeriods - 1
  const t = only.tranche
  const tranche: TrancheResult = {
    id: t.id, name: t.name, lenderType: t.lenderType, currency: t.currency, hedged: false,
    drawdowns: funding.drawdowns, drawdownsInCurrency: funding.drawdowns, idc: funding.idc,
    balance: schedule.closingBalance, balanceInCurrency: schedule.closingBalance, interest: schedule.interest, interestInCurrency: schedule.interest,
    principal: schedule.principal, principalInCurrency: schedule.principal, fees: funding.fees,
    debtAtCod: schedule.closingBalance[cod] ?? ZERO, debtAtCodInCurrency: schedule.closingBalance[cod] ?? ZERO, perReporting: funding.drawdowns.map(() => ONE),
    firstRepaymentPeriod: only.first + 1, maturityPeriod: only.last + 1
  }
  return { ...p, llcrRates: null, debtFees: schedule.interest.map(() => ZERO), tranches: [tranche], held: { drawdowns: funding.drawdowns, principal: schedule.principal } }
}
