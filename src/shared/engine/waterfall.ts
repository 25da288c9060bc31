import { type Decimal, ZERO, dec } from '../decimal'
import { minorUnit } from '../rules/minor-unit'
import { dsraTargets } from '../rules/dsra-target'
import { lockupSpan, testDscr as periodTestDscr, waterfallStep, type WaterfallOut, type WaterfallState, type WaterfallTerms } from '../rules/waterfall'
import type { Project } from '../model'
import type { Prepared } from './prepare'
import type { Series } from './values'

/** The cash waterfall's lines per period (§11), every amount positive; zero in construction. */
export type WaterfallResult = {
  /** DSRA target at each period end (the cash reserve's, or the LC's face amount for the next period). */
  dsraTarget: Series
  /** Equity's funding of the first target in the last construction period (cash DSRA only). */
  dsraInitialFunding: Series
  dsraBalance: Series
  /** Change of the cash DSRA balance in operations (top-up − release − draw). */
  dsraMovement: Series
  dsraDraw: Series
  /** Letter of credit: fee, draws, reimbursements, interest on draws and the amount drawn at period end. */
  lcFee: Series
  lcDraw: Series
  lcRepay: Series
  lcInterest: Series
  lcDrawnBalance: Series
  mraTarget: Series
  mraBalance: Series
  /** Change of the MRA balance (top-up − release − draw). */
  mraMovement: Series
  wcFacilityDraw: Series
  wcFacilityRepay: Series
  wcFacilityInterest: Series
  wcFacilityBalance: Series
  sponsorSupport: Series
  /** Cash prepaying senior debt (§11 sweep); zero while the terms have none. */
  sweep: Series
  /** Cash trapped this period (positive) and released (positive), the lock-up account at period end, and whether the period was locked up. */
  lockupTrapped: Series
  lockupRelease: Series
  lockupBalance: Series
  locked: boolean[]
  /** Cash applied from the lock-up account to a shortfall. */
  lockupApplied: Series
  /** The DSCR the lock-up test read (period or trailing 12 months); null where no test applied. */
  testDscr: (Decimal | null)[]
  distributions: Series
  /** Every cash account at period end: DSRA cash, MRA and lock-up (the operating account is emptied by distributions). */
  cashBalance: Series
  /** A reserve below its target at period end (cash DSRA, an LC drawn, the MRA). */
  reserveShort: boolean[]
}

const ratePerPeriod = (annual: string | undefined, periodMonths: number): Decimal => dec(annual ?? '0').times(periodMonths).div(12)

/** The terms of a project's waterfall, rates per period (§11). */
export function waterfallTerms(project: Project, periodMonths: number): WaterfallTerms<Decimal> {
  const { dsra, waterfall } = project.financing
  const on = dsra.enabled && dsra.months > 0
  const lc = on && dsra.form === 'lc'
  const wc = waterfall?.wcFacility
  const lockup = waterfall?.lockup
  const sweep = waterfall?.sweep
  return {
    dsraCash: on && !lc,
    lc: lc ? { feeRate: ratePerPeriod(dsra.lcFeeRate, periodMonths), drawRate: ratePerPeriod(dsra.lcDrawRate, periodMonths) } : null,
    wc: wc ? { limit: dec(wc.limit), rate: ratePerPeriod(wc.rate, periodMonths) } : null,
    lockup: lockup ? { ratio: dec(lockup.dscr), releaseAfterPeriods: lockup.releaseAfterPeriods } : null,
    sweep: sweep ? { share: dec(sweep.share), trigger: sweep.trigger === null ? null : dec(sweep.trigger) } : null
  }
}

/** One operating period's inputs to the walker: the period's CFADS, debt service, DSRA target and debt after its scheduled principal. */
export type WaterfallPeriodIn = { cfads: Decimal; debtService: Decimal; dsraTarget: Decimal; closingBalance: Decimal }

/**
 * The waterfall walked one period at a time (rules/waterfall.ts), so a walk whose debt service depends
 * on earlier periods' cash (the cash sweep, engine/sweep.ts) can drive it; `runWaterfall` drives it over
 * a schedule known in advance. `cfads` and `debtService` are the series so far: the lock-up test and the
 * sweep trigger read periods up to `i` only.
 */
export function waterfallWalker(prep: Prepared, maintenanceCapex: readonly Decimal[]) {
  const { tl, project } = prep
  const n = tl.count
  const C = tl.constructionPeriods
  const m = tl.periodMonths
  const unit = minorUnit(project.reportingCurrency)
  const terms = waterfallTerms(project, m)
  const mraMonths = project.financing.waterfall?.mraMonths
  const mraTargets = mraMonths ? dsraTargets(maintenanceCapex, mraMonths, m) : new Array<Decimal>(n).fill(ZERO)
  const span = lockupSpan(project.financing.waterfall?.lockup?.test ?? 'period', m)
  const r: WaterfallResult = {
    dsraTarget: [], dsraInitialFunding: [], dsraBalance: [], dsraMovement: [], dsraDraw: [], lcFee: [], lcDraw: [], lcRepay: [], lcInterest: [], lcDrawnBalance: [],
    mraTarget: [], mraBalance: [], mraMovement: [], wcFacilityDraw: [], wcFacilityRepay: [], wcFacilityInterest: [], wcFacilityBalance: [], sponsorSupport: [],
    sweep: [], lockupTrapped: [], lockupRelease: [], lockupBalance: [], locked: [], lockupApplied: [], testDscr: [], distributions: [], cashBalance: [], reserveShort: []
  }
  const s: WaterfallState<Decimal> = { dsra: ZERO, lcDrawn: ZERO, mra: ZERO, lockup: ZERO, wc: ZERO, passStreak: 0 }
  const none = (): void => {
    for (const k of ['dsraMovement', 'dsraDraw', 'lcFee', 'lcDraw', 'lcRepay', 'lcInterest', 'lcDrawnBalance', 'mraTarget', 'mraBalance', 'mraMovement', 'wcFacilityDraw',
      'wcFacilityRepay', 'wcFacilityInterest', 'wcFacilityBalance', 'sponsorSupport', 'sweep', 'lockupTrapped', 'lockupRelease', 'lockupBalance', 'lockupApplied', 'distributions'] as const)
      r[k].push(ZERO)
    r.locked.push(false)
    r.testDscr.push(null)
    r.reserveShort.push(false)
  }
  return {
    terms,
    result: r,
    /** Construction period `i`; `dsraTarget` is read in the last one only (the target at COD, funded by equity). */
    construction(i: number, dsraTarget: Decimal): void {
      const target = i >= C - 1 ? dsraTarget : ZERO
      r.dsraTarget.push(target)
      // The first target is funded by equity in the last construction period (a cash DSRA; an LC needs none).
      // Stryker disable next-line ConditionalExpression: equivalent, before period C − 1 the target is zero (above), so the initial funding is too
      const initial = i === C - 1 && terms.dsraCash ? target : ZERO
      s.dsra = initial
      r.dsraInitialFunding.push(initial)
      none()
      r.dsraBalance.push(s.dsra)
      r.cashBalance.push(s.dsra)
    },
    operating(i: number, p: WaterfallPeriodIn, cfads: readonly Decimal[], debtService: readonly Decimal[]): WaterfallOut<Decimal> {
      const target = p.dsraTarget
      r.dsraTarget.push(target)
      r.dsraInitialFunding.push(ZERO)
      const testDscr = periodTestDscr(i, span, C, cfads, debtService, unit)
      const opening = { dsra: s.dsra, mra: s.mra }
      const o: WaterfallOut<Decimal> = waterfallStep(terms, s, {
        cfads: p.cfads, debtService: p.debtService, dsraTarget: target, lcAmount: terms.lc ? r.dsraTarget[i - 1]! : ZERO,
        mraTarget: mraTargets[i]!, maintenance: maintenanceCapex[i]!, testDscr, sweepable: p.closingBalance,
        debtRepaid: !p.closingBalance.gt(0), last: i === n - 1
      })
      r.dsraMovement.push(s.dsra.minus(opening.dsra))
      r.dsraDraw.push(o.dsraDraw)
      r.dsraBalance.push(s.dsra)
      r.lcFee.push(o.lcFee)
      r.lcDraw.push(o.lcDraw)
      r.lcRepay.push(o.lcRepay)
      r.lcInterest.push(o.lcInterest)
      r.lcDrawnBalance.push(s.lcDrawn)
      r.mraTarget.push(mraTargets[i]!)
      r.mraBalance.push(s.mra)
      r.mraMovement.push(s.mra.minus(opening.mra))
      r.wcFacilityDraw.push(o.wcDraw)
      r.wcFacilityRepay.push(o.wcRepay)
      r.wcFacilityInterest.push(o.wcInterest)
      r.wcFacilityBalance.push(s.wc)
      r.sponsorSupport.push(o.sponsorSupport)
      r.sweep.push(o.sweep)
      r.lockupTrapped.push(o.trapped)
      r.lockupRelease.push(o.lockupRelease)
      r.lockupBalance.push(s.lockup)
      r.lockupApplied.push(o.fromLockup)
      r.locked.push(o.locked)
      r.testDscr.push(testDscr)
      r.distributions.push(o.distributions)
      r.cashBalance.push(s.dsra.plus(s.mra).plus(s.lockup))
      r.reserveShort.push(s.dsra.lt(terms.dsraCash ? target.minus(unit) : ZERO) || s.lcDrawn.gte(unit) || s.mra.lt(mraTargets[i]!.minus(unit)))
      return o
    }
  }
}

/** The DSRA targets of a debt-service series (§7), zero when the terms hold no DSRA. */
export function dsraTargetsOf(project: Project, debtService: readonly Decimal[], periodMonths: number): Decimal[] {
  const dsra = project.financing.dsra
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent for `months > 0` → `true` / `>= 0`, dsraTargets over 0 months is all zeros (the `||` form, killed, goes with it)
  const dsraOn = dsra.enabled && dsra.months > 0
  return dsraOn ? dsraTargets(debtService, dsra.months, periodMonths) : new Array<Decimal>(debtService.length).fill(ZERO)
}

/**
 * Walk the waterfall (rules/waterfall.ts) over the sized schedule: CFADS and debt service as sized, the
 * DSRA and MRA targets of §7/§11, the lock-up test. Debt service is never changed here, so DSCR, LLCR
 * and project IRR are the schedule's; what moves is how cash reaches equity. (With a cash sweep in the
 * terms the debt service does move: engine/sweep.ts walks schedule and waterfall together instead.)
 */
export function runWaterfall(
  prep: Prepared, cfads: readonly Decimal[], debtService: readonly Decimal[], closingBalance: readonly Decimal[], maintenanceCapex: readonly Decimal[]
): WaterfallResult {
  const { tl, project } = prep
  const C = tl.constructionPeriods
  const targets = dsraTargetsOf(project, debtService, tl.periodMonths)
  const walker = waterfallWalker(prep, maintenanceCapex)
  for (let i = 0; i < tl.count; i++) {
    if (i < C) walker.construction(i, targets[i]!)
    else walker.operating(i, { cfads: cfads[i]!, debtService: debtService[i]!, dsraTarget: targets[i]!, closingBalance: closingBalance[i]! }, cfads, debtService)
  }
  return walker.result
}
