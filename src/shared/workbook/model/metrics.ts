/**
 * IRR, NPV, DSCR, LLCR, PLCR, payback and coverage (methodology §8). Where the engine reports that a
 * metric does not exist (no IRR, no debt service…), the sheet says so in words instead of a number.
 */
import { coverDefinedExcel } from '@shared/finance/minor-unit'
import type { Metric } from '@shared/engine/types'
import type { SheetBuilder } from '../grid'
import type { Cell, StyleId } from '../types'
import { type ModelCtx, fx, str } from './context'

const orText = (m: Metric, formula: string, style: StyleId): Cell => (m.ok ? fx(formula, style) : str(`n/a: ${m.reason}`, 'note'))

export function writeMetrics(ctx: ModelCtx, sh: SheetBuilder) {
  const rep = ctx.project.reportingCurrency
  const m = ctx.result.metrics
  const span = (k: string) => sh.book.spanOf(k, sh.name)
  sh.header('Metrics', 'Returns and cover ratios')
  sh.section('Per-period ratios and discount factors')
  sh.calc('dscr', 'DSCR (operating periods with debt service of at least Minor_Unit)', 'x', (c) => `IF(AND(${c.at('op')}=1,${coverDefinedExcel(c.at('ds'))}),${c.at('cfads')}/${c.at('ds')},"")`, { style: 'ratio' })
  sh.calc('dscrRepay', 'DSCR in repayment periods (the window from first to last scheduled repayment)', 'x', (c) => `IF(AND(${c.at('repay')}=1,${c.at('ds')}>0),${c.at('cfads')}/${c.at('ds')},"")`, { style: 'ratio' })
  if (ctx.project.financing.repayment === 'sculpted')
    sh.calc('dscrGap', '|DSCR − DSCR*| in repayment periods where the sculpting floor does not bind', 'x', (c) =>
      `IF(AND(${c.at('repay')}=1,${c.at('ds')}>0,${c.at('sculptFloor')}=0),ABS(${c.at('cfads')}/${c.at('ds')}-Solved_DSCR),0)`, { style: 'ratio' })
  sh.calc('dfNpv', 'Discount factor for NPV (end of period, from the start date)', 'x', (c) => `1/(1+Discount_Rate)^(${c.at('period')}*Period_Months/Months_Per_Year)`, { style: 'factor' })
  sh.calc('dfDebt', 'Discount factor at the periodic debt rate, from COD', 'x', (c) => `${c.at('op')}/(1+Periodic_Rate)^${c.at('opIndex')}`, { style: 'factor' })
  sh.calc('payCross', 'Payback crossing (years from COD)', 'years', (c) =>
    `IF(AND(${c.at('op')}=1,${c.at('cumProjectCf')}>=0,OR(${c.prev('cumProjectCf')}<0,${c.at('opIndex')}=1)),(${c.at('opIndex')}-1+IF(${c.prev('cumProjectCf')}<0,-${c.prev('cumProjectCf')}/${c.at('projectCf')},0))*Period_Months/Months_Per_Year,"")`, { style: 'number' })
  sh.section('Headline metrics')
  sh.scalar('m.projectIrr', 'Project IRR (annual effective)', '%', orText(m.projectIrr, `(1+IRR(${span('projectCf')},Project_IRR_Guess))^(Months_Per_Year/Period_Months)-1`, 'metricPct'))
  sh.scalar('m.equityIrr', 'Equity IRR (annual effective)', '%', orText(m.equityIrr, `(1+IRR(${span('equityCf')},Equity_IRR_Guess))^(Months_Per_Year/Period_Months)-1`, 'metricPct'))
  sh.scalar('m.npv', 'Project NPV at the discount rate', rep, fx(`SUMPRODUCT(${span('projectCf')},${span('dfNpv')})`, 'metricMoney'))
  sh.scalar('m.minDscr', 'Minimum DSCR (repayment periods)', 'x', orText(m.minDscr, `MIN(${span('dscrRepay')})`, 'metricRatio'))
  sh.scalar('m.avgDscr', 'Average DSCR (repayment periods)', 'x', orText(m.avgDscr, `AVERAGE(${span('dscrRepay')})`, 'metricRatio'))
  sh.scalar('m.llcr', 'LLCR at COD', 'x', orText(m.llcr, `SUMPRODUCT(${span('cfads')},${span('dfDebt')},${span('loanLife')})/${sh.c('debtAtCod')}`, 'metricRatio'))
  sh.scalar('m.plcr', 'PLCR at COD', 'x', orText(m.plcr, `SUMPRODUCT(${span('cfads')},${span('dfDebt')},${span('op')})/${sh.c('debtAtCod')}`, 'metricRatio'))
  sh.scalar('m.payback', 'Payback from COD', 'years', fx(`IF(COUNT(${span('payCross')})=0,"not reached",MIN(${span('payCross')}))`, 'metricYears'))
  sh.scalar('m.coverage', 'Offtake coverage over the loan life', '%', orText(m.offtakeCoverage, `SUMPRODUCT(${span('contractForCover')},${span('coverWindow')})/SUMPRODUCT(${span('coverBase')},${span('coverWindow')})`, 'metricPct'))
  sh.scalar('m.bankCoverage', 'Bankable offtake coverage over the loan life', '%', orText(m.bankableOfftakeCoverage, `SUMPRODUCT(${span('bankableForCover')},${span('coverWindow')})/SUMPRODUCT(${span('coverBase')},${span('coverWindow')})`, 'metricPct'))
  sh.section('Sources and uses')
  sh.scalar('m.debt', 'Senior debt', rep, () => fx(sh.c('draw'), 'metricMoney'))
  sh.scalar('m.equity', 'Equity (incl. initial DSRA)', rep, () => fx(sh.c('equity'), 'metricMoney'))
  sh.scalar('m.grants', 'Grants', rep, () => fx(sh.c('grants'), 'metricMoney'))
  sh.scalar('m.uses', 'Uses (capex, contingency, IDC, fees)', rep, () => fx(sh.c('uses'), 'metricMoney'))
  sh.scalar('m.gearing', 'Gearing = debt / (uses − grants)', '%', () => fx(`${sh.c('m.debt')}/(${sh.c('m.uses')}-${sh.c('m.grants')})`, 'metricPct'))
  sh.scalar('m.totalRevenue', 'Total revenue', rep, () => fx(sh.c('revenue'), 'metricMoney'))
  sh.scalar('m.totalCfads', 'Total CFADS', rep, () => fx(sh.c('cfads'), 'metricMoney'))
}
