/**
 * The lender's thresholds as inputs (Inputs, 'Lender covenants') and the Covenants sheet: each item of
 * the app's bankability checklist (src/shared/format/checklist.ts), its metric read live from Metrics,
 * its threshold, where amber ends and the grade, by the Excel forms of the rules in
 * src/shared/rules/grade.ts. A sheet of its own rather than a section of Metrics: the grade table needs
 * columns that the Metrics sheet gives to periods, and a lender reads covenant compliance as one page.
 */
import { AMBER_BAND, GRADE_TOLERANCE, type Side, amberEdgeExcel, gradeAgainstExcel, gradeCoverAllOperatingExcel, gradeDefaultPeriodsExcel, gradeSponsorSupportExcel, gradeDsraExcel, gradeMinDscrExcel, gradeNpvExcel, minDscrAmberEdgeExcel } from '@shared/rules/grade'
import { metricLabel, type MetricKey } from '@shared/metrics/registry'
import type { SheetBuilder } from '../grid'
import type { StyleId } from '../types'
import { type ModelCtx, fx, num } from './context'

/** Columns of the Covenants table (1-based). */
export const COVENANT_COLS = { metric: 3, threshold: 4, amberFrom: 5, grade: 6 } as const
/** The checklist's item ids, in its order; each row is keyed `cov.<id>`, the overall grade `cov.overall`. */
export const COVENANT_ITEMS = ['minDscr', 'coverAllOperating', 'avgDscr', 'llcr', 'plcr', 'gearing', 'bankableCoverage', 'dsra', 'sponsorSupport', 'defaultPeriods', 'npv'] as const
/** The checklist's items for a project: supply coverage (§13) after the offtake row when it has supply contracts. */
export const covenantItems = (p: { supplyContracts?: readonly unknown[] }): string[] =>
  (p.supplyContracts?.length ?? 0) > 0 ? COVENANT_ITEMS.flatMap((id) => (id === 'bankableCoverage' ? [id, 'supplyCoverage'] : [id])) : [...COVENANT_ITEMS]

export function writeLenderInputs(ctx: ModelCtx, sh: SheetBuilder) {
  const l = ctx.project.lender
  sh.section('Lender covenants (graded on the Covenants sheet as the app\'s bankability checklist grades them)')
  sh.scalar(null, 'Covenant DSCR (minimum; the average DSCR is held to it too)', 'x', num(l.minDscr, 'inRatio'), 'Lender_Min_DSCR')
  sh.scalar(null, 'Lock-up DSCR (distributions stop below it)', 'x', num(l.lockupDscr, 'inRatio'), 'Lender_Lockup_DSCR')
  sh.scalar(null, 'Minimum LLCR (the PLCR is held to it too)', 'x', num(l.minLlcr, 'inRatio'), 'Lender_Min_LLCR')
  sh.scalar(null, 'Maximum gearing', '%', num(l.maxGearing, 'inPct'), 'Lender_Max_Gearing')
  sh.scalar(null, 'Minimum bankable offtake coverage', '%', num(l.minBankableCoverage, 'inPct'), 'Lender_Min_Bankable_Cover')
  if ((ctx.project.supplyContracts?.length ?? 0) > 0)
    sh.scalar(null, 'Minimum supply coverage (committed / processed feed, loan life)', '%', num(l.minSupplyCoverage ?? '0', 'inPct'), 'Lender_Min_Supply_Cover', l.minSupplyCoverage === undefined ? 'Not set in the project: 0, no minimum' : undefined)
  sh.scalar(null, 'DSRA the lender asks for', 'months', num(l.dsraMonths, 'inNumber'), 'Lender_DSRA_Months')
  sh.scalar(null, 'Amber band (a miss by less than this share of the threshold)', '%', num(AMBER_BAND.toNumber(), 'inPct'), 'Amber_Band', 'The app grades with 10 %')
  sh.scalar(null, 'Grade tolerance (a metric this close to an edge, relative, is on it)', 'x', num(GRADE_TOLERANCE.toNumber(), 'factor'), 'Grade_Tolerance',
    "The app's rule: the spreadsheet and the app compute metrics alike to about 1e-13")
}

export function writeCovenants(ctx: ModelCtx, sh: SheetBuilder) {
  sh.header('Covenants', "Each metric graded against the lender's thresholds (Inputs), as the app's bankability checklist grades it")
  sh.section('Bankability checklist')
  const head = sh.next++
  ;['Check', 'unit', 'Metric', 'Threshold', 'Amber from', 'Grade'].forEach((t, i) => sh.set(head, i + 1, { t: 's', v: t, style: 'header' }))
  const C = COVENANT_COLS
  const at = (row: number, col: number) => `${'ABCDEF'[col - 1]}${row}`
  const noDebt = () => `${sh.c('debtAtCod')}<=0`
  const first = sh.next
  type Item = { id: (typeof COVENANT_ITEMS)[number] | 'supplyCoverage'; label: string; unit: string; style: StyleId; metric: () => string; threshold: string | number
    amberFrom: ((row: number) => string) | null; grade: (row: number) => string; debtOnly: boolean }
  const metricRow = (id: Item['id'], key: MetricKey, mKey: string, threshold: string, side: Side, unit: string, style: StyleId, debtOnly: boolean): Item => ({
    id, label: `${metricLabel(key)} (${side === 'atLeast' ? 'at least' : 'at most'} the threshold)`, unit, style, metric: () => sh.c(mKey), threshold, debtOnly,
    amberFrom: (r) => amberEdgeExcel(at(r, C.threshold), side, 'Amber_Band'),
    grade: (r) => gradeAgainstExcel(at(r, C.metric), at(r, C.threshold), side, 'Amber_Band', 'Grade_Tolerance')
  })
  const items: Item[] = [
    { id: 'minDscr', label: `${metricLabel('minDscr')} (amber between lock-up and covenant)`, unit: 'x', style: 'ratio', metric: () => sh.c('m.minDscr'), threshold: 'Lender_Min_DSCR', debtOnly: true,
      amberFrom: () => minDscrAmberEdgeExcel('Lender_Min_DSCR', 'Lender_Lockup_DSCR', 'Amber_Band'),
      grade: (r) => gradeMinDscrExcel(at(r, C.metric), 'Lender_Min_DSCR', 'Lender_Lockup_DSCR', 'Amber_Band', 'Grade_Tolerance') },
    { id: 'coverAllOperating', label: `${metricLabel('minDscrAllOperating')} (grace included; amber from 1.00x to the lock-up)`, unit: 'x', style: 'ratio', metric: () => sh.c('m.minDscrAll'),
      threshold: 'MAX(Lender_Lockup_DSCR,1)', debtOnly: true, amberFrom: () => '1', grade: (r) => gradeCoverAllOperatingExcel(at(r, C.metric), 'Lender_Lockup_DSCR', 'Grade_Tolerance') },
    metricRow('avgDscr', 'avgDscr', 'm.avgDscr', 'Lender_Min_DSCR', 'atLeast', 'x', 'ratio', true),
    metricRow('llcr', 'llcr', 'm.llcr', 'Lender_Min_LLCR', 'atLeast', 'x', 'ratio', true),
    metricRow('plcr', 'plcr', 'm.plcr', 'Lender_Min_LLCR', 'atLeast', 'x', 'ratio', true),
    metricRow('gearing', 'gearing', 'm.gearing', 'Lender_Max_Gearing', 'atMost', '%', 'pct', false),
    metricRow('bankableCoverage', 'bankableOfftakeCoverage', 'm.bankCoverage', 'Lender_Min_Bankable_Cover', 'atLeast', '%', 'pct', false),
    ...((ctx.project.supplyContracts?.length ?? 0) > 0 ? [metricRow('supplyCoverage', 'supplyCoverage', 'm.supplyCover', 'Lender_Min_Supply_Cover', 'atLeast', '%', 'pct', false)] : []),
    { id: 'dsra', label: 'Debt service reserve (short is amber, none is red)', unit: 'months', style: 'number', metric: () => 'DSRA_Months', threshold: 'Lender_DSRA_Months', debtOnly: true,
      amberFrom: null, grade: (r) => gradeDsraExcel(at(r, C.metric), at(r, C.threshold)) },
    // The cash waterfall (§11): standby equity needed (ramp-up only amber, from the first repayment red) and periods in default.
    { id: 'sponsorSupport', label: `${metricLabel('totalSponsorSupport')} (none green; before the first repayment only amber; after it red)`, unit: ctx.project.reportingCurrency, style: 'money',
      metric: () => sh.c('m.sponsorTotal'), threshold: 0, debtOnly: true, amberFrom: null, grade: (r) => gradeSponsorSupportExcel(at(r, C.metric), sh.c('m.sponsorFromRepay')) },
    { id: 'defaultPeriods', label: `${metricLabel('defaultPeriods', 'longLabel')}: none`, unit: 'periods', style: 'count', metric: () => sh.c('m.defaultPeriods'), threshold: 0, debtOnly: true,
      amberFrom: null, grade: (r) => gradeDefaultPeriodsExcel(at(r, C.metric)) },
    { id: 'npv', label: `${metricLabel('npv')} (at least 0: earns the discount rate)`, unit: ctx.project.reportingCurrency, style: 'money', metric: () => sh.c('m.npv'), threshold: 0, debtOnly: false,
      amberFrom: null, grade: (r) => gradeNpvExcel(at(r, C.metric), 'Grade_Tolerance') }
  ]
  for (const it of items) {
    const r = sh.scalar(`cov.${it.id}`, it.label, it.unit, () => fx(it.metric(), it.style))
    sh.set(r, C.threshold, typeof it.threshold === 'number' ? num(it.threshold, it.style) : fx(it.threshold, it.style))
    if (it.amberFrom) { const a = it.amberFrom; sh.set(r, C.amberFrom, fx(a(r), it.style)) }
    // A metric the model cannot give (text such as "n/a: no debt") is not graded; without debt, nor are the lender's cover ratios.
    const graded = `IF(ISNUMBER(${at(r, C.metric)}),${it.grade(r)},"n/a")`
    sh.set(r, C.grade, fx(it.debtOnly ? `IF(${noDebt()},"n/a",${graded})` : graded, 'grade'))
  }
  const last = sh.next - 1
  sh.next++
  const any = (grade: string) => `OR(${Array.from({ length: last - first + 1 }, (_, i) => `F${first + i}="${grade}"`).join(',')})`
  const r = sh.scalar('cov.overall', 'Overall: the worst grade (n/a ignored)', '', { t: 'blank' })
  sh.set(r, C.grade, fx(`IF(${any('red')},"red",IF(${any('amber')},"amber",IF(${any('green')},"green","n/a")))`, 'grade'))
  sh.gradeRanges.push(`F${first}:F${r}`)
  sh.note('Grades: green meets the threshold; amber misses it by less than Amber_Band (minimum DSCR: between lock-up and covenant); red misses by more; n/a: no such metric (or no debt).')
  sh.colWidths = [64, 10, 16, 14, 14, 10]
}
