/**
 * The Debt sheet with tranches (methodology §10): the construction funding of all tranches, then a
 * block per tranche — the FX it is translated at, its rate, drawdowns in its currency, IDC, commitment
 * fee, ECA premium, upfront fee, hedge cost, interest, principal and balance in its currency and in the
 * reporting currency — then the aggregate the Tax, Cash flow, Metrics and Checks sheets read, and the
 * DSRA. Every formula is the engine's rule in its Excel form (engine/tranche-*.ts). The commitments and
 * the sculpting ratios come from the Sizing sheet (model/tranche-sizing.ts).
 */
import { trancheConstructionExcel } from '@shared/engine/tranche-construction'
import { tranchePlanExcel } from '@shared/engine/tranche-plan'
import { trancheScheduleExcel } from '@shared/engine/tranche-schedule'
import { trancheTermsExcel } from '@shared/engine/tranche-terms'
import { constructionFundingExcel } from '@shared/engine/construction'
import { metricLabel } from '@shared/metrics/registry'
import { allocateSweepExcel, reprofiledPrincipalExcel, sweptBalanceExcel } from '@shared/rules/sweep'
import type { Tranche } from '@shared/model'
import { FIRST_PERIOD_COL, type PeriodCtx, type SheetBuilder } from '../grid'
import { type ModelCtx, K, fx } from './context'
import { writeDsraRows } from './debt'
import { BASE_LANE, SCN } from './scenarios'
import { TN, inReportingCurrency } from './tranche-inputs'
import { writeSweepDsraRows, writeScheduledTaxRows } from './sweep-debt'
import { SWEEP_TRANCHE } from './waterfall-inputs'

/** Row keys of tranche k's (0-based) rows: `t0.draw`, … */
export const TK = (k: number, field: string) => `t${k}.${field}`
/** Names the Sizing sheet gives the Debt sheet: tranche k's commitment and sculpting ratio. */
export const SIZED = { commitment: (k: number) => `Sized_Commit_${k + 1}`, s: (k: number) => `Sized_S_${k + 1}` }

/** Whether the workbook lays out sculpting blocks: a tranche is sculpted or the debt is sized by sculpting. */
export const hasSculptingBlocks = (ctx: ModelCtx) => ctx.project.financing.sizing === 'sculpted' || ctx.project.financing.tranches.some((t) => t.repayment === 'sculpted')

/** The debt at COD: the last construction column of a row (absolute). */
export const atCod = (ctx: ModelCtx, sh: SheetBuilder, key: string) => sh.book.refAt(key, FIRST_PERIOD_COL + ctx.result.constructionPeriods - 1, sh.name, true)

/**
 * The rows a tranche's formulas read on every sheet: its FX (units of its currency per reporting unit,
 * hedged at the financial-close FX) and its periodic rate, both on the Debt sheet.
 */
export function writeTrancheTermRows(ctx: ModelCtx, sh: SheetBuilder, t: Tranche, k: number) {
  const rep = ctx.project.reportingCurrency
  const perRep = `${t.currency}/${rep}`
  if (inReportingCurrency(ctx, t)) sh.calc(TK(k, 'fx'), `FX: none, the tranche is in the reporting currency`, perRep, () => '1', { style: 'factor' })
  else {
    // A debt held at the base case keeps the swap it was struck at (engine: held.tranches[k].swapPerReporting):
    // the base lane's financial-close FX, not this case's.
    const close = (c: Tranche['currency']) => {
      const own = sh.book.refAt(K.fx(c), FIRST_PERIOD_COL, sh.name, true)
      return sh.lane ? own : `IF(${SCN.resize}=1,${own},${sh.book.refAt(`${BASE_LANE.prefix}:${K.fx(c)}`, FIRST_PERIOD_COL, sh.name, true)})`
    }
    sh.calc(TK(k, 'fx'), `FX used: ${t.currency} per ${rep} (each period's; hedged (${TN(k, 'Hedged')} = 1): the financial-close FX, period 1${sh.lane ? '' : ", the base case's when the debt is held"})`, perRep, (c) =>
      trancheTermsExcel.perReporting(TN(k, 'Hedged'), c.at(K.fx(t.currency)), c.at(K.fx(rep)), close(t.currency), close(rep)), { style: 'factor' })
  }
  sh.calc(TK(k, 'rate'), t.interest.kind === 'fixed' ? 'Periodic rate = MAX(0, all-in rate + scenario change) × m/12' : 'Periodic rate = MAX(0, base rate of the calendar year + margin + scenario change) × m/12', '%/period',
    (c) => t.interest.kind === 'fixed' ? trancheTermsExcel.fixedRate(TN(k, 'Rate'), SCN.rateDelta)
      : trancheTermsExcel.floatingRate(c.at('calYear'), TN(k, 'Base_Years'), (n) => sh.book.nth(TN(k, 'Base_Rates'), n), sh.book.nth(TN(k, 'Base_Years'), 1), TN(k, 'Margin'), SCN.rateDelta),
    { style: 'pct' })
}

/** Tranche k's principal in its currency by its profile, for a period: the refs of the sheet it is written on. */
export function tranchePrincipal(t: Tranche, k: number, c: PeriodCtx, ref: { opening: string; interest: string; debtAtCod: string; cfads: string; s: string; fxRow: string; rateRow: string }): string {
  return trancheScheduleExcel.principal(t.interest.kind === 'floating', {
    profile: TN(k, 'Profile'), period: c.at('period'), first: TN(k, 'First_Period'), maturity: TN(k, 'Maturity'), opening: ref.opening,
    owed: `${ref.interest}+${trancheScheduleExcel.hedgeInCurrency(ref.opening, TN(k, 'Hedge_Periodic'))}`, rate: c.at(ref.rateRow), tenorPeriods: TN(k, 'Tenor_Periods'),
    debtAtCod: ref.debtAtCod, cfads: ref.cfads, share: TN(k, 'Share'), perReporting: c.at(ref.fxRow), s: ref.s, unit: TN(k, 'Minor_Unit')
  })
}

/** Σ over the tranches of a formula per tranche (`0` cannot occur: a project has at least one tranche). */
export const sumTranches = (ctx: ModelCtx, f: (k: number) => string) => ctx.project.financing.tranches.map((_, k) => f(k)).join('+')

/** The sculpting ratio the Debt sheet's principal reads: the Sizing sheet's, or 1/target where no tranche is sculpted (Checks: chk.profiles). */
export const sculptingRatioName = (ctx: ModelCtx, k: number) => (hasSculptingBlocks(ctx) ? SIZED.s(k) : '(1/Target_DSCR)')

/**
 * Whether this sheet walks the debt under the cash sweep (methodology §11; engine/sweep.ts): the case in
 * view with a sweep in the terms. The base-case lane never does: it holds the debt as sized, whose
 * scheduled instalments a scenario that holds the debt sweeps again on its own cash.
 */
export const sweptHere = (ctx: ModelCtx, sh: SheetBuilder) => !sh.lane && ctx.project.financing.waterfall?.sweep !== undefined

export function writeTrancheDebt(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  const swept = sweptHere(ctx, sh)
  const f = p.financing
  const rep = p.reportingCurrency
  const tranches = f.tranches
  const n = tranches.length
  const all = (fn: (k: number) => string) => sumTranches(ctx, fn)
  sh.header('Debt', `Senior debt in ${n} tranche${n > 1 ? 's' : ''}, pari passu: ${f.sizing} sizing; ${rep} unless a row names the tranche's currency`)
  // The case in view holds the base case's debt unless it re-sizes (Scn_Resize): each tranche's drawdowns
  // and repayments in its own currency from the base-case lane ("Base Debt"); the lane itself always sizes.
  const held = (c: PeriodCtx, key: string, own: string) => (sh.lane ? own : `IF(${SCN.resize}=1,${own},${c.at(`${BASE_LANE.prefix}:${key}`)})`)
  const heldHere = sh.lane ? '' : "; the base case's when the debt is held"

  sh.section('Funding during construction (all tranches)')
  sh.scalar('fundGearing', f.sizing === 'gearing' ? 'Funding gearing (input)' : 'Funding gearing (sized on the Sizing sheet)', '%',
    fx(f.sizing === 'gearing' ? 'Debt_Gearing' : 'Sized_Gearing', 'pct'))
  const g = sh.c('fundGearing')
  sh.calc('idc', 'Interest during construction (Σ tranches)', rep, (c) => all((k) => c.at(TK(k, 'idc'))), { total: 'sum' })
  sh.calc('charges', 'Commitment fees, ECA premiums and hedge costs in construction (Σ tranches; uses)', rep,
    (c) => `${c.at('constr')}*(${all((k) => `${c.at(TK(k, 'commit'))}+${c.at(TK(k, 'premium'))}+${c.at(TK(k, 'hedgeC'))}`)})`, { total: 'sum' })
  sh.calc('drawAgg', 'Drawdown before the split = g × (capex + IDC − grants + charges) / (1 − g × Fee_Blend)', rep,
    (c) => trancheConstructionExcel.aggregateDraw(c.at('constr'), g, c.at('capexc'), c.at('idc'), c.at('grants'), c.at('charges'), 'Fee_Blend'), { total: 'sum' })
  sh.calc('draw', `Drawdowns (Σ tranches)`, rep, (c) => all((k) => c.at(TK(k, 'draw'))), { total: 'sum', style: 'total' })
  sh.calc('fees', 'Fees: upfront fees + commitment fees, premiums and hedge costs in construction', rep,
    (c) => `${c.at('charges')}+${all((k) => c.at(TK(k, 'upfront')))}`, { total: 'sum' })
  sh.calc('uses', 'Uses = capex + contingency + IDC + fees', rep, (c) => constructionFundingExcel.uses(c.at('capexc'), c.at('idc'), c.at('fees')), { total: 'sum' })
  sh.calc('equity', 'Equity = uses − grants − drawdown (+ initial DSRA funding)', rep, (c) => `${c.at('constr')}*(${c.at('uses')}-${c.at('grants')}-${c.at('draw')})+${c.at('dsraInit')}`, { total: 'sum' })

  tranches.forEach((t, k) => {
    const ccy = t.currency
    const key = (x: string) => TK(k, x)
    const name = (x: string) => TN(k, x)
    const same = inReportingCurrency(ctx, t)
    sh.section(`Tranche ${k + 1}: ${t.name} (${ccy}; ${t.interest.kind} rate${same ? '' : `; ${t.hedge.hedged ? 'hedged' : 'unhedged'} at export`})`)
    writeTrancheTermRows(ctx, sh, t, k)
    sh.scalar(key('commitment'), 'Commitment: what the tranche draws (Sizing sheet; held: the base case\'s)', ccy,
      () => fx(sh.lane ? SIZED.commitment(k) : `IF(${SCN.resize}=1,${SIZED.commitment(k)},${sh.book.totalOf(`${BASE_LANE.prefix}:${key('debtAtCodCcy')}`, sh.name)})`, 'money'), name('Commitment'))
    // Held: the base case's drawdown in the tranche currency, translated at this case's FX (engine: toReporting of the held series).
    sh.calc(key('draw'), `Drawdown = drawdown before the split × share${sh.lane ? '' : "; held: the base case's in its currency ÷ FX"}`, rep, (c) => {
      const own = trancheConstructionExcel.draw(c.at('drawAgg'), name('Share'))
      return sh.lane ? own : `IF(${SCN.resize}=1,${own},${trancheTermsExcel.toReporting(c.at(`${BASE_LANE.prefix}:${key('drawCcy')}`), c.at(key('fx')))})`
    }, { total: 'sum' })
    sh.calc(key('drawCcy'), `Drawdown in ${ccy}${heldHere}`, ccy, (c) => held(c, key('drawCcy'), trancheTermsExcel.toTrancheCurrency(c.at(key('draw')), c.at(key('fx')))), { total: 'sum' })
    // Construction reads the drawdowns to date, never the balance: principal (which needs the debt at
    // COD) must not feed back into construction, or the sheet would be circular.
    sh.calc(key('drawn'), `Drawdowns to date in ${ccy}`, ccy, (c) => `${c.prev(key('drawn'))}+${c.at(key('drawCcy'))}`)
    sh.calc(key('idc'), 'IDC = drawdowns to date × rate ÷ FX', rep, (c) => trancheConstructionExcel.idc(c.at('constr'), c.prev(key('drawn')), c.at(key('rate')), c.at(key('fx'))), { total: 'sum' })
    sh.calc(key('commit'), 'Commitment fee = (commitment − drawn) × fee × m/12 ÷ FX', rep,
      (c) => trancheConstructionExcel.commitmentFee(c.at('constr'), name('Commitment'), c.prev(key('drawn')), name('Commit_Periodic'), c.at(key('fx'))), { total: 'sum' })
    sh.calc(key('premium'), 'ECA premium = commitment × premium ÷ FX (financial close)', rep,
      (c) => trancheConstructionExcel.premium(c.at('constr'), c.at('period'), name('Commitment'), name('ECA_Premium'), c.at(key('fx'))), { total: 'sum' })
    sh.calc(key('upfront'), 'Upfront fee = drawdown × fee', rep, (c) => trancheConstructionExcel.upfrontFee(c.at(key('draw')), name('Upfront_Fee')), { total: 'sum' })
    sh.calc(key('hedgeC'), 'Hedge cost in construction = drawdowns to date ÷ FX × hedge cost × m/12 (a use)', rep,
      (c) => `${c.at('constr')}*${trancheConstructionExcel.hedgeCost(c.prev(key('drawn')), c.at(key('fx')), name('Hedge_Periodic'))}`, { total: 'sum' })
    sh.calc(key('hedge'), 'Hedge cost after COD = opening balance ÷ FX × hedge cost × m/12 (paid with interest)', rep,
      (c) => `${c.at('op')}*${trancheConstructionExcel.hedgeCost(c.prev(key('balCcy')), c.at(key('fx')), name('Hedge_Periodic'))}`, { total: 'sum' })
    sh.calc(key('fees'), 'Fees of the tranche = upfront + commitment + premium + hedge cost', rep,
      (c) => `${c.at(key('upfront'))}+${c.at(key('commit'))}+${c.at(key('premium'))}+${c.at(key('hedgeC'))}+${c.at(key('hedge'))}`, { total: 'sum' })
    // Without sculpting blocks no tranche can be sculpted (Checks: chk.profiles), so the instalment's sculpted
    // branch is never taken: it reads 0, not the swept CFADS, which depends on the sweep the instalment caps.
    const scheduledCfads = (c: PeriodCtx) => (hasSculptingBlocks(ctx) ? c.at('sc.cfads') : '0')
    if (swept) {
      // The loan as sized (before any sweep): its instalments are what the swept walk below repays, capped at what is owed.
      sh.calc(key('scInterestCcy'), `Scheduled walk (as sized, no sweep): interest in ${ccy} on its own balance`, ccy,
        (c) => trancheScheduleExcel.interest(c.at('op'), c.prev(key('scBalCcy')), c.at(key('rate'))))
      sh.calc(key('scPrincipalCcy'), `Scheduled walk: instalment in ${ccy} by ${name('Profile')}${hasSculptingBlocks(ctx) ? ' (sculpted on the scheduled walk\'s CFADS)' : ''}${heldHere}`, ccy,
        (c) => held(c, key('principalCcy'), tranchePrincipal(t, k, c, {
          opening: c.prev(key('scBalCcy')), interest: c.at(key('scInterestCcy')), debtAtCod: sh.c(key('debtAtCodCcy')), cfads: scheduledCfads(c),
          s: sculptingRatioName(ctx, k), fxRow: key('fx'), rateRow: key('rate')
        })), { total: 'sum' })
      sh.calc(key('scBalCcy'), `Scheduled walk: closing balance in ${ccy}`, ccy, (c) => `${c.prev(key('scBalCcy'))}+${c.at(key('drawCcy'))}-${c.at(key('scPrincipalCcy'))}`)
    }
    sh.calc(key('interestCcy'), `Interest in ${ccy} (after COD${swept ? '; on the opening balance the earlier sweeps left' : ''})`, ccy, (c) => trancheScheduleExcel.interest(c.at('op'), c.prev(key('balCcy')), c.at(key('rate'))), { total: 'sum' })
    sh.calc(key('interest'), 'Interest = interest in its currency ÷ FX', rep, (c) => trancheTermsExcel.toReporting(c.at(key('interestCcy')), c.at(key('fx'))), { total: 'sum' })
    if (swept)
      sh.calc(key('principalCcy'), `Principal in ${ccy}: the scheduled instalment capped at the opening balance (a sweep retires the last instalments first; less than ${name('Minor_Unit')} left clears it)`, ccy,
        (c) => `${c.at('op')}*${reprofiledPrincipalExcel(c.at(key('scPrincipalCcy')), c.prev(key('balCcy')), name('Minor_Unit'))}`, { total: 'sum' })
    else
      sh.calc(key('principalCcy'), `Principal in ${ccy} by ${name('Profile')} (maturity, or leaving less than ${name('Minor_Unit')}, clears the balance)${heldHere}`, ccy,
        (c) => held(c, key('principalCcy'), tranchePrincipal(t, k, c, {
          opening: c.prev(key('balCcy')), interest: c.at(key('interestCcy')), debtAtCod: sh.c(key('debtAtCodCcy')), cfads: c.at('cfads'), s: sculptingRatioName(ctx, k), fxRow: key('fx'), rateRow: key('rate')
        })), { total: 'sum' })
    sh.calc(key('principal'), 'Principal = principal in its currency ÷ FX', rep, (c) => trancheTermsExcel.toReporting(c.at(key('principalCcy')), c.at(key('fx'))), { total: 'sum' })
    if (swept) {
      sh.calc(key('afterCcy'), `Balance after the principal in ${ccy} (before the sweep)`, ccy, (c) => `${c.prev(key('balCcy'))}+${c.at(key('drawCcy'))}-${c.at(key('principalCcy'))}`)
      sh.calc(key('after'), 'Balance after the principal = in its currency ÷ FX', rep, (c) => trancheTermsExcel.toReporting(c.at(key('afterCcy')), c.at(key('fx'))))
      sh.calc(key('sweep'), `Sweep allocated: ${SWEEP_TRANCHE} = ${k + 1} takes it first up to its balance, the rest pro rata to the balances after principal`, rep,
        (c) => allocateSweepExcel(c.at('wf.sweep'), c.at(key('after')), `IF(${SWEEP_TRANCHE}=${k + 1},1,0)`, c.at('sweepChosenBal'), c.at('afterPrincipal')), { total: 'sum' })
      sh.calc(key('balCcy'), `Closing balance in ${ccy} = after principal − the sweep × FX (swept of all it owes: zero)`, ccy,
        (c) => sweptBalanceExcel(c.at(key('afterCcy')), c.at(key('sweep')), c.at(key('after')), trancheTermsExcel.toTrancheCurrency(c.at(key('sweep')), c.at(key('fx')))), { style: 'total' })
    } else
      sh.calc(key('balCcy'), `Closing balance in ${ccy}`, ccy, (c) => `${c.prev(key('balCcy'))}+${c.at(key('drawCcy'))}-${c.at(key('principalCcy'))}`, { style: 'total' })
    sh.calc(key('bal'), 'Closing balance = balance in its currency ÷ FX', rep, (c) => trancheTermsExcel.toReporting(c.at(key('balCcy')), c.at(key('fx'))))
    // Swept, the scheduled walk's (the same figure: nothing is swept before COD), so the instalments never read the sweep.
    sh.scalar(key('debtAtCodCcy'), `Debt at COD in ${ccy}`, ccy, () => fx(atCod(ctx, sh, key(swept ? 'scBalCcy' : 'balCcy')), 'money'))
    sh.scalar(key('debtAtCod'), 'Debt at COD', rep, () => fx(atCod(ctx, sh, key('bal')), 'money'))
  })

  sh.section('Balance and debt service (all tranches)')
  sh.calc('opening', 'Opening balance (each tranche\'s at this period\'s FX)', rep, (c) => all((k) => trancheTermsExcel.toReporting(c.prev(TK(k, 'balCcy')), c.at(TK(k, 'fx')))))
  sh.calc('interest', 'Interest paid in cash (after COD)', rep, (c) => all((k) => c.at(TK(k, 'interest'))), { total: 'sum' })
  sh.calc('debtFees', 'Hedge cost of swapped tranches (after COD; with interest, deducted for tax)', rep, (c) => all((k) => c.at(TK(k, 'hedge'))), { total: 'sum' })
  sh.calc('deductible', 'Interest and hedge cost (deducted for tax)', rep, (c) => `${c.at('interest')}+${c.at('debtFees')}`, { total: 'sum' })
  sh.scalar('debtAtCod', metricLabel('debtAtCod'), rep, () => fx(atCod(ctx, sh, 'closing'), 'total'))
  sh.calc('principal', 'Principal', rep, (c) => all((k) => c.at(TK(k, 'principal'))), { total: 'sum' })
  if (swept) {
    sh.calc('afterPrincipal', 'Balance after the scheduled principal (before the sweep): the most the sweep prepays', rep, (c) => all((k) => c.at(TK(k, 'after'))))
    sh.calc('sweepChosenBal', `Balance after principal of the tranche ${SWEEP_TRANCHE} names (0 = pro rata)`, rep, (c) => all((k) => `IF(${SWEEP_TRANCHE}=${k + 1},${c.at(TK(k, 'after'))},0)`))
    sh.calc('sweepAlloc', 'Sweep allocated to the tranches (Σ; = the Cash flow sheet\'s sweep, Checks)', rep, (c) => all((k) => c.at(TK(k, 'sweep'))), { total: 'sum' })
    sh.calc('sweepGap', 'Sweep not allocated = the Cash flow sheet\'s sweep − Σ tranches (must be 0; Checks)', rep, (c) => `${c.at('wf.sweep')}-${c.at('sweepAlloc')}`)
    sh.calc('sweepRoom', 'Debt owed after principal less the sweep (never negative; Checks)', rep, (c) => `${c.at('afterPrincipal')}-${c.at('wf.sweep')}`)
  }
  sh.calc('closing', 'Closing balance', rep, (c) => all((k) => c.at(TK(k, 'bal'))), { style: 'total' })
  sh.calc('ds', 'Debt service = interest + hedge cost + principal', rep, (c) => `${c.at('interest')}+${c.at('debtFees')}+${c.at('principal')}`, { total: 'sum', style: 'total' })
  // Under a sweep the LLCR at COD discounts at the rates of the loan as scheduled at COD (the engine keeps the sized plan's rates).
  const llcrBalance = swept ? 'scBalCcy' : 'balCcy'
  sh.calc('llcrRate', `Rate LLCR discounts at: the tranches' rates weighted by their opening balances${swept ? ' as scheduled (before any sweep)' : ''} (the last such once all are repaid)`, '%/period',
    (c) => tranchePlanExcel.blendedRate(tranches.map((_, k) => ({ openingInCurrency: c.prev(TK(k, llcrBalance)), perReporting: c.at(TK(k, 'fx')), rate: c.at(TK(k, 'rate')) })), c.prev('llcrRate')), { style: 'pct' })
  if (swept) {
    writeSweepDsraRows(ctx, sh)
    if (hasSculptingBlocks(ctx)) writeScheduledTaxRows(ctx, sh)
  } else writeDsraRows(sh, rep)
}
