/**
 * IRR, NPV, DSCR, LLCR, PLCR, payback and coverage (methodology §8). Where the engine reports that a
 * metric does not exist (no IRR, no debt service…), the sheet says so in words instead of a number.
 */
import { coverDefinedExcel } from '@shared/rules/minor-unit'
import { periodDscrExcel } from '@shared/rules/dscr'
import type { Metric } from '@shared/engine/types'
import { METRICS, UNITS, metricLabel, type MetricKey } from '@shared/metrics/registry'
import type { SheetBuilder } from '../grid'
import type { Cell, StyleId } from '../types'
import { type ModelCtx, fx, str } from './context'
import { displayUnitCell, inDisplayUnit } from './display'

/**
 * A metric that may not exist, live: the engine's reason in words where its condition holds, else the
 * figure. `cases` are [condition, reason] in the engine's order. An IRR the engine found ambiguous
 * (several roots) at export stays in words: IRR() would return one of the roots as if it were the answer.
 */
const live = (cases: [string, string][], formula: string, style: StyleId): Cell =>
  fx(cases.reduceRight((inner, [cond, reason]) => `IF(${cond},"n/a: ${reason}",${inner})`, formula), style)
const irrCell = (m: Metric, span: string, formula: (guess: string) => string, style: StyleId): Cell =>
  !m.ok && (m.code === 'multiple-roots' || m.code === 'out-of-range') ? str(`n/a: ${m.reason}`, 'note')
    : live([[`MAX(${span})<=0`, 'all cash flows are negative or zero: no IRR'], [`MIN(${span})>=0`, 'all cash flows are positive or zero: no IRR']],
      `IFERROR(${formula('IRR_Guess')},IFERROR(${formula('IRR_Guess_2')},IFERROR(${formula('IRR_Guess_3')},"n/a: IRR() finds no rate")))`, style)

export function writeMetrics(ctx: ModelCtx, sh: SheetBuilder) {
  const rep = ctx.project.reportingCurrency
  const m = ctx.result.metrics
  const span = (k: string) => sh.book.spanOf(k, sh.name)
  // Headline rows: the registry's name (with what the figure measures), unit and Excel style.
  const name = (k: MetricKey, what = '') => `${metricLabel(k)}${what}`
  const unit = (k: MetricKey) => UNITS[METRICS[k].unit].unitText(rep)
  const st = (k: MetricKey) => METRICS[k].xlMetricStyle
  sh.header('Metrics', 'Returns and cover ratios')
  sh.section('Per-period ratios and discount factors')
  sh.calc('dscr', 'DSCR (operating periods with debt service of at least Minor_Unit)', 'x', (c) => periodDscrExcel(c.at('op'), c.at('cfads'), c.at('ds')), { style: 'ratio' })
  sh.calc('dscrRepay', 'DSCR in repayment periods (the window from first to last scheduled repayment)', 'x', (c) => periodDscrExcel(c.at('repay'), c.at('cfads'), c.at('ds')), { style: 'ratio' })
  if (ctx.debt?.repayment === 'sculpted')
    sh.calc('dscrGap', '|DSCR − DSCR*| in repayment periods where the sculpting floor does not bind', 'x', (c) =>
      `IF(AND(${c.at('repay')}=1,${coverDefinedExcel(c.at('ds'))},${c.at('sculptFloor')}=0),ABS(${c.at('cfads')}/${c.at('ds')}-Sized_DSCR),0)`, { style: 'ratio' })
  // §11: a period in default has debt service of at least Minor_Unit and DSCR below 1.00x or a reserve below target at its end.
  sh.calc('defaultFlag', 'Period in default: DSCR < 1.00x, or the cash DSRA or MRA below target, or an LC drawn (1/0)', '1/0', (c) =>
    `IF(AND(${c.at('op')}=1,${coverDefinedExcel(c.at('ds'))}),IF(OR(${c.at('cfads')}<${c.at('ds')},AND(DSRA_Cash=1,${c.at('dsraBal')}<${c.at('dsraTarget')}-Minor_Unit),` +
    `${c.at('wf.lcBal')}>=Minor_Unit,${c.at('wf.mraBal')}<${c.at('wf.mraTarget')}-Minor_Unit),1,0),0)`, { style: 'flag' })
  sh.calc('sponsorAfterRepay', 'Sponsor support from the first repayment on (after the grace periods)', rep, (c) => `IF(${c.at('opIndex')}>Grace_Periods,${c.at('wf.sponsorSupport')},0)`)
  const swept = ctx.project.financing.waterfall?.sweep !== undefined
  if (swept)
    sh.calc('repaidAt', 'Period the senior debt is repaid to zero (operating periods with no balance at their end)', '#', (c) => `IF(AND(${c.at('op')}=1,${c.at('closing')}<=0),${c.at('period')},"")`, { style: 'number' })
  sh.calc('cfadsOp', 'CFADS in operating periods (blank in construction)', rep, (c) => `IF(${c.at('op')}=1,${c.at('cfads')},"")`)
  sh.calc('dfNpv', 'Discount factor for NPV (end of period, from the start date)', 'x', (c) => `1/(1+Discount_Rate)^(${c.at('period')}*Period_Months/Months_Per_Year)`, { style: 'factor' })
  if (ctx.debt) sh.calc('dfDebt', 'Discount factor at the periodic debt rate, from COD', 'x', (c) => `${c.at('op')}/(1+Periodic_Rate)^${c.at('opIndex')}`, { style: 'factor' })
  // Tranches (§10): each period discounts at the blended rate of the outstanding tranches (Debt!llcrRate), DF_k = Π (1 + i_j)^−1 from COD.
  else sh.calc('dfDebt', 'Discount factor from COD at the blended rate of the outstanding tranches (Debt sheet)', 'x',
    (c) => `IF(${c.at('op')}=0,1,IF(${c.at('opIndex')}=1,1,${c.prev('dfDebt')})/(1+${c.at('llcrRate')}))`, { style: 'factor' })
  sh.calc('payCross', 'Payback crossing (years from COD)', 'years', (c) =>
    `IF(AND(${c.at('op')}=1,${c.at('cumProjectCf')}>=0,OR(${c.prev('cumProjectCf')}<0,${c.at('opIndex')}=1)),(${c.at('opIndex')}-1+IF(${c.prev('cumProjectCf')}<0,-${c.prev('cumProjectCf')}/${c.at('projectCf')},0))*Period_Months/Months_Per_Year,"")`, { style: 'number' })
  sh.section('Headline metrics')
  sh.scalar('m.projectIrr', name('projectIrr', ' (annual effective)'), unit('projectIrr'), irrCell(m.projectIrr, span('projectCf'), (g) => `(1+IRR(${span('projectCf')},${g === 'IRR_Guess' ? 'Project_IRR_Guess' : g}))^(Months_Per_Year/Period_Months)-1`, st('projectIrr')))
  sh.scalar('m.equityIrr', name('equityIrr', ' (annual effective)'), unit('equityIrr'), irrCell(m.equityIrr, span('equityCf'), (g) => `(1+IRR(${span('equityCf')},${g === 'IRR_Guess' ? 'Equity_IRR_Guess' : g}))^(Months_Per_Year/Period_Months)-1`, st('equityIrr')))
  // Amounts here are output: in the display unit (Inputs: Display_Unit), the label beside them live.
  const amount = (key: string, label: string, full: () => string) => {
    const row = sh.scalar(key, label, '', () => fx(inDisplayUnit(full()), 'metricDisplay'))
    sh.set(row, 2, displayUnitCell())
  }
  amount('m.npv', name('npv', ' at the discount rate'), () => `SUMPRODUCT(${span('projectCf')},${span('dfNpv')})`)
  const cod = () => sh.c('debtAtCod')
  const noDscr: () => [string, string][] = () => [[`AND(COUNT(${span('dscrRepay')})=0,${cod()}<=0)`, 'the project carries no debt'], [`COUNT(${span('dscrRepay')})=0`, 'no repayment period with debt service']]
  sh.scalar('m.minDscr', name('minDscr', ' (repayment periods)'), unit('minDscr'), () => live(noDscr(), `MIN(${span('dscrRepay')})`, st('minDscr')))
  // What a lender reads first (§11): the cover in every operating period with debt service, grace included, and the lowest operating CFADS.
  sh.scalar('m.minDscrAll', name('minDscrAllOperating', ' (every operating period with debt service, grace included)'), unit('minDscrAllOperating'), () =>
    live([[`AND(COUNT(${span('dscr')})=0,${cod()}<=0)`, 'the project carries no debt'], [`COUNT(${span('dscr')})=0`, 'no operating period with debt service']], `MIN(${span('dscr')})`, st('minDscrAllOperating')))
  amount('m.lowestCfads', name('lowestOperatingCfads'), () => `MIN(${span('cfadsOp')})`)
  sh.scalar('m.sponsorTotal', name('totalSponsorSupport', ' (standby equity the waterfall needed)'), rep, () => fx(`SUM(${span('wf.sponsorSupport')})`, 'money'))
  sh.scalar('m.sponsorFromRepay', 'Sponsor support from the first repayment on', rep, () => fx(`SUM(${span('sponsorAfterRepay')})`, 'money'))
  if (swept) {
    // The cash sweep (§11): what it prepaid, and when the debt is repaid as swept (earlier than the contractual maturity).
    sh.scalar('m.totalSwept', name('totalSwept', ' (Cash flow sheet: the sweep)'), rep, () => fx(`SUM(${span('wf.sweep')})`, 'money'))
    sh.scalar('m.debtRepaid', 'Debt repaid (period; the first operating period with no senior balance at its end)', 'period', () =>
      live([[`${cod()}<=0`, 'no debt'], [`COUNT(${span('repaidAt')})=0`, 'the debt is not repaid to zero']], `MIN(${span('repaidAt')})`, 'count'))
  }
  sh.scalar('m.defaultPeriods', name('defaultPeriods'), 'periods', () => fx(`SUM(${span('defaultFlag')})`, 'count'))
  sh.scalar('m.avgDscr', name('avgDscr', ' (repayment periods)'), unit('avgDscr'), () => live(noDscr(), `AVERAGE(${span('dscrRepay')})`, st('avgDscr')))
  const noDebt: () => [string, string][] = () => [[`${cod()}<=0`, 'no debt outstanding at COD'], [`NOT(${coverDefinedExcel(cod())})`, 'debt at COD is below one minor unit of the currency']]
  sh.scalar('m.llcr', name('llcr', ' at COD'), unit('llcr'), () => live(noDebt(), `SUMPRODUCT(${span('cfads')},${span('dfDebt')},${span('loanLife')})/${cod()}`, st('llcr')))
  sh.scalar('m.plcr', name('plcr', ' at COD'), unit('plcr'), () => live(noDebt(), `SUMPRODUCT(${span('cfads')},${span('dfDebt')},${span('op')})/${cod()}`, st('plcr')))
  sh.scalar('m.payback', metricLabel('paybackYears', 'longLabel'), unit('paybackYears'), fx(`IF(COUNT(${span('payCross')})=0,"not reached",MIN(${span('payCross')}))`, st('paybackYears')))
  const noRevenue = (): [string, string][] => [[`SUMPRODUCT(${span('coverBase')},${span('coverWindow')})<=0`, 'no revenue in the period(s)']]
  sh.scalar('m.coverage', name('offtakeCoverage', ' over the loan life'), unit('offtakeCoverage'), () => live(noRevenue(), `SUMPRODUCT(${span('contractForCover')},${span('coverWindow')})/SUMPRODUCT(${span('coverBase')},${span('coverWindow')})`, st('offtakeCoverage')))
  sh.scalar('m.bankCoverage', name('bankableOfftakeCoverage', ' over the loan life'), unit('bankableOfftakeCoverage'), () => live(noRevenue(), `SUMPRODUCT(${span('bankableForCover')},${span('coverWindow')})/SUMPRODUCT(${span('coverBase')},${span('coverWindow')})`, st('bankableOfftakeCoverage')))
  if ((ctx.project.plant?.capacities.length ?? 0) > 0)
    sh.scalar('m.capUtil', name('capacityUtilisation', ' (average over operating periods with capacity available)'), unit('capacityUtilisation'), () =>
      live([[`COUNT(${span('capUtil')})=0`, 'no capacity available in any operating period']], `AVERAGE(${span('capUtil')})`, st('capacityUtilisation')))
  if ((ctx.project.supplyContracts?.length ?? 0) > 0)
    sh.scalar('m.supplyCover', name('supplyCoverage', ' over the loan life (committed / processed tonnes of input)'), unit('supplyCoverage'), () =>
      live([[`SUMPRODUCT(${span('supplyReqT')},${span('coverWindow')})<=0`, 'no feed processed in the loan life']], `SUMPRODUCT(${span('supplyT')},${span('coverWindow')})/SUMPRODUCT(${span('supplyReqT')},${span('coverWindow')})`, st('supplyCoverage')))
  sh.section('Sources and uses')
  amount('m.debt', 'Senior debt', () => sh.c('draw'))
  amount('m.equity', 'Equity (incl. initial DSRA)', () => sh.c('equity'))
  amount('m.grants', 'Grants', () => sh.c('grants'))
  amount('m.uses', 'Uses (capex, contingency, IDC, fees)', () => sh.c('uses'))
  // From the full amounts, so the ratio does not pass through the display rounding of nothing at all.
  sh.scalar('m.gearing', name('gearing', ' = debt / (uses − grants)'), unit('gearing'), () => fx(`${sh.c('draw')}/(${sh.c('uses')}-${sh.c('grants')})`, st('gearing')))
  amount('m.totalRevenue', name('totalRevenue'), () => sh.c('revenue'))
  amount('m.totalCfads', name('totalCfads'), () => sh.c('cfads'))
}
