/** Maintenance capex for tax, depreciation on the pool, taxable income, losses carried forward and tax (methodology §6). */
import { additionsChargeExcel, bookValueExcel, depreciationExcel } from '@shared/engine/depreciation'
import { taxStepExcel } from '@shared/rules/tax-with-losses'
import { maintenanceCapitalisedExcel, maintenanceDeductedExcel, taxableBeforeLossesExcel } from '@shared/rules/taxable-income'
import type { PeriodCtx, SheetBuilder } from '../grid'
import { type ModelCtx, fx } from './context'

export function writeTax(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  const rep = p.reportingCurrency
  sh.header('Tax', `Depreciation from COD on one pool (land excluded), losses carried forward without expiry; ${rep}`)
  sh.section('Maintenance capex for tax (Inputs: Maint_Tax)')
  sh.calc('maintDeducted', 'Maintenance capex deducted from taxable income (all when expensed, none when capitalised)', rep,
    (c) => maintenanceDeductedExcel(c.at('maint')), { total: 'sum' })
  sh.calc('maintAdd', 'Maintenance capex capitalised: joins the pool at the end of the period', rep,
    (c) => maintenanceCapitalisedExcel(c.at('maint'), c.at('maintDeducted')), { total: 'sum' })
  if (p.tax.depreciation.method === 'straightLine') {
    sh.calc('maintAddCum', 'Capitalised maintenance to date', rep, (c) => additionsChargeExcel.cumulative({ prevCumulative: c.prev('maintAddCum'), addition: c.at('maintAdd') }))
    sh.calc('depOnAdds', 'Straight line on capitalised maintenance: each addition over the life from the next period', rep,
      (c) => additionsChargeExcel.charge({ prevCumulative: c.prev('maintAddCum'), period: c.at('period'), cumulativeSpan: c.span('maintAddCum') }), { total: 'sum' })
  }
  sh.section('Depreciation')
  const nc = ctx.result.constructionPeriods
  const cs = (k: string) => `SUM(${sh.book.constructionSpanOf(k, sh.name, nc)})`
  sh.scalar('depBase', 'Depreciable base = capex + contingency + IDC + fees − land (construction uses less land)', rep,
    () => fx(`${cs('uses')}-${cs('land')}`, 'total'))
  writeDepreciationRows(ctx, sh, (name) => name, { base: sh.c('depBase'), uses: 'uses' })
  sh.section('Taxable income and tax')
  // With tranches the hedge cost of swapped tranches is deducted with interest (Debt sheet: 'deductible').
  writeTaxRows(ctx, sh, (name) => name, { ebitda: 'ebitda', depreciation: 'dep', interest: ctx.debt ? 'interest' : 'deductible' }, true)
}

/**
 * Depreciation and book value rows (keys `key('dep')`, `key('book')`) on a depreciable base cell and a
 * row of uses: the pool takes the uses less land in construction and the capitalised maintenance
 * (Tax sheet rows `maintAdd`, and `depOnAdds` under straight line) after COD.
 */
export function writeDepreciationRows(ctx: ModelCtx, sh: SheetBuilder, key: (name: string) => string, from: { base: string; uses: string }, totals = true) {
  const rep = ctx.project.reportingCurrency
  const method = ctx.project.tax.depreciation.method
  sh.calc(key('dep'), `Depreciation (${method === 'straightLine' ? 'straight line' : 'written-down value'}; at most the book value)`, rep,
    (c) => depreciationExcel(method, { op: c.at('op'), opIndex: c.at('opIndex'), prevBook: c.prev(key('book')), base: from.base, ...(method === 'straightLine' ? { additions: c.at('depOnAdds') } : {}) }), totals ? { total: 'sum' } : {})
  sh.calc(key('book'), 'Book value (end of period; uses less land in construction, + capitalised maintenance − depreciation)', rep,
    (c) => bookValueExcel({ prevBook: c.prev(key('book')), constr: c.at('constr'), uses: c.at(from.uses), land: c.at('land'), additions: c.at('maintAdd'), depreciation: c.at(key('dep')) }))
}

/**
 * Taxable income before losses, losses used and carried, taxable income and tax: the engine's rule
 * (rules/tax-with-losses.ts taxStep) as formulas, one row per part. The Tax sheet writes them once for the model;
 * the Sizing sheet once per iteration block, with its own keys (`key`) and its own depreciation and
 * interest rows; both deduct the Tax sheet's `maintDeducted`.
 */
export function writeTaxRows(ctx: ModelCtx, sh: SheetBuilder, key: (name: string) => string, from: { ebitda: string; depreciation: string; interest: string }, totals: boolean) {
  const rep = ctx.project.reportingCurrency
  const total = totals ? { total: 'sum' as const } : {}
  sh.calc(key('taxableBefore'), 'Taxable before losses = EBITDA − depreciation − interest − maintenance capex deducted', rep,
    (c) => taxableBeforeLossesExcel(c.at(from.ebitda), c.at(from.depreciation), c.at(from.interest), c.at('maintDeducted')), total)
  const step = (c: PeriodCtx) => taxStepExcel({ before: c.at(key('taxableBefore')), broughtForward: c.prev(key('lossPool')), used: c.at(key('lossUsed')), taxable: c.at(key('taxable')), rate: 'Tax_Rate' })
  sh.calc(key('lossUsed'), 'Losses used', rep, (c) => step(c).used, total)
  sh.calc(key('lossPool'), 'Losses carried forward (end of period)', rep, (c) => step(c).carried)
  sh.calc(key('taxable'), 'Taxable income', rep, (c) => step(c).taxable, total)
  sh.calc(key('tax'), 'Tax paid', rep, (c) => step(c).tax, totals ? { total: 'sum', style: 'total' } : {})
}
