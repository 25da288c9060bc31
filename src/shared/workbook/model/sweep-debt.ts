/**
 * The Debt sheet's rows that only a cash sweep needs (methodology §11; engine/sweep.ts), besides the
 * swept walk in each tranche's block (model/tranche-debt.ts):
 * - the DSRA target on the service as re-profiled: at each period end, the next DSRA_Months of debt
 *   service projected from the balances after this period's scheduled principal (before its sweep) —
 *   interest and hedge cost on the balance, the scheduled instalment capped at it — each later period
 *   at its own rate and FX (engine/sweep.ts `projectService`);
 * - the scheduled walk's tax and CFADS, which a sculpted instalment is set on: the loan as sized, whose
 *   instalments the swept walk repays, is sculpted on the CFADS of its own interest, not the swept one.
 * No row reads a later period's sweep or its own period's closing balance: no circular reference.
 */
import { cfadsOfExcel } from '@shared/rules/cfads'
import { reprofiledPrincipalExcel } from '@shared/rules/sweep'
import { trancheConstructionExcel } from '@shared/engine/tranche-construction'
import { trancheScheduleExcel } from '@shared/engine/tranche-schedule'
import { trancheTermsExcel } from '@shared/engine/tranche-terms'
import type { PeriodCtx, SheetBuilder } from '../grid'
import type { ModelCtx } from './context'
import { writeTaxRows } from './tax'
import { TK, sumTranches } from './tranche-debt'
import { TN } from './tranche-inputs'

/** The periods ahead the swept DSRA target projects, laid out at export (the engine's `coverPeriods`): 0 without a DSRA. */
export function dsraLookahead(ctx: ModelCtx): number {
  const d = ctx.project.financing.dsra
  return d.enabled && d.months > 0 ? Math.ceil(d.months / ctx.project.timeline.periodMonths) : 0
}

/** Row keys of the projection `h` periods ahead (1-based). */
const PJ = { paid: (k: number, h: number) => `t${k}.pj${h}.paid`, bal: (k: number, h: number) => `t${k}.pj${h}.bal`, ds: (h: number) => `pj${h}.ds` }

export function writeSweepDsraRows(ctx: ModelCtx, sh: SheetBuilder) {
  const rep = ctx.project.reportingCurrency
  const tranches = ctx.project.financing.tranches
  const H = dsraLookahead(ctx)
  sh.section('Debt service reserve account (target on the service as re-profiled after each period\'s principal, before its sweep)')
  sh.calc('cumDs', 'Cumulative debt service', rep, (c) => `${c.prev('cumDs')}+${c.at('ds')}`)
  // A later period's cell of a row, by INDEX on the 1-based period (the last period's beyond the end: multiplied by 0 there).
  const ahead = (c: PeriodCtx, key: string, h: number) => `INDEX(${c.span(key)},1,MIN(Total_Periods,${c.at('period')}+${h}))`
  const inside = (c: PeriodCtx, h: number) => `${c.at('period')}+${h}<=Total_Periods`
  for (let h = 1; h <= H; h++) {
    const from = (c: PeriodCtx, k: number) => (h === 1 ? c.at(TK(k, 'afterCcy')) : c.at(PJ.bal(k, h - 1)))
    tranches.forEach((t, k) => {
      sh.calc(PJ.paid(k, h), `Projection, ${h} period${h > 1 ? 's' : ''} ahead: tranche ${k + 1}'s scheduled instalment capped at its balance (${t.currency})`, t.currency,
        (c) => `IF(${inside(c, h)},${reprofiledPrincipalExcel(ahead(c, TK(k, 'scPrincipalCcy'), h), from(c, k), TN(k, 'Minor_Unit'))},0)`)
      sh.calc(PJ.bal(k, h), `Projection, ${h} ahead: tranche ${k + 1}'s balance after it (${t.currency})`, t.currency, (c) => `${from(c, k)}-${c.at(PJ.paid(k, h))}`)
    })
    sh.calc(PJ.ds(h), `Projected debt service ${h} period${h > 1 ? 's' : ''} ahead = Σ (interest + hedge cost on the balance + instalment) ÷ that period's FX`, rep,
      (c) => `IF(${inside(c, h)},${sumTranches(ctx, (k) => trancheTermsExcel.toReporting(
        `(${trancheScheduleExcel.interest('1', from(c, k), ahead(c, TK(k, 'rate'), h))}+${trancheScheduleExcel.hedgeInCurrency(from(c, k), TN(k, 'Hedge_Periodic'))}+${c.at(PJ.paid(k, h))})`,
        ahead(c, TK(k, 'fx'), h)))},0)`)
  }
  // The whole periods, then the part period pro rata (dsraTargets): the h-th period ahead weighs 1, DSRA_Part_Period or 0.
  const weight = (h: number) => `IF(${h}<=DSRA_Full_Periods,1,IF(${h}=DSRA_Full_Periods+1,DSRA_Part_Period,0))`
  sh.calc('dsraTarget', `DSRA target = projected debt service of the next DSRA_Months (a part period pro rata; ${H} period${H === 1 ? '' : 's'} laid out); an LC's face amount the period after`, rep,
    (c) => (H === 0 ? '0' : `IF(${c.at('period')}>=Constr_Periods,${Array.from({ length: H }, (_, i) => `${weight(i + 1)}*${c.at(PJ.ds(i + 1))}`).join('+')},0)`))
  sh.scalar('dsraLookahead', 'Periods of debt service the projection lays out (DSRA_Months beyond them needs a re-export: Checks)', 'periods', () => ({ t: 'n', v: H, style: 'number' }))
  // An LC needs no cash: only a cash DSRA is funded by equity at COD.
  sh.calc('dsraInit', 'Initial DSRA funding by equity (last construction period; a cash DSRA only)', rep, (c) => `${c.at('lastConstr')}*DSRA_Cash*${c.at('dsraTarget')}`, { total: 'sum' })
}

/** The scheduled walk's taxable income, tax (losses carried as the Tax sheet carries them) and CFADS, for sculpted instalments. */
export function writeScheduledTaxRows(ctx: ModelCtx, sh: SheetBuilder) {
  const rep = ctx.project.reportingCurrency
  sh.section('Scheduled walk (as sized, no sweep): tax and CFADS the sculpted instalments are set on')
  sh.calc('sc.deductible', 'Scheduled walk: interest and hedge cost (Σ tranches, translated; deducted for tax)', rep, (c) => `${c.at('op')}*(${sumTranches(ctx, (k) =>
    `${trancheTermsExcel.toReporting(c.at(TK(k, 'scInterestCcy')), c.at(TK(k, 'fx')))}+${trancheConstructionExcel.hedgeCost(c.prev(TK(k, 'scBalCcy')), c.at(TK(k, 'fx')), TN(k, 'Hedge_Periodic'))}`)})`)
  writeTaxRows(ctx, sh, (n) => `sc.${n}`, { ebitda: 'ebitda', depreciation: 'dep', interest: 'sc.deductible' }, false)
  sh.calc('sc.cfads', 'Scheduled walk: CFADS = EBITDA − its tax − ΔWC − maintenance capex', rep, (c) => cfadsOfExcel.inOneRow(c.at('ebitda'), c.at('sc.tax'), c.at('dwc'), c.at('maint')))
}
