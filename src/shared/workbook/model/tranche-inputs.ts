/**
 * The tranches' terms on the Inputs sheet (methodology §10): one block per tranche, every term a lender
 * negotiates as a named input cell (share, rate or base-rate row + margin, fees, premium, tenor, grace,
 * profile, hedge), then the derived per-period terms and the aggregate window the Timeline's flags read.
 * The currency and the kind of rate (fixed or floating) are structure: they decide which FX row and
 * which rate row the Debt sheet lays out.
 */
import type { Tranche } from '@shared/model'
import { minorUnit } from '@shared/rules/minor-unit'
import { trancheTermsExcel } from '@shared/engine/tranche-terms'
import type { SheetBuilder } from '../grid'
import { type ModelCtx, STRUCTURE_NOTE, fx, num, str } from './context'

/** The profiles a tranche's profile cell accepts (a list in the file). */
export const TRANCHE_PROFILES = ['annuity', 'equal', 'sculpted'] as const

/** Defined names of tranche k's (0-based) terms: `Tranche1_Share`, `Tranche1_Rate`, … */
export const TN = (k: number, field: string) => `Tranche${k + 1}_${field}`

const LENDER: Record<Tranche['lenderType'], string> = { eca: 'export credit agency', dfi: 'development finance institution', commercialBank: 'commercial bank', other: 'other lender' }

/** Whether tranche k is in the reporting currency (no FX, nothing to hedge): structure, fixed at export. */
export const inReportingCurrency = (ctx: ModelCtx, t: Tranche) => t.currency === ctx.project.reportingCurrency

export function writeTrancheInputs(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  const tranches = p.financing.tranches
  sh.section(`Senior debt in ${tranches.length} tranche${tranches.length > 1 ? 's' : ''}, pari passu (each tranche's amounts in its own currency; Debt sheet: a block per tranche)`)
  tranches.forEach((t, k) => {
    const name = (f: string) => TN(k, f)
    const label = (s: string) => `Tranche ${k + 1}: ${s}`
    const same = inReportingCurrency(ctx, t)
    sh.scalar(null, label('name'), '', str(t.name, 'text'))
    sh.scalar(null, label('lender'), '', str(LENDER[t.lenderType], 'text'))
    sh.scalar(null, label('currency'), '', str(t.currency, 'text'), undefined, `${STRUCTURE_NOTE} (its FX row and minor unit are laid out for it)`)
    sh.scalar(null, label('share of senior debt'), '%', num(t.share, 'inPct'), name('Share'))
    if (t.interest.kind === 'fixed') {
      sh.scalar(null, label('interest'), '', str('fixed all-in rate', 'text'), undefined, STRUCTURE_NOTE)
      sh.scalar(null, label('all-in interest rate'), '%/yr', num(t.interest.annualRate, 'inPct'), name('Rate'))
    } else {
      sh.scalar(null, label('interest'), '', str('base rate by calendar year + margin', 'text'), undefined, STRUCTURE_NOTE)
      sh.list(name('Base_Years'), label('base rate: calendar year (the latest not after the period\'s applies)'), 'year', t.interest.baseRates.map((x) => num(x.year, 'inYear')))
      sh.list(name('Base_Rates'), label('base rate'), '%/yr', t.interest.baseRates.map((x) => num(x.annualRate, 'inPct')))
      sh.scalar(null, label('margin over the base rate'), '%/yr', num(t.interest.marginAnnualRate, 'inPct'), name('Margin'))
    }
    sh.scalar(null, label('upfront fee on each drawdown'), '%', num(t.upfrontFee, 'inPct'), name('Upfront_Fee'))
    sh.scalar(null, label('commitment fee on the undrawn commitment (construction)'), '%/yr', num(t.commitmentFeeAnnualRate, 'inPct'), name('Commitment_Fee'))
    sh.scalar(null, label('ECA / insurance premium on the commitment (at financial close)'), '%', num(t.ecaPremium, 'inPct'), name('ECA_Premium'))
    sh.scalar(null, label('tenor'), 'years', num(t.tenorYears, 'inNumber'), name('Tenor_Years'))
    sh.scalar(null, label('grace from COD'), 'months', num(t.graceMonths, 'inNumber'), name('Grace_Months'))
    sh.scalar(null, label("repayment profile: 'annuity', 'equal' or 'sculpted'"), '', { ...str(t.repayment, 'inText'), choices: TRANCHE_PROFILES }, name('Profile'))
    if (same) {
      sh.scalar(null, label('hedged'), '1/0', num(0, 'count'), name('Hedged'), `Not used: the tranche is in the reporting currency, nothing to hedge. ${STRUCTURE_NOTE}`)
      sh.scalar(null, label('hedge cost'), '%/yr', num(t.hedge.annualCost, 'pct'), name('Hedge_Cost'), `Not used: the tranche is in the reporting currency. ${STRUCTURE_NOTE}`)
    } else {
      sh.scalar(null, label('hedged by a cross-currency swap: 1 = yes (financial-close FX + hedge cost), 0 = no (each period\'s FX)'), '1/0', num(t.hedge.hedged ? 1 : 0, 'inNumber'), name('Hedged'))
      sh.scalar(null, label('hedge cost on the balance (when hedged)'), '%/yr', num(t.hedge.annualCost, 'inPct'), name('Hedge_Cost'))
    }
    sh.scalar(null, label('minor unit (a balance below it is repaid)'), t.currency, num(minorUnit(t.currency).toString(), 'number'), name('Minor_Unit'), STRUCTURE_NOTE)
    sh.scalar(null, label('tenor periods'), 'periods', fx(`${name('Tenor_Years')}*Months_Per_Year/Period_Months`, 'number'), name('Tenor_Periods'))
    sh.scalar(null, label('first repayment period'), 'period', fx(trancheTermsExcel.firstRepayment(name('Grace_Months')), 'number'), name('First_Period'))
    sh.scalar(null, label('final maturity period'), 'period', fx(trancheTermsExcel.maturity(name('Grace_Months'), name('Tenor_Years')), 'number'), name('Maturity'))
    sh.scalar(null, label('commitment fee per period'), '%/period', fx(trancheTermsExcel.commitmentPeriodic(name('Commitment_Fee')), 'pct'), name('Commit_Periodic'))
    sh.scalar(null, label('hedge cost per period (0 unhedged)'), '%/period', fx(same ? '0' : trancheTermsExcel.hedgePeriodic(name('Hedged'), name('Hedge_Cost')), 'pct'), name('Hedge_Periodic'))
  })
  const all = (f: (k: number) => string) => tranches.map((_, k) => f(k))
  sh.scalar(null, 'Tranche shares added up (Checks: 100 %)', '%', fx(all((k) => TN(k, 'Share')).join('+'), 'pct'), 'Shares_Total')
  sh.scalar(null, 'Blended upfront fee = Σ share × upfront fee', '%', fx(all((k) => `${TN(k, 'Share')}*${TN(k, 'Upfront_Fee')}`).join('+'), 'pct'), 'Fee_Blend')
  // The Timeline's repayment-window and loan-life flags run from the first tranche's first repayment to the last maturity.
  sh.scalar(null, 'Grace periods to the first repayment of any tranche', 'periods', fx(`MIN(${all((k) => TN(k, 'First_Period')).join(',')})-Constr_Periods-1`, 'number'), 'Grace_Periods')
  sh.scalar(null, 'Final maturity (the last tranche\'s)', 'period', fx(`MAX(${all((k) => TN(k, 'Maturity')).join(',')})`, 'number'), 'Maturity_Period')
  sh.scalar(null, 'Repayment window: first repayment of any tranche to the final maturity', 'periods', fx('Maturity_Period-Constr_Periods-Grace_Periods', 'number'), 'Tenor_Periods')
}
