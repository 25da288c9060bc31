import { Decimal, ZERO } from '../decimal'
import { coverDefined } from '../rules/minor-unit'
import type { FinancingResult } from './financing-types'
import type { Timeline } from './timeline'
import type { Metric, Money } from './values'

/** The waterfall's headline figures (§11), beside the v1 metrics. */
export type WaterfallMetrics = {
  /** The largest sponsor support in one period (zero when cash always covers) and where (1-based; null without support). */
  peakSponsorSupport: Money
  peakSponsorSupportPeriod: number | null
  totalSponsorSupport: Money
  /** Operating periods whose distributable cash the lock-up trapped; 'no-term' without a lock-up in the terms. */
  periodsInLockup: Metric
  /** Cash applied to prepay senior debt; 'no-term' without a cash sweep. */
  totalSwept: Metric
  /**
   * The period (1-based) whose closing senior balance is first zero after COD: the final maturity as
   * repaid — earlier than the contractual one when a sweep prepaid the last instalments; null without debt.
   */
  debtRepaidPeriod: number | null
  /**
   * Operating periods with debt service where DSCR < 1.00x or a reserve ended below its target (a cash
   * DSRA or MRA below target, an LC drawn and not reimbursed); 'no-debt' without debt.
   */
  defaultPeriods: Metric
}

export function waterfallMetrics(fin: FinancingResult, tl: Pick<Timeline, 'constructionPeriods' | 'count'>, unit: Decimal, terms: { lockup: boolean; sweep: boolean }): WaterfallMetrics {
  const w = fin.waterfall
  let peak = ZERO
  let peakPeriod: number | null = null
  let total = ZERO
  let locked = 0
  let swept = ZERO
  let defaults = 0
  let repaid: number | null = null
  for (let i = tl.constructionPeriods; i < tl.count; i++) {
    if (repaid === null && fin.totalDebt.gt(0) && !fin.closingBalance[i]!.gt(0)) repaid = i + 1
    const support = w.sponsorSupport[i]!
    total = total.plus(support)
    if (support.gt(peak)) {
      peak = support
      peakPeriod = i + 1
    }
    if (w.locked[i]) locked += 1
    swept = swept.plus(w.sweep[i]!)
    const ds = fin.debtService[i]!
    if (coverDefined(ds, unit) && (fin.cfads[i]!.lt(ds) || w.reserveShort[i])) defaults += 1
  }
  return {
    peakSponsorSupport: peak, peakSponsorSupportPeriod: peakPeriod, totalSponsorSupport: total,
    periodsInLockup: terms.lockup ? { ok: true, value: new Decimal(locked) } : { ok: false, code: 'no-term', reason: 'the financing terms have no lock-up' },
    totalSwept: terms.sweep ? { ok: true, value: swept } : { ok: false, code: 'no-term', reason: 'the financing terms have no cash sweep' },
    debtRepaidPeriod: repaid,
    defaultPeriods: fin.totalDebt.gt(0) ? { ok: true, value: new Decimal(defaults) } : { ok: false, code: 'no-debt', reason: 'no debt' }
  }
}

/**
 * What operations needed before the first repayment (§11: ramp-up losses, the first working-capital
 * build, grace-period interest not covered): sponsor support and facility draws (LC draws included)
 * from COD to the period before the first repayment — the line sources and uses adds beside
 * construction. The whole operating life when there is no debt.
 */
export function fundingBeforeRepayment(fin: FinancingResult, constructionPeriods: number, periodCount: number): { sponsorSupport: Money; facility: Money } {
  const end = fin.firstRepaymentPeriod === null ? periodCount : fin.firstRepaymentPeriod - 1
  let sponsorSupport = ZERO
  let facility = ZERO
  for (let i = constructionPeriods; i < end; i++) {
    sponsorSupport = sponsorSupport.plus(fin.waterfall.sponsorSupport[i]!)
    facility = facility.plus(fin.waterfall.wcFacilityDraw[i]!).plus(fin.waterfall.lcDraw[i]!)
  }
  return { sponsorSupport, facility }
}
