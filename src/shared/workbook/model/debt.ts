/**
 * Drawdowns, IDC, fees, interest, principal, balance and DSRA (methodology §7). Drawdowns use
 * the closed form of "debt funds g of uses, and the fee on the drawdown is itself a use":
 * D = g·(capex + IDC − grants) / (1 − g·fee), so no period refers to itself.
 */
import { reserveTargetExcel } from '@shared/rules/dsra-target'
import { FIRST_PERIOD_COL, type PeriodCtx, type SheetBuilder } from '../grid'
import { constructionFundingExcel } from '@shared/engine/construction'
import { periodInterestExcel, principalExcel } from '@shared/engine/debt-schedule'
import { type ModelCtx, fx } from './context'
import { BASE_LANE, SCN } from './scenarios'
import { metricLabel } from '@shared/metrics/registry'

export function writeDebt(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  const f = p.financing
  const rep = p.reportingCurrency
  const debt = ctx.debt
  if (!debt) throw new Error('the one-debt Debt sheet asked for a project with tranches')
  sh.header('Debt', `Senior debt: ${f.sizing} sizing, ${debt.repayment} repayment; ${rep}`)
  sh.section('Funding during construction')
  sh.scalar('fundGearing', f.sizing === 'gearing' ? 'Funding gearing (input)' : 'Funding gearing (sized on the Sizing sheet)', '%',
    fx(f.sizing === 'gearing' ? 'Debt_Gearing' : 'Sized_Gearing', 'pct'))
  const g = sh.c('fundGearing')
  sh.calc('idc', 'Interest during construction = opening balance × periodic rate', rep, (c) => constructionFundingExcel.idc(c.at('constr'), c.prev('drawn')), { total: 'sum' })
  // The case in view holds the base case's debt unless it re-sizes (Scn_Resize): drawdowns and repayments
  // from the base-case lane ("Base Debt"); the lane itself always sizes.
  const held = (c: PeriodCtx, key: string, own: string) => (sh.lane ? own : `IF(${SCN.resize}=1,${own},${c.at(`${BASE_LANE.prefix}:${key}`)})`)
  sh.calc('draw', `Drawdown = g × (capex + IDC − grants) / (1 − g × fee)${sh.lane ? '' : ", or the base case's when the debt is held"}`, rep,
    (c) => held(c, 'draw', constructionFundingExcel.draw(c.at('constr'), g, c.at('capexc'), c.at('idc'), c.at('grants'))), { total: 'sum', style: 'total' })
  sh.calc('fees', 'Upfront fee on drawdown', rep, (c) => constructionFundingExcel.fee(c.at('draw')), { total: 'sum' })
  sh.calc('uses', 'Uses = capex + contingency + IDC + fees', rep, (c) => constructionFundingExcel.uses(c.at('capexc'), c.at('idc'), c.at('fees')), { total: 'sum' })
  // The balance built from drawdowns alone: principal (which needs the debt at COD) never feeds back into construction.
  sh.calc('drawn', 'Cumulative drawdowns', rep, (c) => `${c.prev('drawn')}+${c.at('draw')}`)
  sh.calc('equity', 'Equity = uses − grants − drawdown (+ initial DSRA funding)', rep, (c) => `${c.at('constr')}*(${c.at('uses')}-${c.at('grants')}-${c.at('draw')})+${c.at('dsraInit')}`, { total: 'sum' })
  sh.section('Balance and debt service')
  sh.calc('opening', 'Opening balance', rep, (c) => c.prev('closing'))
  sh.calc('interest', 'Interest paid in cash (after COD)', rep, (c) => periodInterestExcel(c.at('op'), c.at('opening')), { total: 'sum' })
  sh.scalar('debtAtCod', metricLabel('debtAtCod'), rep, () => fx(sh.book.refAt('drawn', FIRST_PERIOD_COL + ctx.result.constructionPeriods - 1, sh.name, true), 'total'))
  const cod = sh.c('debtAtCod')
  const principalLabel = debt.repayment === 'sculpted' ? 'sculpted = MIN(opening, MAX(0, CFADS / DSCR* − interest))' : debt.repayment
  sh.calc('principal', `Principal (${principalLabel}; final maturity, or leaving less than Minor_Unit, clears the balance)${sh.lane ? '' : "; the base case's when the debt is held"}`, rep, (c) => held(c, 'principal', principalExcel(debt.repayment, {
    repay: c.at('repay'), opening: c.at('opening'), period: c.at('period'), interest: c.at('interest'), debtAtCod: cod, sculptedService: `${c.at('cfads')}/Sized_DSCR`
  })), { total: 'sum' })
  if (debt.repayment === 'sculpted')
    // Interest is always paid in cash: where CFADS / DSCR* is below the interest, principal is 0 (never
    // negative) and that period's DSCR is below DSCR* (docs/methodology.md §7).
    sh.calc('sculptFloor', 'Sculpting floor binds (CFADS / DSCR* below interest: interest only)', '1/0', (c) =>
      `IF(AND(${c.at('repay')}=1,${c.at('opening')}>0,${c.at('period')}<Maturity_Period,${c.at('cfads')}/Sized_DSCR<${c.at('interest')}),1,0)`, { style: 'flag' })
  sh.calc('closing', 'Closing balance', rep, (c) => `${c.at('opening')}+${c.at('draw')}-${c.at('principal')}`, { style: 'total' })
  sh.calc('ds', 'Debt service = interest + principal', rep, (c) => `${c.at('interest')}+${c.at('principal')}`, { total: 'sum', style: 'total' })
  writeDsraRows(sh, rep)
}

/**
 * The DSRA's target and initial funding on the Debt sheet (§7), read from its `ds` row: the same for one
 * debt and for tranches. Its balance, draws and top-ups are lines of the cash waterfall (Cash flow sheet).
 */
export function writeDsraRows(sh: SheetBuilder, rep: string) {
  sh.section('Debt service reserve account')
  sh.calc('cumDs', 'Cumulative debt service', rep, (c) => `${c.prev('cumDs')}+${c.at('ds')}`)
  sh.calc('dsraTarget', 'DSRA target = debt service of the next DSRA_Months (a part period pro rata); an LC\'s face amount the period after', rep,
    (c) => reserveTargetExcel(`${c.at('period')}>=Constr_Periods`, c.at('period'), c.span('cumDs'), c.at('cumDs'), 'DSRA_Full_Periods', 'DSRA_Part_Period'))
  // An LC needs no cash: only a cash DSRA is funded by equity at COD.
  sh.calc('dsraInit', 'Initial DSRA funding by equity (last construction period; a cash DSRA only)', rep, (c) => `${c.at('lastConstr')}*DSRA_Cash*${c.at('dsraTarget')}`, { total: 'sum' })
}
