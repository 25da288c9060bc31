import { type Decimal, ZERO } from '../decimal'
import { dsraTargets } from '../rules/dsra-target'
import { allocateSweep, reprofiledPrincipal, sweptBalance } from '../rules/sweep'
import { periodInterest } from './debt-schedule'
import type { DebtPlan } from './debt-plan'
import type { Prepared } from './prepare'
import { pushDebtRow, taxWalk, type Schedule } from './schedule'
import { periodCharges } from './tranche-schedule'
import { resolveTranches, toReporting, toTrancheCurrency, type TrancheTerms } from './tranche-terms'
import type { OperationsResult, Series, TrancheResult } from './types'
import { dsraTargetsOf, waterfallWalker, type WaterfallResult } from './waterfall'

/** A plan re-walked under the cash sweep, with the waterfall that walk produced. */
export type SweptPlan = { plan: DebtPlan; waterfall: WaterfallResult }

/**
 * The cash sweep (§11) over a sized plan. Sizing is not changed: the debt, its drawdowns and its
 * scheduled instalments are the plan's (a sweep is a prepayment of that loan, not a smaller loan), and
 * `plan.held` stays the scheduled debt, so a scenario that holds the debt sweeps its own cash again.
 *
 * Sequential, period by period from COD, because period i's sweep depends on CFADS_i, which depends on
 * interest_i on the balance the earlier sweeps left: per tranche interest (and hedge cost) on the
 * opening balance in its currency; tax re-walked on that interest (schedule.ts `taxWalk`, losses
 * carried as the sized walk carries them); CFADS; the scheduled instalment capped at the balance
 * (rules/sweep.ts: the last instalments go first); the waterfall step (rules/waterfall.ts) with the DSRA
 * target on the debt service as re-profiled before this period's sweep; then the swept cash, allocated
 * (rules/sweep.ts) in the reporting currency, converted into each tranche's currency at the period's
 * rate (a hedged tranche's swap rate), reduces the balances.
 */
export function sweepPlan(prep: Prepared, ops: OperationsResult, plan: DebtPlan, allocation: string): SweptPlan {
  const { tl, project } = prep
  const n = tl.count
  const C = tl.constructionPeriods
  const maintenanceCapex = ops.maintenanceCapex
  const terms = resolveTranches(prep, plan.held)
  // The schema holds `allocation` to 'pro-rata' or a tranche's id.
  const chosen = allocation === 'pro-rata' ? null : project.financing.tranches.findIndex((t) => t.id === allocation)
  const scheduled = plan.tranches.map((t) => t.principalInCurrency)
  const walk = taxWalk(prep, ops, plan.funding)
  const walker = waterfallWalker(prep, maintenanceCapex)
  const codTargets = dsraTargetsOf(project, plan.schedule.debtService, tl.periodMonths)
  const dsra = project.financing.dsra
  // The periods the DSRA target reads ahead (none without a DSRA: the target is then zero).
  // Stryker disable next-line ArithmeticOperator: equivalent, projecting more periods than the cover needs changes nothing (dsraTargets reads only the months it covers)
  const coverPeriods = dsra.enabled ? Math.ceil(dsra.months / tl.periodMonths) : 0

  const s: Schedule & { debtFees: Series } = {
    openingBalance: [], closingBalance: [], interest: [], principal: [], debtService: [], depreciation: [], bookValue: [],
    taxableIncomeBeforeLosses: [], lossesUsed: [], lossesCarriedForward: [], taxableIncome: [], tax: [], taxRate: [], lossesExpired: [], unabsorbedDepreciation: [],
    cfads: [], residualAtMaturity: plan.schedule.residualAtMaturity, debtFees: []
  }
  const lines = terms.map(() => ({ balance: [] as Series, balanceInCurrency: [] as Series, interest: [] as Series, interestInCurrency: [] as Series, principal: [] as Series, principalInCurrency: [] as Series, hedge: [] as Series }))
  const balances = plan.tranches.map((t) => t.balanceInCurrency[C - 1] ?? ZERO)
  const inReporting = (bs: readonly Decimal[], i: number) => terms.reduce((a, t, k) => a.plus(toReporting(t, bs[k]!, i)), ZERO)

  for (let i = 0; i < n; i++) {
    if (i < C) {
      // Construction is the sized plan's: no sweep before COD.
      const t = walk.construction(i)
      copyConstruction(s, plan, i, t.losses)
      lines.forEach((l, k) => {
        const tr = plan.tranches[k]!
        l.balance.push(tr.balance[i]!)
        l.balanceInCurrency.push(tr.balanceInCurrency[i]!)
        for (const x of [l.interest, l.interestInCurrency, l.principal, l.principalInCurrency, l.hedge]) x.push(ZERO)
      })
      walker.construction(i, codTargets[i]!)
      continue
    }
    const openings = [...balances]
    const opening = inReporting(openings, i)
    const { interestInCurrency, hedgeInCurrency, interest, fees } = periodCharges(terms, openings, i)
    const taxed = walk.operating(i, interest.plus(fees))
    let principal = ZERO
    terms.forEach((t, k) => {
      const paid = reprofiledPrincipal(scheduled[k]![i]!, openings[k]!, t.unit)
      balances[k] = openings[k]!.minus(paid)
      const l = lines[k]!
      l.interestInCurrency.push(interestInCurrency[k]!)
      l.interest.push(toReporting(t, interestInCurrency[k]!, i))
      l.hedge.push(toReporting(t, hedgeInCurrency[k]!, i))
      l.principalInCurrency.push(paid)
      const paidHere = toReporting(t, paid, i)
      l.principal.push(paidHere)
      principal = principal.plus(paidHere)
    })
    const debtService = interest.plus(fees).plus(principal)
    pushDebtRow(s, opening, interest, fees, principal, taxed)
    const afterPrincipal = terms.map((t, k) => toReporting(t, balances[k]!, i))
    const sweepable = afterPrincipal.reduce((a, b) => a.plus(b), ZERO)
    // The target this period end is the next months' service as scheduled before this period's sweep
    // (the waterfall funds the reserve before it sweeps, §11); the sweep moves the targets from the next period.
    const target = dsraTargets([debtService, ...projectService(terms, scheduled, balances, i, coverPeriods, n)], dsra.months, tl.periodMonths)[0]!
    const o = walker.operating(i, { cfads: taxed.cfads, debtService, dsraTarget: target, closingBalance: sweepable }, s.cfads, s.debtService)
    const alloc = allocateSweep(o.sweep, afterPrincipal, chosen)
    terms.forEach((t, k) => {
      // A tranche swept of all it owes is cleared in its own currency (no translation dust left behind).
      balances[k] = sweptBalance(balances[k]!, alloc[k]!, afterPrincipal[k]!, toTrancheCurrency(t, alloc[k]!, i))
    })
    lines.forEach((l, k) => {
      l.balanceInCurrency.push(balances[k]!)
      l.balance.push(toReporting(terms[k]!, balances[k]!, i))
    })
    s.closingBalance.push(inReporting(balances, i))
  }
  const tranches: TrancheResult[] = plan.tranches.map((tr, k) => {
    const l = lines[k]!
    const t = terms[k]!
    // The tranche's fees: its construction fees as sized, then the hedge cost on the swept balance.
    // Stryker disable next-line EqualityOperator: equivalent, in the first operating period (i = C) nothing has been swept yet, so the hedge cost taken out and put back is the same
    const fees = tr.fees.map((f, i) => (i < C ? f : f.minus(toReporting(t, tr.balanceInCurrency[i - 1]!.times(t.hedgePeriodic), i)).plus(l.hedge[i]!)))
    return { ...tr, balance: l.balance, balanceInCurrency: l.balanceInCurrency, interest: l.interest, interestInCurrency: l.interestInCurrency, principal: l.principal, principalInCurrency: l.principalInCurrency, fees }
  })
  const { debtFees, ...schedule } = s
  return { plan: { ...plan, schedule, debtFees, tranches }, waterfall: walker.result }
}

/**
 * The plan the financing block reads: swept when the terms have a cash sweep, else the sized plan itself
 * with no waterfall (buildFinancing then walks the waterfall over the schedule as it stands: the no-sweep
 * path is unchanged to the last digit).
 */
export function withSweep(prep: Prepared, ops: OperationsResult, plan: DebtPlan): { plan: DebtPlan; waterfall: WaterfallResult | null } {
  const sweep = prep.project.financing.waterfall?.sweep
  return sweep ? sweepPlan(prep, ops, plan, sweep.allocation) : { plan, waterfall: null }
}

/**
 * Debt service (reporting currency) of the `count` periods after `i`, from the balances after period
 * i's scheduled principal, if nothing more were swept: interest and hedge cost on the balance, the
 * scheduled instalment capped at it (`reprofiledPrincipal`), translated at each period's rate.
 */
function projectService(terms: readonly TrancheTerms[], scheduled: readonly Series[], from: readonly Decimal[], i: number, count: number, n: number): Decimal[] {
  const bs = [...from]
  const out: Decimal[] = []
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, projecting past the cover changes nothing (dsraTargets reads only the months it covers)
  for (let j = i + 1; j < n && j <= i + count; j++) {
    // Summed as the schedule sums them (interest, hedge cost, principal, each over the tranches), so a
    // sweep that has not fired yet projects the sized debt service to the last digit.
    let interest = ZERO
    let fees = ZERO
    let principal = ZERO
    terms.forEach((t, k) => {
      const b = bs[k]!
      const paid = reprofiledPrincipal(scheduled[k]![j]!, b, t.unit)
      interest = interest.plus(toReporting(t, periodInterest(b, t.rate[j]!), j))
      fees = fees.plus(toReporting(t, b.times(t.hedgePeriodic), j))
      principal = principal.plus(toReporting(t, paid, j))
      bs[k] = b.minus(paid)
    })
    out.push(interest.plus(fees).plus(principal))
  }
  return out
}

function copyConstruction(s: Schedule & { debtFees: Series }, plan: DebtPlan, i: number, losses: Decimal): void {
  const p = plan.schedule
  s.openingBalance.push(p.openingBalance[i]!)
  s.closingBalance.push(p.closingBalance[i]!)
  s.interest.push(ZERO)
  s.principal.push(ZERO)
  s.debtService.push(ZERO)
  s.debtFees.push(plan.debtFees[i]!)
  s.depreciation.push(ZERO)
  s.bookValue.push(p.bookValue[i]!)
  s.taxableIncomeBeforeLosses.push(ZERO)
  s.lossesUsed.push(ZERO)
  s.lossesCarriedForward.push(losses)
  s.taxableIncome.push(ZERO)
  s.tax.push(ZERO)
  s.taxRate.push(p.taxRate[i]!)
  s.lossesExpired.push(ZERO)
  s.unabsorbedDepreciation.push(ZERO)
  s.cfads.push(ZERO)
}
