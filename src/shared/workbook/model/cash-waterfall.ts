/**
 * The cash waterfall on the Cash flow sheet (methodology §11): the rows of rules/waterfall.ts's Excel
 * form in the engine's order, with the reserve targets and the lock-up test it reads. Row keys are
 * `wf.<line>`, but for the lines other sheets read under their v1 keys: `dsraBal`, `dsraMove` and
 * `distributions` (the Annual sheet, Checks), which mean what the engine's dsraBalance, dsraMovement
 * and distributions mean.
 */
import { reserveTargetExcel } from '@shared/rules/dsra-target'
import { coverDefinedExcel } from '@shared/rules/minor-unit'
import { lockupTestSumExcel, waterfallExcelRows, waterfallExcel, waterfallResidualExcel, type WaterfallExcelRow } from '@shared/rules/waterfall'
import type { CalcOptions, PeriodCtx, SheetBuilder } from '../grid'
import { SWEEP_NAMES, WATERFALL_NAMES } from './waterfall-inputs'

const KEPT: ReadonlySet<WaterfallExcelRow> = new Set(['dsraBal', 'dsraMove', 'distributions'])
/** The sheet's row key of a waterfall line. */
export const wfKey = (row: WaterfallExcelRow): string => (KEPT.has(row) ? row : `wf.${row}`)

const sum: CalcOptions = { total: 'sum' }
const balance: CalcOptions = { style: 'total' }
const flag: CalcOptions = { style: 'flag' }
/** Label, options and the section a line opens, if any. */
const LINES: Record<WaterfallExcelRow, [string, CalcOptions, string?]> = {
  lcFee: ['less: DSRA letter of credit fee (on the face amount: the previous period\'s DSRA target)', sum, 'Senior fees of the waterfall\'s own facilities'],
  lcInterest: ['less: interest on LC draws (opening amount drawn)', sum],
  wcInterest: ['less: working-capital facility interest (opening balance)', sum],
  cashAvailable: ['Cash after debt service and fees (negative = shortfall)', { total: 'sum', style: 'total' }],
  fromLockup: ['Shortfall funded by: lock-up account cash', sum, 'Shortfall funding, in order'],
  serviceGap: ['Debt service not met from cash (what the DSRA may pay)', {}],
  dsraDraw: ['… the cash DSRA (debt service only)', sum],
  lcDraw: ['… the letter of credit (debt service only, up to its undrawn amount)', sum],
  wcDraw: ['… the working-capital facility (up to its limit)', sum],
  support: ['… sponsor support (standby equity)', sum],
  cashFunded: ['Cash after shortfall funding', {}],
  lcRepay: ['LC draws reimbursed from cash', sum, 'DSRA'],
  dsraTopUp: ['Cash DSRA top-up towards its target (from cash only)', sum],
  dsraRelease: ['Cash DSRA release above its target (all of it after maturity)', sum],
  dsraBal: ['DSRA balance (end of period; the first target funded by equity)', balance],
  dsraMove: ['DSRA movement from cash flow (top-up − release − draw)', sum],
  cashAfterDsra: ['Cash after the DSRA', {}],
  mraDraw: ['MRA drawn for this period\'s maintenance capex', sum, 'Maintenance reserve account (MRA)'],
  mraTopUp: ['MRA top-up towards its target (from cash only)', sum],
  mraRelease: ['MRA release above its target', sum],
  mraBal: ['MRA balance (end of period)', balance],
  cashAfterMra: ['Cash after the MRA', {}],
  wcRepay: ['Working-capital facility repaid from cash', sum, 'Working-capital facility'],
  clearWc: ['Last period: facility cleared by sponsor support', sum],
  clearLc: ['Last period: LC draws cleared by sponsor support', sum],
  wcBal: ['Working-capital facility balance (end of period)', balance],
  lcBal: ['LC amount drawn (end of period)', balance],
  cashAfterWc: ['Cash after the facility', {}],
  sweep: ['Cash sweep: Sweep_Share of the cash left prepays senior debt (every period, or while the test DSCR is below Sweep_Trigger), up to the debt owed after principal', { total: 'sum', style: 'total' }, 'Cash sweep (allocated to the tranches on the Debt sheet)'],
  locked: ['Locked up (test DSCR below Lockup_DSCR while debt is owed)', flag, 'Lock-up'],
  passStreak: ['Consecutive periods passing the lock-up test', { style: 'number' }],
  trapped: ['Cash trapped in the lock-up account', sum],
  lockupRelease: ['Lock-up account released to distributions', sum],
  lockupBal: ['Lock-up account balance (end of period)', balance],
  distributions: ['Distributions to equity (never negative)', { total: 'sum', style: 'total' }, 'To equity'],
  sponsorSupport: ['Sponsor support (shortfalls and the last period\'s clearing): equity', { total: 'sum', style: 'total' }]
}

/**
 * `sweep`: the terms have a cash sweep; the Debt sheet then has `afterPrincipal` (debt owed after the
 * scheduled principal, before the sweep), which the sweep is capped at and the lock-up reads as
 * "debt repaid" (engine/sweep.ts passes the same balance to the step).
 */
export function writeCashWaterfall(sh: SheetBuilder, rep: string, sweep = false) {
  sh.section('Reserve target and lock-up test the waterfall reads')
  sh.calc('wf.cumMaint', 'Cumulative maintenance capex', rep, (c) => `${c.prev('wf.cumMaint')}+${c.at('maint')}`)
  sh.calc('wf.mraTarget', 'MRA target = maintenance capex of the next MRA_Months (a part period pro rata)', rep,
    (c) => reserveTargetExcel(`${c.at('op')}=1`, c.at('period'), c.span('wf.cumMaint'), c.at('wf.cumMaint'), 'MRA_Full_Periods', 'MRA_Part_Period'))
  sh.calc('wf.cumCfads', 'Cumulative CFADS of operating periods', rep, (c) => `${c.prev('wf.cumCfads')}+${c.at('op')}*${c.at('cfads')}`)
  const test = (c: PeriodCtx, own: string, cum: string) => lockupTestSumExcel('Lockup_Trailing', c.at('op'), c.at(own), c.at(cum), c.spanTo(cum), c.at('period'), 'Lockup_Test_Periods')
  sh.calc('wf.testCfads', 'Lock-up test CFADS (the period, or the trailing Lockup_Test_Periods)', rep, (c) => test(c, 'cfads', 'wf.cumCfads'))
  sh.calc('wf.testDs', 'Lock-up test debt service (the same periods)', rep, (c) => test(c, 'ds', 'cumDs'))
  sh.calc('wf.testDscr', 'Lock-up test DSCR (debt service of at least Minor_Unit)', 'x',
    (c) => `IF(AND(${c.at('op')}=1,${coverDefinedExcel(c.at('wf.testDs'))}),${c.at('wf.testCfads')}/${c.at('wf.testDs')},"")`, { style: 'ratio' })
  sh.calc('wf.last', 'Last period flag', '1/0', (c) => `IF(${c.at('period')}=Total_Periods,1,0)`, flag)

  sh.section('Cash waterfall (§11), in the order of the terms')
  sh.calc('cf.ds', 'less: senior debt service', rep, (c) => `-${c.at('ds')}`, sum)
  // One period's formulas are built once and read by every row of the column.
  const cache = new Map<number, Map<WaterfallExcelRow, string>>()
  const build = (c: PeriodCtx) => new Map(waterfallExcel(
    { op: c.at('op'), last: c.at('wf.last'), cfads: c.at('cfads'), debtService: c.at('ds'), dsraTarget: c.at('dsraTarget'), lcAmount: c.prev('dsraTarget'),
      dsraInitialFunding: c.at('dsraInit'), mraTarget: c.at('wf.mraTarget'), maintenance: c.at('maint'), testDscr: c.at('wf.testDscr'), closingDebt: c.at(sweep ? 'afterPrincipal' : 'closing') },
    { dsra: c.prev('dsraBal'), lcDrawn: c.prev('wf.lcBal'), mra: c.prev('wf.mraBal'), wc: c.prev('wf.wcBal'), lockup: c.prev('wf.lockupBal'), passStreak: c.prev('wf.passStreak') },
    (row) => c.at(wfKey(row)), sweep ? { ...WATERFALL_NAMES, sweep: SWEEP_NAMES } : WATERFALL_NAMES))
  const formula = (c: PeriodCtx, row: WaterfallExcelRow) => {
    if (!cache.has(c.k)) cache.set(c.k, build(c))
    return cache.get(c.k)!.get(row)!
  }
  for (const row of waterfallExcelRows(sweep)) {
    const [label, opt, section] = LINES[row]
    if (section) sh.section(section)
    sh.calc(wfKey(row), label, row === 'locked' ? '1/0' : row === 'passStreak' ? '#' : rep, (c) => formula(c, row), opt)
  }
  sh.calc('wf.residual', 'Cash conserved: sources − uses − distributions (must be 0; Checks)', rep,
    (c) => waterfallResidualExcel({ op: c.at('op'), cfads: c.at('cfads'), debtService: c.at('ds') }, (row) => c.at(wfKey(row)), sweep))
}
