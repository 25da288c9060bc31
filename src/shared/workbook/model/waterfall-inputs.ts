/**
 * The cash waterfall's terms on the Inputs sheet (methodology §11): every mechanism as named input
 * cells holding a neutral value when the project has it off (a cash DSRA, no facility, no MRA, no
 * lock-up), so an analyst switches one on in the file and the Cash flow sheet follows.
 */
import type { WaterfallExcelNames } from '@shared/rules/waterfall'
import type { SheetBuilder } from '../grid'
import { type ModelCtx, fx, num } from './context'

/** The names the Cash flow sheet's waterfall reads (rates per period). */
export const WATERFALL_NAMES: WaterfallExcelNames = {
  dsraCash: 'DSRA_Cash', lcFeeRate: 'DSRA_LC_Fee_Periodic', lcDrawRate: 'DSRA_LC_Draw_Periodic',
  wcLimit: 'WC_Limit', wcRate: 'WC_Periodic',
  lockupOn: 'Lockup_On', lockupRatio: 'Lockup_DSCR', releaseAfterPeriods: 'Lockup_Release_Periods'
}

/** The cash sweep's terms (laid out only when the project has a sweep: it re-walks the debt, a structure). */
export const SWEEP_NAMES = { share: 'Sweep_Share', every: 'Sweep_Every_Period', trigger: 'Sweep_Trigger' }
/** 0 = pro rata to the tranches' balances; k = into tranche k first (the rest pro rata). */
export const SWEEP_TRANCHE = 'Sweep_Tranche'

export function writeWaterfallInputs(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  const { dsra, waterfall } = p.financing
  const wc = waterfall?.wcFacility
  const lockup = waterfall?.lockup
  const ccy = p.reportingCurrency
  sh.section('Cash waterfall (§11): each mechanism off at its neutral value; switch it on here')
  sh.scalar(null, 'DSRA held in cash (1) or by a letter of credit (0)', '1/0', num(dsra.form === 'lc' ? 0 : 1, 'inNumber'), 'DSRA_Cash')
  sh.scalar(null, 'DSRA letter of credit: fee on its face amount (the DSRA target)', '%/yr', num(dsra.lcFeeRate ?? '0', 'inPct'), 'DSRA_LC_Fee')
  sh.scalar(null, 'DSRA letter of credit: interest on amounts drawn', '%/yr', num(dsra.lcDrawRate ?? '0', 'inPct'), 'DSRA_LC_Draw_Rate')
  sh.scalar(null, 'MRA: months of maintenance capex ahead (0 = no MRA)', 'months', num(waterfall?.mraMonths ?? 0, 'inNumber'), 'MRA_Months')
  sh.scalar(null, 'Working-capital facility: limit (0 = no facility)', ccy, num(wc?.limit ?? '0', 'inMoney'), 'WC_Limit')
  sh.scalar(null, 'Working-capital facility: interest', '%/yr', num(wc?.rate ?? '0', 'inPct'), 'WC_Rate')
  sh.scalar(null, 'Lock-up in the terms (1) or not (0)', '1/0', num(lockup ? 1 : 0, 'inNumber'), 'Lockup_On')
  // Off, the ratio shown is the lender's lock-up covenant: switching the lock-up on then applies it.
  sh.scalar(null, 'Lock-up: distributions trapped while the test DSCR is below', 'x', num(lockup?.dscr ?? p.lender.lockupDscr, 'inRatio'), 'Lockup_DSCR')
  sh.scalar(null, 'Lock-up test: trailing 12 months (1) or the period (0)', '1/0', num(lockup?.test === 'trailing-12m' ? 1 : 0, 'inNumber'), 'Lockup_Trailing')
  sh.scalar(null, 'Lock-up: consecutive passes that release the trapped cash', 'periods', num(lockup?.releaseAfterPeriods ?? 1, 'inNumber'), 'Lockup_Release_Periods')
  const sweep = waterfall?.sweep
  if (sweep) {
    const chosen = sweep.allocation === 'pro-rata' ? 0 : p.financing.tranches.findIndex((t) => t.id === sweep.allocation) + 1
    sh.scalar(null, 'Cash sweep: share of the cash left after reserves and the facility that prepays senior debt', '%', num(sweep.share, 'inPct'), SWEEP_NAMES.share)
    sh.scalar(null, 'Cash sweep in every period (1) or only while the test DSCR is below the trigger (0)', '1/0', num(sweep.trigger === null ? 1 : 0, 'inNumber'), SWEEP_NAMES.every)
    // Sweeping every period, the trigger shown is the lock-up ratio: switching to a trigger then reads it.
    sh.scalar(null, 'Cash sweep trigger: swept while the test DSCR (the lock-up test\'s) is below', 'x', num(sweep.trigger ?? lockup?.dscr ?? p.lender.lockupDscr, 'inRatio'), SWEEP_NAMES.trigger)
    sh.scalar(null, `Cash sweep into tranche (1–${p.financing.tranches.length}; 0 = pro rata to the balances after principal)`, '#', num(chosen, 'inNumber'), SWEEP_TRANCHE)
  }
  const perPeriod = (annual: string) => fx(`${annual}*Period_Months/Months_Per_Year`, 'pct')
  sh.scalar(null, 'DSRA letter of credit: fee per period', '%/period', perPeriod('DSRA_LC_Fee'), 'DSRA_LC_Fee_Periodic')
  sh.scalar(null, 'DSRA letter of credit: draw interest per period', '%/period', perPeriod('DSRA_LC_Draw_Rate'), 'DSRA_LC_Draw_Periodic')
  sh.scalar(null, 'Working-capital facility: interest per period', '%/period', perPeriod('WC_Rate'), 'WC_Periodic')
  sh.scalar(null, 'MRA: whole periods of maintenance capex', 'periods', fx('INT(MRA_Months/Period_Months)', 'number'), 'MRA_Full_Periods')
  sh.scalar(null, 'MRA: share of the following period', 'x', fx('MRA_Months/Period_Months-MRA_Full_Periods', 'factor'), 'MRA_Part_Period')
  // The engine's trailing window: the periods ending in the last 12 months (at least the period itself).
  sh.scalar(null, 'Lock-up test: periods the test DSCR sums', 'periods', fx('IF(Lockup_Trailing=1,MAX(1,INT(Months_Per_Year/Period_Months)),1)', 'number'), 'Lockup_Test_Periods')
}

/** The terms spelled as the model reads them: flags 1 or 0, whole months and periods (Checks sheet); the sweep's when laid out (`tranches`: how many). */
export const waterfallInputsValid = (sweepTranches?: number): string =>
  'AND(OR(DSRA_Cash=0,DSRA_Cash=1),OR(Lockup_On=0,Lockup_On=1),OR(Lockup_Trailing=0,Lockup_Trailing=1),' +
  'MRA_Months>=0,INT(MRA_Months)=MRA_Months,Lockup_Release_Periods>=1,INT(Lockup_Release_Periods)=Lockup_Release_Periods,WC_Limit>=0' +
  (sweepTranches === undefined ? ')'
    : `,${SWEEP_NAMES.share}>=0,${SWEEP_NAMES.share}<=1,OR(${SWEEP_NAMES.every}=0,${SWEEP_NAMES.every}=1),${SWEEP_TRANCHE}>=0,${SWEEP_TRANCHE}<=${sweepTranches},INT(${SWEEP_TRANCHE})=${SWEEP_TRANCHE})`)
