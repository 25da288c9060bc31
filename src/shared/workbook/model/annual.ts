/**
 * The annual summary (methodology §8): every figure per calendar year of the period start, as live
 * formulas over the period sheets: flows summed with SUMIF over the Timeline's calendar-year row,
 * balances taken at the year's last period (MATCH on that ascending row), the minimum DSCR of the
 * year's periods from a running-minimum helper row on Metrics (no array formula, no MINIFS: Gnumeric
 * and older Excel lack it), coverage as the ratio of the year's sums. Amounts are in the display
 * unit. The number of year columns is structure, laid out at export; Checks!chk.layout compares it
 * with the calendar years the timeline spans.
 */
import type { AnnualRow } from '@shared/engine/types'
import { colLetter, inRow } from '../a1'
import { FIRST_PERIOD_COL, type SheetBuilder } from '../grid'
import type { Cell, StyleId } from '../types'
import type { ModelCtx } from './context'
import { hasByproducts } from './byproducts'
import { displayUnitCell, inDisplayUnit } from './display'

type MoneyField = { [F in keyof AnnualRow]: AnnualRow[F] extends AnnualRow['revenue'] ? F : never }[keyof AnnualRow]
/** Engine field, row key on the period sheets, label. */
type AnnualLine = readonly [MoneyField, string, string]

/** Row key on the period sheets, label; summed per year. */
export const ANNUAL_FLOWS: readonly AnnualLine[] = [
  ['revenue', 'revenue', 'Revenue'],
  ['contractRevenue', 'contractRevenue', 'Contract revenue'],
  ['merchantRevenue', 'merchantRevenue', 'Merchant revenue'],
  ['feedstockCost', 'feedstock', 'Feedstock cost'],
  ['opex', 'opex', 'Opex'],
  ['ebitda', 'ebitda', 'EBITDA'],
  ['deltaWorkingCapital', 'dwc', 'Change in working capital (positive absorbs cash)'],
  ['maintenanceCapex', 'maint', 'Maintenance capex'],
  ['tax', 'tax', 'Tax paid'],
  ['cfads', 'cfads', 'CFADS'],
  ['capex', 'capexc', 'Capex with contingency'],
  ['idc', 'idc', 'Interest during construction'],
  ['fees', 'fees', 'Upfront fees'],
  ['drawdowns', 'draw', 'Debt drawdowns'],
  ['equityContributions', 'equity', 'Equity contributions'],
  ['grants', 'grants', 'Grants'],
  ['interest', 'interest', 'Interest paid (after COD)'],
  ['principal', 'principal', 'Principal repaid'],
  ['debtService', 'ds', 'Debt service'],
  ['dsraMovement', 'dsraMove', 'DSRA movement from cash flow (positive = top-up)'],
  ['distributions', 'distributions', 'Distributions to equity (never negative: shortfalls are funded in the waterfall)'],
  ['sponsorSupport', 'wf.sponsorSupport', 'Sponsor support (standby equity funding shortfalls)'],
  ['projectCashFlow', 'projectCf', 'Project cash flow'],
  ['equityCashFlow', 'equityCf', 'Equity cash flow'],
  ['depreciation', 'dep', 'Depreciation']
]

/** Which optional lines a workbook lays out: each only where its period rows exist. */
export type AnnualLayout = { tranches: boolean; byproducts: boolean; epr: boolean; sweep: boolean }

/**
 * Lines only some projects have, each laid out after the line it details: the hedge cost of swapped
 * tranches (§10, paid with interest, part of debt service); by-product and EPR certificate sales and
 * the disposal of residues (§13, inside revenue and opex, so revenue and opex still sum their parts).
 */
const OPTIONAL_FLOWS: readonly { after: MoneyField; line: AnnualLine; when: (l: AnnualLayout) => boolean }[] = [
  { after: 'merchantRevenue', line: ['byproductRevenue', 'byproductRev', 'of which by-product sales (not in offtake coverage)'], when: (l) => l.byproducts },
  { after: 'merchantRevenue', line: ['eprRevenue', 'eprRev', 'of which EPR certificate sales (uncontracted)'], when: (l) => l.epr },
  { after: 'opex', line: ['disposalCost', 'disposal', 'of which disposal of residues'], when: (l) => l.byproducts },
  { after: 'interest', line: ['debtFees', 'debtFees', 'Hedge cost of swapped tranches'], when: (l) => l.tranches },
  // The cash sweep (§11): senior debt prepaid beside the scheduled principal, where the terms have one.
  { after: 'principal', line: ['sweep', 'wf.sweep', 'Cash sweep (senior debt prepaid)'], when: (l) => l.sweep }
]

/** The flows laid out for a layout, in order. */
export const annualFlows = (l: AnnualLayout): readonly AnnualLine[] =>
  ANNUAL_FLOWS.flatMap((f) => [f, ...OPTIONAL_FLOWS.filter((o) => o.after === f[0] && o.when(l)).map((o) => o.line)])

/** The layout a written workbook has, read from its row map (what a comparison checks). */
export const annualLayoutOfRows = (rows: Readonly<Record<string, unknown>>): AnnualLayout => ({
  tranches: rows[annualKey('debtFees')] !== undefined, byproducts: rows[annualKey('byproductRevenue')] !== undefined, epr: rows[annualKey('eprRevenue')] !== undefined,
  sweep: rows[annualKey('sweep')] !== undefined
})

/** Balances at the end of the year's last period. */
export const ANNUAL_STOCKS: readonly AnnualLine[] = [
  ['debtBalance', 'closing', 'Debt balance'],
  ['dsraBalance', 'dsraBal', 'DSRA balance'],
  ['wcFacilityBalance', 'wf.wcBal', 'Working-capital facility balance'],
  ['mraBalance', 'wf.mraBal', 'Maintenance reserve (MRA) balance'],
  ['lockupBalance', 'wf.lockupBal', 'Lock-up account balance'],
  ['workingCapital', 'wc', 'Working capital'],
  ['bookValue', 'book', 'Book value'],
  ['lossesCarriedForward', 'lossPool', 'Tax losses carried forward']
]

export const annualKey = (field: keyof AnnualRow) => `a.${field}`

/** The running minimum the annual DSCR reads; a period row, so it goes on Metrics beside the DSCR. */
export function writeAnnualHelpers(sh: SheetBuilder) {
  sh.section('For the annual summary')
  sh.calc('dscrYearMin', "Lowest DSCR of the calendar year so far (Annual reads it at the year's last period)", 'x', (c) => {
    const run = c.prev('dscrYearMin')
    const d = c.at('dscr')
    return `IF(AND(${c.at('calYear')}=${c.prev('calYear')},ISNUMBER(${run})),IF(ISNUMBER(${d}),MIN(${run},${d}),${run}),${d})`
  }, { style: 'ratio' })
}

export function writeAnnual(ctx: ModelCtx, sh: SheetBuilder) {
  const years = ctx.result.annual.length
  if (years < 1) throw new Error('annual summary without a year')
  const span = (k: string) => sh.book.spanOf(k, sh.name)
  const cal = span('calYear')
  const col = (y: number) => colLetter(FIRST_PERIOD_COL + y)
  const last = (y: number) => `${col(y)}$3`
  const sumOf = (y: number, key: string) => `SUMIF(${cal},${col(y)}$2,${span(key)})`
  sh.colWidths = [52, 14, 16, 3, ...Array.from({ length: years }, () => 13)]
  sh.freeze = { rows: 3, cols: FIRST_PERIOD_COL - 1 }
  sh.set(1, 1, { t: 's', v: 'Annual', style: 'title' })
  sh.set(1, 2, { t: 's', v: 'Annual summary by calendar year of the period start: flows summed, balances at the year end, lowest DSCR of the year', style: 'subtitle' })
  const byYear = (row: number, make: (y: number) => string, style: StyleId, from = 0) => {
    for (let y = from; y < years; y++) sh.set(row, FIRST_PERIOD_COL + y, { t: 'f', f: make(y), style, shared: { master: y === from, count: years - from } })
  }
  sh.set(2, 1, { t: 's', v: 'Calendar year', style: 'header' })
  sh.set(3, 1, { t: 's', v: 'Last period of the year', style: 'header' })
  for (const c of [2, 3]) for (const r of [2, 3]) sh.set(r, c, { t: 's', v: r === 2 && c === 3 ? 'Total' : '', style: 'header' })
  sh.set(2, FIRST_PERIOD_COL, { t: 'f', f: inRow(cal, 1), style: 'header' })
  byYear(2, (y) => `${col(y - 1)}2+1`, 'header', 1)
  byYear(3, (y) => `MATCH(${col(y)}$2,${cal},1)`, 'header')
  sh.book.addName('Annual_Years', sh.name, `$${col(0)}$2:$${col(years - 1)}$2`)
  sh.book.registerRow(annualKey('year'), { sheet: sh.name, row: 2 })
  sh.next = 5

  const row = (key: string, label: string, unit: Cell, make: (y: number) => string, style: StyleId, total: boolean) => {
    const r = sh.next++
    sh.book.registerRow(key, { sheet: sh.name, row: r })
    sh.set(r, 1, { t: 's', v: label, style: 'label' })
    sh.set(r, 2, unit)
    if (total) sh.set(r, 3, { t: 'f', f: `SUM($${col(0)}$${r}:$${col(years - 1)}$${r})`, style: 'displayTotal' })
    byYear(r, make, style)
  }
  const unitText = (v: string): Cell => ({ t: 's', v, style: 'unit' })
  sh.section('Periods')
  // D3 is left empty, so the first year's count reads 0 for the period before it.
  row('a.periods', 'Periods in the year', unitText('#'), (y) => `${last(y)}-${colLetter(FIRST_PERIOD_COL + y - 1)}$3`, 'count', false)
  sh.section('Flows in the year (sum of its periods)')
  for (const [field, key, label] of annualFlows({ tranches: ctx.debt === null, byproducts: hasByproducts(ctx.project), epr: ctx.project.epr !== undefined, sweep: ctx.project.financing.waterfall?.sweep !== undefined })) row(annualKey(field), label, displayUnitCell(), (y) => inDisplayUnit(sumOf(y, key)), 'display', true)
  sh.section("Balances at the year end (the year's last period)")
  for (const [field, key, label] of ANNUAL_STOCKS) row(annualKey(field), label, displayUnitCell(), (y) => inDisplayUnit(inRow(span(key), last(y))), 'display', false)
  sh.section('Ratios')
  const runMin = span('dscrYearMin')
  row(annualKey('minDscr'), "Lowest DSCR of the year's periods with debt service", unitText('x'),
    (y) => `IF(ISNUMBER(${inRow(runMin, last(y))}),${inRow(runMin, last(y))},"n/a")`, 'ratio', false)
  const ratio = (num: string) => (y: number) => `IF(${sumOf(y, 'coverBase')}>0,${sumOf(y, num)}/${sumOf(y, 'coverBase')},"n/a")`
  row(annualKey('offtakeCoverage'), 'Offtake coverage (contract revenue / revenue of the year)', unitText('%'), ratio('contractForCover'), 'pct', false)
  row(annualKey('bankableOfftakeCoverage'), 'Bankable offtake coverage', unitText('%'), ratio('bankableForCover'), 'pct', false)
  sh.endGroup()
}
