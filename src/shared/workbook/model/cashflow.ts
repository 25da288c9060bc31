/** From EBITDA to CFADS, the cash waterfall to distributions (§11), project and equity cash flows (§6–§8). Signed: cash in positive. */
import { cfadsOfExcel } from '@shared/rules/cfads'
import { projectFlowExcel } from '@shared/rules/project-cash-flow'
import type { SheetBuilder } from '../grid'
import type { ModelCtx } from './context'
import { writeCashWaterfall } from './cash-waterfall'

export function writeCashFlow(ctx: ModelCtx, sh: SheetBuilder) {
  const rep = ctx.project.reportingCurrency
  sh.header('Cash flow', `Cash-flow waterfall; ${rep}; cash in positive, cash out negative in the signed flows`)
  sh.section('Cash flow available for debt service')
  sh.calc('cf.ebitda', 'EBITDA', rep, (c) => c.at('ebitda'), { total: 'sum' })
  sh.calc('cf.tax', 'less: tax', rep, (c) => cfadsOfExcel.lessTax(c.at('tax')), { total: 'sum' })
  sh.calc('cf.dwc', 'less: increase in working capital', rep, (c) => cfadsOfExcel.lessDeltaWorkingCapital(c.at('dwc')), { total: 'sum' })
  sh.calc('cf.maint', 'less: maintenance capex', rep, (c) => cfadsOfExcel.lessMaintenanceCapex(c.at('maint')), { total: 'sum' })
  sh.calc('cfads', 'CFADS', rep, (c) => cfadsOfExcel.cfads(c.at('cf.ebitda'), c.at('cf.tax'), c.at('cf.dwc'), c.at('cf.maint')), { total: 'sum', style: 'total' })
  // The base-case lane exists to size the debt a scenario holds: it needs CFADS, never the cash below it,
  // and leaving the waterfall out spares the file (and every recalculation) some forty rows nothing reads.
  if (sh.lane) return
  writeCashWaterfall(sh, rep, ctx.project.financing.waterfall?.sweep !== undefined)
  sh.section('Return cash flows')
  sh.calc('projectCf', 'Project cash flow = −capex with contingency, then CFADS', rep, (c) => projectFlowExcel(c.at('constr'), c.at('op'), c.at('cfads'), c.at('capexc')), { total: 'sum' })
  // Sponsor support is equity (§11): it enters the equity IRR beside the construction equity.
  sh.calc('equityCf', 'Equity cash flow = −equity − sponsor support + distributions', rep, (c) => `-${c.at('equity')}-${c.at('wf.sponsorSupport')}+${c.at('distributions')}`, { total: 'sum' })
  sh.calc('cumProjectCf', 'Cumulative project cash flow', rep, (c) => `${c.prev('cumProjectCf')}+${c.at('projectCf')}`)
}
