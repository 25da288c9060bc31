/** The waterfall from EBITDA to CFADS and distributions; project and equity cash flows (§6–§8). Signed: cash in positive. */
import { cfadsOfExcel } from '@shared/rules/cfads'
import { projectFlowExcel } from '@shared/rules/project-cash-flow'
import type { SheetBuilder } from '../grid'
import type { ModelCtx } from './context'

export function writeCashFlow(ctx: ModelCtx, sh: SheetBuilder) {
  const rep = ctx.project.reportingCurrency
  sh.header('Cash flow', `Cash-flow waterfall; ${rep}; cash in positive, cash out negative in the signed flows`)
  sh.section('Cash flow available for debt service')
  sh.calc('cf.ebitda', 'EBITDA', rep, (c) => c.at('ebitda'), { total: 'sum' })
  sh.calc('cf.tax', 'less: tax', rep, (c) => cfadsOfExcel.lessTax(c.at('tax')), { total: 'sum' })
  sh.calc('cf.dwc', 'less: increase in working capital', rep, (c) => cfadsOfExcel.lessDeltaWorkingCapital(c.at('dwc')), { total: 'sum' })
  sh.calc('cf.maint', 'less: maintenance capex', rep, (c) => cfadsOfExcel.lessMaintenanceCapex(c.at('maint')), { total: 'sum' })
  sh.calc('cfads', 'CFADS', rep, (c) => cfadsOfExcel.cfads(c.at('cf.ebitda'), c.at('cf.tax'), c.at('cf.dwc'), c.at('cf.maint')), { total: 'sum', style: 'total' })
  sh.section('To equity')
  sh.calc('cf.ds', 'less: debt service', rep, (c) => `-${c.at('ds')}`, { total: 'sum' })
  sh.calc('cf.dsra', 'less: DSRA top-up (plus release)', rep, (c) => `-${c.at('dsraMove')}`, { total: 'sum' })
  sh.calc('distributions', 'Distributions to equity (negative = injection)', rep, (c) => `${c.at('op')}*(${c.at('cfads')}+${c.at('cf.ds')}+${c.at('cf.dsra')})`, { total: 'sum', style: 'total' })
  sh.section('Return cash flows')
  sh.calc('projectCf', 'Project cash flow = −capex with contingency, then CFADS', rep, (c) => projectFlowExcel(c.at('constr'), c.at('op'), c.at('cfads'), c.at('capexc')), { total: 'sum' })
  sh.calc('equityCf', 'Equity cash flow = −equity + distributions', rep, (c) => `-${c.at('equity')}+${c.at('distributions')}`, { total: 'sum' })
  sh.calc('cumProjectCf', 'Cumulative project cash flow', rep, (c) => `${c.prev('cumProjectCf')}+${c.at('projectCf')}`)
}
