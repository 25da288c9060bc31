/** Cover: what this file is, where it came from (SHA-256 of the project file text) and what is inside. */
import type { SheetBuilder } from '../grid'
import { type ModelCtx, fx, str } from './context'
import { displayUnitCell } from './display'
import { METRICS, UNITS } from '@shared/metrics/registry'

export type CoverInfo = { exportedAt: string; appVersion: string; projectSha256: string; valuesOnly: boolean }

const CONTENTS: [string, string][] = [
  ['Inputs', 'Every assumption once (input style), constants and solved values'],
  ['Scenarios', 'The project\'s scenarios as inputs, one column per case; Inputs!Scenario_Selected picks the case in view'],
  ['Timeline', 'Period axis: dates, phase flags, operating and calendar year, escalation, FX'],
  ['Operations', 'Feed, contained and recovered metal, product output'],
  ['Revenue', 'Prices, contract allocation, floor/cap, charges, merchant sales, coverage'],
  ['Costs', 'Feedstock, opex, EBITDA, working capital, capex, grants'],
  ['Tax', 'Depreciation, losses carried forward, tax'],
  ['Debt', 'Drawdowns, IDC, fees, interest, principal, balance, DSRA'],
  ['Sizing', 'Debt sizing and the sculpting ratio by iteration blocks, live (sculpted schedules only)'],
  ['Cash flow', 'Waterfall to CFADS and distributions; project and equity flows'],
  ['Metrics', 'IRR, NPV, DSCR, LLCR, PLCR, payback, coverage'],
  ['Annual', 'Per calendar year: flows, year-end balances, lowest DSCR, coverage'],
  ['Checks', 'Integrity checks with an overall flag'],
  ['Base Operations', 'Base Operations … Base Cash flow: the base case again (every scenario input neutral), whose debt a scenario holds']
]

const TRANCHE_CONTENTS: Record<string, string> = {
  Debt: 'Funding of all tranches; a block per tranche (FX used, drawdowns, IDC, fees, premium, hedge cost, interest, principal, balance in its currency and translated); the aggregate; DSRA',
  Sizing: 'Tranche commitments, debt sizing and the sculpting ratios by iteration blocks, live'
}

/** The Debt sheet with a cash sweep (model/tranche-debt.ts, model/sweep-debt.ts). */
const SWEPT_DEBT = `${TRANCHE_CONTENTS.Debt}; with the cash sweep each tranche walked as scheduled and as swept (instalments capped at what is owed, the sweep allocated), the DSRA on the re-profiled service`

export function writeCover(ctx: ModelCtx, sh: SheetBuilder, info: CoverInfo) {
  const p = ctx.project
  sh.header(p.name, info.valuesOnly ? 'Bankability model: values only (for review; formulas removed)' : 'Bankability model: live formulas, recalculates in Excel or LibreOffice')
  sh.set(1, 1, { t: 's', v: p.name, style: 'title' })
  sh.section('File')
  sh.scalar(null, 'Project', '', str(p.name))
  if (p.sheet.sponsor) sh.scalar(null, 'Sponsor', '', str(p.sheet.sponsor))
  if (p.sheet.location) sh.scalar(null, 'Location', '', str(p.sheet.location))
  sh.scalar(null, 'Exported', '', str(info.exportedAt))
  sh.scalar(null, 'App version', '', str(`Bankable ${info.appVersion}`))
  sh.scalar(null, 'Project file SHA-256', '', str(info.projectSha256))
  sh.scalar(null, 'Reporting currency', '', str(p.reportingCurrency))
  sh.scalar(null, 'Checks', 'TRUE/FALSE', () => fx(sh.c('chk.all'), 'checkCopy'))
  sh.scalar(null, 'Scenario in view (Inputs: Scenario_Selected)', '', fx('Scenario_Selected', 'text'))
  sh.section('Headline results')
  for (const k of ['projectIrr', 'equityIrr', 'minDscr', 'llcr'] as const) {
    const d = METRICS[k]
    sh.scalar(null, d.label, UNITS[d.unit].unitText(p.reportingCurrency), () => fx(sh.c(`m.${k}`), d.xlMetricStyle))
  }
  // Metrics amounts are already in the display unit.
  for (const [key, label] of [['m.debt', 'Senior debt'], ['m.npv', 'Project NPV']] as const) {
    const row = sh.scalar(null, label, '', () => fx(sh.c(key), 'metricDisplay'))
    sh.set(row, 2, displayUnitCell())
  }
  // The cash sweep (§11), where the terms have one: what it prepaid and when the debt is repaid as swept.
  if (p.financing.waterfall?.sweep) {
    sh.scalar(null, METRICS.totalSwept.label, p.reportingCurrency, () => fx(sh.c('m.totalSwept'), 'money'))
    sh.scalar(null, 'Debt repaid (period, under the sweep)', 'period', () => fx(sh.c('m.debtRepaid'), 'count'))
  }
  sh.section('Contents')
  // With tranches the Debt sheet has a block per tranche and the Sizing sheet always closes their commitments.
  const swept = p.financing.waterfall?.sweep !== undefined
  const trancheText = (name: string, what: string) => (name === 'Debt' && swept ? SWEPT_DEBT : TRANCHE_CONTENTS[name] ?? what)
  const contents = ctx.debt ? CONTENTS : CONTENTS.map(([name, what]): [string, string] => [name, trancheText(name, what)])
  for (const [name, what] of contents) if (sh.book.sheets.some((x) => x.name === name)) sh.scalar(null, name, '', str(what))
  sh.section('Conventions')
  for (const line of [
    'Blue text on yellow = input; orange = the app\'s figure for reference or a starting guess; black = formula.',
    'Each calculation row has one formula across the timeline; column C totals flows.',
    'Costs are positive amounts; in the cash-flow waterfall cash in is positive, cash out negative.',
    'Methodology: the app\'s Methodology page (Help & methodology in the sidebar); every rule here follows it.'
  ]) sh.note(line)
}
