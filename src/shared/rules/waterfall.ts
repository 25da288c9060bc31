import type { Decimal } from '../decimal'
import { ZERO } from '../decimal'
import { coverDefined, coverDefinedFloat } from './minor-unit'

/**
 * One operating period of the cash waterfall (methodology §11), in the order a term sheet writes it:
 *
 * 1. CFADS pays senior debt service (interest, hedge cost, principal as scheduled), then the senior
 *    fees of the waterfall's own facilities: the DSRA letter of credit's fee (on the LC's face amount
 *    during the period, the DSRA target set at the end of the previous period), interest on LC draws
 *    and interest on the working-capital facility (both on their opening balances).
 * 2. A shortfall is funded explicitly, in order: cash trapped in the lock-up account (it is the
 *    project's cash), the DSRA — cash drawn, or the LC drawn — for debt service only, the
 *    working-capital facility up to its limit, then sponsor support (standby equity). Nothing is ever
 *    funded by a negative distribution.
 * 3. DSRA: LC draws are reimbursed first; a cash DSRA is then topped up to its target from the cash
 *    left (never from the facility or the sponsor: a reserve below target is refilled from later cash
 *    and the period counts as a default period) or released above it (zero target after maturity =
 *    full release).
 * 4. MRA: drawn for this period's maintenance capex (already paid inside CFADS, so the draw returns
 *    cash), then topped up towards the next months' maintenance from the cash left, or released above
 *    its target.
 * 5. The working-capital facility is repaid from the cash left (in the project's last period the
 *    facility and any LC draw are cleared in full, by sponsor support where cash falls short).
 * 6. Cash sweep: `share` of the cash left prepays senior debt — in every period, or only while the
 *    test DSCR is below the trigger — up to the debt still outstanding after this period's principal.
 * 7. Lock-up: when the test DSCR is below the lock-up ratio, the cash left is trapped; once the test
 *    has been met for `releaseAfterPeriods` consecutive periods (or the debt is repaid), the trapped
 *    cash is released to distributions.
 * 8. Distributions: what is left, never negative.
 *
 * The Decimal form is the engine's (engine/waterfall.ts); the float form is the Monte Carlo path's
 * (analysis/monte-carlo/fast-eval.ts). `tests/shared/rules/waterfall.test.ts` holds them to each other.
 */

/** The waterfall's terms, rates already per period. A missing facility is null. */
export type WaterfallTerms<N> = {
  /** DSRA held in cash (false: none, or a letter of credit). */
  dsraCash: boolean
  lc: { feeRate: N; drawRate: N } | null
  wc: { limit: N; rate: N } | null
  lockup: { ratio: N; releaseAfterPeriods: number } | null
  sweep: { share: N; trigger: N | null } | null
}

/** Balances carried from one period to the next (all start at zero but the DSRA, funded at COD). */
export type WaterfallState<N> = { dsra: N; lcDrawn: N; mra: N; lockup: N; wc: N; passStreak: number }

/** What the period brings: CFADS, debt service, reserve targets at the period's end, the tests. */
export type WaterfallIn<N> = {
  cfads: N
  debtService: N
  /** DSRA target at the end of this period (the LC's face amount for the next period). */
  dsraTarget: N
  /** The LC's face amount during this period (the target set at the end of the previous one). */
  lcAmount: N
  mraTarget: N
  maintenance: N
  /** The DSCR the sweep trigger and the lock-up test read (period or trailing); null = no test this period (no debt service). */
  testDscr: N | null
  /** Senior debt still owed after this period's scheduled principal: the most a sweep can prepay. */
  sweepable: N
  /** The debt is repaid by the end of this period: the lock-up account is released. */
  debtRepaid: boolean
  /** The project's last period: the facility and LC draws are cleared, by the sponsor where cash falls short. */
  last: boolean
}

export type WaterfallOut<N> = {
  lcFee: N; lcInterest: N; wcInterest: N
  fromLockup: N; dsraDraw: N; lcDraw: N; wcDraw: N; sponsorSupport: N
  lcRepay: N; dsraTopUp: N; dsraRelease: N
  mraDraw: N; mraTopUp: N; mraRelease: N
  wcRepay: N; sweep: N
  trapped: N; lockupRelease: N; locked: boolean
  distributions: N
}

const dmin = (a: Decimal, b: Decimal) => (a.lt(b) ? a : b)
const dpos = (a: Decimal) => (a.gt(0) ? a : ZERO)

/** The Decimal form. Mutates `s` to the period-end balances. */
export function waterfallStep(t: WaterfallTerms<Decimal>, s: WaterfallState<Decimal>, p: WaterfallIn<Decimal>): WaterfallOut<Decimal> {
  const lcFee = t.lc ? p.lcAmount.times(t.lc.feeRate) : ZERO
  const lcInterest = t.lc ? s.lcDrawn.times(t.lc.drawRate) : ZERO
  const wcInterest = t.wc ? s.wc.times(t.wc.rate) : ZERO
  let cash = p.cfads.minus(p.debtService).minus(lcFee).minus(lcInterest).minus(wcInterest)
  // 2. Shortfall: lock-up cash, the DSRA for debt service only, the facility, the sponsor.
  const fromLockup = cash.isNegative() ? dmin(s.lockup, cash.negated()) : ZERO
  s.lockup = s.lockup.minus(fromLockup)
  cash = cash.plus(fromLockup)
  const serviceGap = cash.isNegative() ? dmin(cash.negated(), p.debtService) : ZERO
  const dsraDraw = t.dsraCash ? dmin(s.dsra, serviceGap) : ZERO
  s.dsra = s.dsra.minus(dsraDraw)
  const lcDraw = t.lc ? dmin(dpos(p.lcAmount.minus(s.lcDrawn)), serviceGap.minus(dsraDraw)) : ZERO
  s.lcDrawn = s.lcDrawn.plus(lcDraw)
  cash = cash.plus(dsraDraw).plus(lcDraw)
  const wcDraw = t.wc && cash.isNegative() ? dmin(cash.negated(), dpos(t.wc.limit.minus(s.wc))) : ZERO
  s.wc = s.wc.plus(wcDraw)
  cash = cash.plus(wcDraw)
  const sponsorSupport = cash.isNegative() ? cash.negated() : ZERO
  cash = cash.plus(sponsorSupport)
  // 3. DSRA: reimburse the LC, then top up or release the cash reserve.
  let lcRepay = dmin(cash, s.lcDrawn)
  s.lcDrawn = s.lcDrawn.minus(lcRepay)
  cash = cash.minus(lcRepay)
  let dsraTopUp = ZERO
  let dsraRelease = ZERO
  if (t.dsraCash) {
    if (p.dsraTarget.gt(s.dsra)) dsraTopUp = dmin(cash, p.dsraTarget.minus(s.dsra))
    else dsraRelease = s.dsra.minus(p.dsraTarget)
    s.dsra = s.dsra.plus(dsraTopUp).minus(dsraRelease)
    cash = cash.minus(dsraTopUp).plus(dsraRelease)
  }
  // 4. MRA: drawn for the maintenance spent, then topped up or released to its target.
  const mraDraw = dmin(s.mra, p.maintenance)
  s.mra = s.mra.minus(mraDraw)
  cash = cash.plus(mraDraw)
  let mraTopUp = ZERO
  let mraRelease = ZERO
  if (p.mraTarget.gt(s.mra)) mraTopUp = dmin(cash, p.mraTarget.minus(s.mra))
  else mraRelease = s.mra.minus(p.mraTarget)
  s.mra = s.mra.plus(mraTopUp).minus(mraRelease)
  cash = cash.minus(mraTopUp).plus(mraRelease)
  // 5. The facility is repaid before anything reaches equity.
  let wcRepay = dmin(cash, s.wc)
  s.wc = s.wc.minus(wcRepay)
  cash = cash.minus(wcRepay)
  let finalSupport = ZERO
  let lcFinal = ZERO
  if (p.last) {
    // Nothing outlives the project: what cash cannot clear, the sponsor does.
    finalSupport = s.wc.plus(s.lcDrawn)
    wcRepay = wcRepay.plus(s.wc)
    lcFinal = s.lcDrawn
    s.wc = ZERO
    s.lcDrawn = ZERO
  }
  // 6. Sweep.
  const sweepOn = t.sweep !== null && (t.sweep.trigger === null || (p.testDscr !== null && p.testDscr.lt(t.sweep.trigger)))
  const sweep = sweepOn ? dmin(cash.times(t.sweep!.share), dpos(p.sweepable)) : ZERO
  cash = cash.minus(sweep)
  // 7. Lock-up.
  const locked = t.lockup !== null && !p.debtRepaid && p.testDscr !== null && p.testDscr.lt(t.lockup.ratio)
  let trapped = ZERO
  let lockupRelease = ZERO
  if (locked) {
    trapped = cash
    s.lockup = s.lockup.plus(cash)
    cash = ZERO
    s.passStreak = 0
  } else {
    s.passStreak += 1
    if (p.debtRepaid || t.lockup === null || s.passStreak >= t.lockup.releaseAfterPeriods) {
      lockupRelease = s.lockup
      s.lockup = ZERO
      cash = cash.plus(lockupRelease)
    }
  }
  lcRepay = lcRepay.plus(lcFinal)
  return {
    lcFee, lcInterest, wcInterest, fromLockup, dsraDraw, lcDraw, wcDraw, sponsorSupport: sponsorSupport.plus(finalSupport), lcRepay, dsraTopUp, dsraRelease,
    mraDraw, mraTopUp, mraRelease, wcRepay, sweep, trapped, lockupRelease, locked, distributions: cash
  }
}

/** The float form (Monte Carlo), the same steps on numbers. Mutates `s`. */
export function waterfallStepFloat(t: WaterfallTerms<number>, s: WaterfallState<number>, p: WaterfallIn<number>): WaterfallOut<number> {
  const lcFee = t.lc ? p.lcAmount * t.lc.feeRate : 0
  const lcInterest = t.lc ? s.lcDrawn * t.lc.drawRate : 0
  const wcInterest = t.wc ? s.wc * t.wc.rate : 0
  let cash = p.cfads - p.debtService - lcFee - lcInterest - wcInterest
  // Stryker disable next-line EqualityOperator: equivalent, at cash = 0 the branch gives min(lockup, 0) = 0 too (the same holds for the three tests below)
  const fromLockup = cash < 0 ? Math.min(s.lockup, -cash) : 0
  s.lockup -= fromLockup
  cash += fromLockup
  // Stryker disable next-line EqualityOperator: equivalent, see above
  const serviceGap = cash < 0 ? Math.min(-cash, p.debtService) : 0
  const dsraDraw = t.dsraCash ? Math.min(s.dsra, serviceGap) : 0
  s.dsra -= dsraDraw
  const lcDraw = t.lc ? Math.min(Math.max(p.lcAmount - s.lcDrawn, 0), serviceGap - dsraDraw) : 0
  s.lcDrawn += lcDraw
  cash += dsraDraw + lcDraw
  // Stryker disable next-line EqualityOperator: equivalent, see above
  const wcDraw = t.wc && cash < 0 ? Math.min(-cash, Math.max(t.wc.limit - s.wc, 0)) : 0
  s.wc += wcDraw
  cash += wcDraw
  // Stryker disable next-line EqualityOperator: equivalent, see above
  const sponsorSupport = cash < 0 ? -cash : 0
  cash += sponsorSupport
  let lcRepay = Math.min(cash, s.lcDrawn)
  s.lcDrawn -= lcRepay
  cash -= lcRepay
  let dsraTopUp = 0
  let dsraRelease = 0
  if (t.dsraCash) {
    // Stryker disable next-line EqualityOperator: equivalent, at target = balance both branches move nothing
    if (p.dsraTarget > s.dsra) dsraTopUp = Math.min(cash, p.dsraTarget - s.dsra)
    else dsraRelease = s.dsra - p.dsraTarget
    s.dsra += dsraTopUp - dsraRelease
    cash += dsraRelease - dsraTopUp
  }
  const mraDraw = Math.min(s.mra, p.maintenance)
  s.mra -= mraDraw
  cash += mraDraw
  let mraTopUp = 0
  let mraRelease = 0
  // Stryker disable next-line EqualityOperator: equivalent, at target = balance both branches move nothing
  if (p.mraTarget > s.mra) mraTopUp = Math.min(cash, p.mraTarget - s.mra)
  else mraRelease = s.mra - p.mraTarget
  s.mra += mraTopUp - mraRelease
  cash += mraRelease - mraTopUp
  let wcRepay = Math.min(cash, s.wc)
  s.wc -= wcRepay
  cash -= wcRepay
  let finalSupport = 0
  let lcFinal = 0
  if (p.last) {
    finalSupport = s.wc + s.lcDrawn
    wcRepay += s.wc
    lcFinal = s.lcDrawn
    s.wc = 0
    s.lcDrawn = 0
  }
  const sweepOn = t.sweep !== null && (t.sweep.trigger === null || (p.testDscr !== null && p.testDscr < t.sweep.trigger))
  const sweep = sweepOn ? Math.min(cash * t.sweep!.share, Math.max(p.sweepable, 0)) : 0
  cash -= sweep
  const locked = t.lockup !== null && !p.debtRepaid && p.testDscr !== null && p.testDscr < t.lockup.ratio
  let trapped = 0
  let lockupRelease = 0
  if (locked) {
    trapped = cash
    s.lockup += cash
    cash = 0
    s.passStreak = 0
  } else {
    s.passStreak += 1
    if (p.debtRepaid || t.lockup === null || s.passStreak >= t.lockup.releaseAfterPeriods) {
      lockupRelease = s.lockup
      s.lockup = 0
      cash += lockupRelease
    }
  }
  lcRepay += lcFinal
  return {
    lcFee, lcInterest, wcInterest, fromLockup, dsraDraw, lcDraw, wcDraw, sponsorSupport: sponsorSupport + finalSupport, lcRepay, dsraTopUp, dsraRelease,
    mraDraw, mraTopUp, mraRelease, wcRepay, sweep, trapped, lockupRelease, locked, distributions: cash
  }
}

/** Periods a lock-up test reads: one, or those ending in the last 12 months (at least one). */
export const lockupSpan = (test: 'period' | 'trailing-12m', periodMonths: number): number => (test === 'period' ? 1 : Math.max(1, Math.round(12 / periodMonths)))

/**
 * The DSCR a lock-up test (and a sweep trigger) reads in operating period i: CFADS / debt service over
 * the `span` periods ending at i, operating periods only (from `firstOperating`); null when that debt
 * service is below one minor unit (no test). Decimal form (engine/waterfall.ts).
 */
export function testDscr(i: number, span: number, firstOperating: number, cfads: readonly Decimal[], debtService: readonly Decimal[], unit: Decimal): Decimal | null {
  let c = ZERO
  let ds = ZERO
  for (let j = Math.max(firstOperating, i - span + 1); j <= i; j++) {
    c = c.plus(cfads[j]!)
    ds = ds.plus(debtService[j]!)
  }
  return coverDefined(ds, unit) ? c.div(ds) : null
}

/** The float form (Monte Carlo). */
export function testDscrFloat(i: number, span: number, firstOperating: number, cfads: ArrayLike<number>, debtService: ArrayLike<number>, unit: number): number | null {
  let c = 0
  let ds = 0
  for (let j = Math.max(firstOperating, i - span + 1); j <= i; j++) {
    c += cfads[j]!
    ds += debtService[j]!
  }
  return coverDefinedFloat(ds, unit) ? c / ds : null
}

/**
 * The Excel form (the workbook's Cash flow sheet): one row per line of the step, in the step's order,
 * each a formula of this period's cells and the previous period's balances. Every line is written as
 * a non-negative amount with MIN/MAX where the Decimal form branches, so the sheet needs no IF on a
 * sign and an analyst reads each draw, top-up and release on its own row. The terms are defined names
 * on the Inputs sheet, each neutral when its mechanism is off (no LC: DSRA_Cash = 1; no facility:
 * limit 0; no MRA: 0 months; no lock-up: Lockup_On = 0), so a mechanism switched on in the file is
 * followed live. `tests/shared/rules/waterfall-excel.test.ts` holds this form to the Decimal one.
 */
export const WATERFALL_EXCEL_ROWS = [
  'lcFee', 'lcInterest', 'wcInterest', 'cashAvailable', 'fromLockup', 'serviceGap', 'dsraDraw', 'lcDraw', 'wcDraw', 'support', 'cashFunded',
  'lcRepay', 'dsraTopUp', 'dsraRelease', 'dsraBal', 'dsraMove', 'cashAfterDsra',
  'mraDraw', 'mraTopUp', 'mraRelease', 'mraBal', 'cashAfterMra',
  'wcRepay', 'clearWc', 'clearLc', 'wcBal', 'lcBal', 'cashAfterWc',
  'locked', 'passStreak', 'trapped', 'lockupRelease', 'lockupBal', 'distributions', 'sponsorSupport'
] as const
/** The rows with a cash sweep in the terms: step 6, `sweep`, between the facility and the lock-up. */
export const WATERFALL_EXCEL_ROWS_SWEEP = [...WATERFALL_EXCEL_ROWS.slice(0, WATERFALL_EXCEL_ROWS.indexOf('cashAfterWc') + 1), 'sweep', ...WATERFALL_EXCEL_ROWS.slice(WATERFALL_EXCEL_ROWS.indexOf('cashAfterWc') + 1)] as const
export type WaterfallExcelRow = (typeof WATERFALL_EXCEL_ROWS_SWEEP)[number]
/** The rows a waterfall lays out: the sweep's only when the terms have one (a file without keeps its layout). */
export const waterfallExcelRows = (sweep: boolean): readonly WaterfallExcelRow[] => (sweep ? WATERFALL_EXCEL_ROWS_SWEEP : WATERFALL_EXCEL_ROWS)

/** The terms as defined names (rates per period). */
export type WaterfallExcelNames = {
  /** 1 = a cash DSRA, 0 = a letter of credit. */
  dsraCash: string; lcFeeRate: string; lcDrawRate: string
  wcLimit: string; wcRate: string
  /** 1 = lock-up in the terms. */
  lockupOn: string; lockupRatio: string; releaseAfterPeriods: string
  /**
   * The cash sweep (step 6), when the terms have one: the share of the cash left that is swept, 1 to
   * sweep in every period or 0 to sweep only while the test DSCR is below `trigger`.
   */
  sweep?: { share: string; every: string; trigger: string }
}

/** This period's cells the step reads (flags 1/0; `testDscr` a number or text where no test applies). */
export type WaterfallExcelIn = {
  op: string; last: string; cfads: string; debtService: string
  dsraTarget: string; lcAmount: string; dsraInitialFunding: string
  mraTarget: string; maintenance: string; testDscr: string
  /** Senior debt owed after this period's scheduled principal (before any sweep): the lock-up's "debt repaid" and the most a sweep prepays. */
  closingDebt: string
}

/** The previous period's closing balances. */
export type WaterfallExcelOpening = { dsra: string; lcDrawn: string; mra: string; wc: string; lockup: string; passStreak: string }

/**
 * The formulas of one period column: `at(row)` is this period's cell of another row of the step.
 * Returned in the step's order, so a sheet written in this order reads top to bottom as the term sheet.
 */
export function waterfallExcel(x: WaterfallExcelIn, open: WaterfallExcelOpening, at: (row: WaterfallExcelRow) => string, n: WaterfallExcelNames): [WaterfallExcelRow, string][] {
  const lcOn = `(1-${n.dsraCash})`
  // The cash the lock-up and equity share: after the sweep where the terms have one (the same text as before otherwise).
  const left = n.sweep ? `(${at('cashAfterWc')}-${at('sweep')})` : at('cashAfterWc')
  const r: Record<WaterfallExcelRow, string> = {
    // 1. Senior debt service, then the waterfall's own fees: the LC's on its face amount, interest on LC draws and on the facility (opening balances).
    lcFee: `${x.op}*${lcOn}*${x.lcAmount}*${n.lcFeeRate}`,
    lcInterest: `${open.lcDrawn}*${n.lcDrawRate}`,
    wcInterest: `${open.wc}*${n.wcRate}`,
    cashAvailable: `${x.op}*(${x.cfads}-${x.debtService}-${at('lcFee')}-${at('lcInterest')}-${at('wcInterest')})`,
    // 2. A shortfall: lock-up cash, then the DSRA (cash or LC) for debt service only, the facility to its limit, the sponsor.
    fromLockup: `MIN(${open.lockup},MAX(0,-${at('cashAvailable')}))`,
    serviceGap: `MIN(MAX(0,-(${at('cashAvailable')}+${at('fromLockup')})),${x.debtService})`,
    dsraDraw: `${n.dsraCash}*MIN(${open.dsra},${at('serviceGap')})`,
    lcDraw: `${lcOn}*MIN(MAX(${x.lcAmount}-${open.lcDrawn},0),${at('serviceGap')}-${at('dsraDraw')})`,
    wcDraw: `MIN(MAX(0,-(${at('cashAvailable')}+${at('fromLockup')}+${at('dsraDraw')}+${at('lcDraw')})),MAX(${n.wcLimit}-${open.wc},0))`,
    support: `MAX(0,-(${at('cashAvailable')}+${at('fromLockup')}+${at('dsraDraw')}+${at('lcDraw')}+${at('wcDraw')}))`,
    cashFunded: `${at('cashAvailable')}+${at('fromLockup')}+${at('dsraDraw')}+${at('lcDraw')}+${at('wcDraw')}+${at('support')}`,
    // 3. DSRA: LC draws reimbursed first, then a cash DSRA topped up from cash only, or released above its target.
    lcRepay: `MIN(${at('cashFunded')},${open.lcDrawn}+${at('lcDraw')})`,
    dsraTopUp: `${n.dsraCash}*MIN(${at('cashFunded')}-${at('lcRepay')},MAX(${x.dsraTarget}-(${open.dsra}-${at('dsraDraw')}),0))`,
    dsraRelease: `${n.dsraCash}*MAX(${open.dsra}-${at('dsraDraw')}-${x.dsraTarget},0)`,
    // The first target is funded by equity in the last construction period (the Debt sheet's initial funding).
    dsraBal: `${open.dsra}-${at('dsraDraw')}+${at('dsraTopUp')}-${at('dsraRelease')}+${x.dsraInitialFunding}`,
    dsraMove: `${x.op}*(${at('dsraBal')}-${open.dsra})`,
    cashAfterDsra: `${at('cashFunded')}-${at('lcRepay')}-${at('dsraTopUp')}+${at('dsraRelease')}`,
    // 4. MRA: drawn for the maintenance spent (paid inside CFADS), topped up from cash or released to its target.
    mraDraw: `MIN(${open.mra},${x.maintenance})`,
    mraTopUp: `MIN(${at('cashAfterDsra')}+${at('mraDraw')},MAX(${x.mraTarget}-(${open.mra}-${at('mraDraw')}),0))`,
    mraRelease: `MAX(${open.mra}-${at('mraDraw')}-${x.mraTarget},0)`,
    mraBal: `${open.mra}-${at('mraDraw')}+${at('mraTopUp')}-${at('mraRelease')}`,
    cashAfterMra: `${at('cashAfterDsra')}+${at('mraDraw')}-${at('mraTopUp')}+${at('mraRelease')}`,
    // 5. The facility repaid from cash; in the last period what cash cannot clear of the facility and the LC, the sponsor does.
    wcRepay: `MIN(${at('cashAfterMra')},${open.wc}+${at('wcDraw')})`,
    clearWc: `${x.last}*(${open.wc}+${at('wcDraw')}-${at('wcRepay')})`,
    clearLc: `${x.last}*(${open.lcDrawn}+${at('lcDraw')}-${at('lcRepay')})`,
    wcBal: `${open.wc}+${at('wcDraw')}-${at('wcRepay')}-${at('clearWc')}`,
    lcBal: `${open.lcDrawn}+${at('lcDraw')}-${at('lcRepay')}-${at('clearLc')}`,
    cashAfterWc: `${at('cashAfterMra')}-${at('wcRepay')}`,
    // 6. The sweep: its share of the cash left, in every period or while the test DSCR misses the trigger, up to the debt owed.
    // Stryker disable next-line StringLiteral: equivalent, without a sweep the row is not laid out (waterfallExcelRows(false) omits it), so this text is never read
    sweep: n.sweep ? sweepExcel(at('cashAfterWc'), x.testDscr, x.closingDebt, n.sweep) : '0',
    // 7. Lock-up: below the ratio while debt is owed, the cash left after the sweep is trapped;
    // released after the passes the terms ask, once the debt is repaid, or at once without a lock-up.
    locked: `IF(ISNUMBER(${x.testDscr}),IF(AND(${x.op}=1,${n.lockupOn}=1,${x.closingDebt}>0,${x.testDscr}<${n.lockupRatio}),1,0),0)`,
    passStreak: `${x.op}*IF(${at('locked')}=1,0,${open.passStreak}+1)`,
    trapped: `${at('locked')}*${left}`,
    lockupRelease: `IF(${at('locked')}=1,0,IF(OR(${x.closingDebt}<=0,${n.lockupOn}=0,${at('passStreak')}>=${n.releaseAfterPeriods}),${open.lockup}-${at('fromLockup')},0))`,
    lockupBal: `${open.lockup}-${at('fromLockup')}+${at('trapped')}-${at('lockupRelease')}`,
    // 8. What is left, never negative; sponsor support counts the last period's clearing too.
    distributions: `${left}-${at('trapped')}+${at('lockupRelease')}`,
    sponsorSupport: `${at('support')}+${at('clearWc')}+${at('clearLc')}`
  }
  return waterfallExcelRows(n.sweep !== undefined).map((k) => [k, r[k]])
}

/**
 * Step 6 in its Excel form (the Decimal form above: `sweepOn`, then `min(cash × share, max(sweepable, 0))`):
 * the test DSCR is text where no test applies (no debt service), which a trigger never fires on.
 */
export const sweepExcel = (cash: string, testDscr: string, sweepable: string, n: NonNullable<WaterfallExcelNames['sweep']>): string =>
  `IF(OR(${n.every}=1,IF(ISNUMBER(${testDscr}),${testDscr}<${n.trigger},FALSE)),MIN(${cash}*${n.share},MAX(${sweepable},0)),0)`

/**
 * The cash of one period column in and out of the waterfall, which must net to zero: CFADS and every
 * source (lock-up cash, reserve draws and releases, facility draw, sponsor support) less debt service,
 * the fees, reimbursements, top-ups, repayments, the sweep (`sweep`: the terms have one), cash trapped and
 * distributions. A Checks row.
 */
export const waterfallResidualExcel = (x: Pick<WaterfallExcelIn, 'op' | 'cfads' | 'debtService'>, at: (row: WaterfallExcelRow) => string, sweep: boolean): string =>
  `${x.op}*(${x.cfads}+${['fromLockup', 'dsraDraw', 'lcDraw', 'wcDraw', 'sponsorSupport', 'dsraRelease', 'mraDraw', 'mraRelease', 'lockupRelease'].map((k) => at(k as WaterfallExcelRow)).join('+')}` +
  `-${x.debtService}-${['lcFee', 'lcInterest', 'wcInterest', 'lcRepay', 'clearLc', 'dsraTopUp', 'mraTopUp', 'wcRepay', 'clearWc', ...(sweep ? ['sweep'] : []), 'trapped', 'distributions'].map((k) => at(k as WaterfallExcelRow)).join('-')})`

/**
 * The lock-up test's CFADS or debt service (engine/waterfall.ts lockupTestDscr): the period's, or the
 * sum over the trailing `testPeriods` operating periods, read off a cumulative row of operating
 * periods (INDEX on the 1-based period; non-volatile, no SUMIFS, so Gnumeric and the evaluator read it).
 */
export const lockupTestSumExcel = (trailing: string, op: string, own: string, cumulative: string, cumulativeRow: string, period: string, testPeriods: string): string =>
  `IF(${trailing}=1,${cumulative}-IF(${period}>${testPeriods},INDEX(${cumulativeRow},1,${period}-${testPeriods}),0),${op}*${own})`
