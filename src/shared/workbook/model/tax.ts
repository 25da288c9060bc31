/** Depreciation, taxable income, losses carried forward and tax (methodology §6). */
import { bookValueExcel, depreciationExcel } from '@shared/engine/depreciation'
import { taxStepExcel } from '@shared/rules/tax-with-losses'
import { taxableBeforeLossesExcel } from '@shared/rules/taxable-income'
import type { PeriodCtx, SheetBuilder } from '../grid'
import { type ModelCtx, fx } from './context'

export function writeTax(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  const rep = p.reportingCurrency
  sh.header('Tax', `Depreciation from COD, losses carried forward without expiry; ${rep}`)
  sh.section('Depreciation')
  const nc = ctx.result.constructionPeriods
  const cs = (k: string) => `SUM(${sh.book.constructionSpanOf(k, sh.name, nc)})`
  sh.scalar('depBase', 'Depreciable base = capex + contingency + IDC + fees (construction uses)', rep,
    () => fx(cs('uses'), 'total'))
  writeDepreciationRows(ctx, sh, (name) => name, { base: sh.c('depBase'), uses: 'uses' })
  sh.section('Taxable income and tax')
  writeTaxRows(ctx, sh, (name) => name, { ebitda: 'ebitda', depreciation: 'dep', interest: 'interest', maint: 'maint' }, true)
}

/** Depreciation and book value rows (keys `key('dep')`, `key('book')`) on a depreciable base cell and a row of uses. */
export function writeDepreciationRows(ctx: ModelCtx, sh: SheetBuilder, key: (name: string) => string, from: { base: string; uses: string }, totals = true) {
  const rep = ctx.project.reportingCurrency
  const method = ctx.project.tax.depreciation.method
  sh.calc(key('dep'), `Depreciation (${method === 'straightLine' ? 'straight line' : 'written-down value'})`, rep,
    (c) => depreciationExcel(method, { op: c.at('op'), opIndex: c.at('opIndex'), prevBook: c.prev(key('book')), base: from.base }), totals ? { total: 'sum' } : {})
  sh.calc(key('book'), 'Book value (end of period; builds up with uses in construction)', rep,
    (c) => bookValueExcel({ prevBook: c.prev(key('book')), constr: c.at('constr'), uses: c.at(from.uses), depreciation: c.at(key('dep')) }))
}

/**
 * Taxable income before losses, losses used and carried, taxable income and tax: the engine's rule
 * (rules/tax-with-losses.ts taxStep) as formulas, one row per part. The Tax sheet writes them once for the model;
 * the Sizing sheet once per iteration block, with its own keys (`key`) and its own depreciation and
 * interest rows.
 */
export function writeTaxRows(ctx: ModelCtx, sh: SheetBuilder, key: (name: string) => string, from: { ebitda: string; depreciation: string; interest: string; maint: string }, totals: boolean) {
  const rep = ctx.project.reportingCurrency
  const total = totals ? { total: 'sum' as const } : {}
  sh.calc(key('taxableBefore'), 'Taxable before losses = EBITDA − depreciation − interest − maintenance capex', rep,
    (c) => taxableBeforeLossesExcel(c.at(from.ebitda), c.at(from.depreciation), c.at(from.interest), c.at(from.maint)), total)
  const step = (c: PeriodCtx) => taxStepExcel({ before: c.at(key('taxableBefore')), broughtForward: c.prev(key('lossPool')), used: c.at(key('lossUsed')), taxable: c.at(key('taxable')), rate: 'Tax_Rate' })
  sh.calc(key('lossUsed'), 'Losses used', rep, (c) => step(c).used, total)
  sh.calc(key('lossPool'), 'Losses carried forward (end of period)', rep, (c) => step(c).carried)
  sh.calc(key('taxable'), 'Taxable income', rep, (c) => step(c).taxable, total)
  sh.calc(key('tax'), 'Tax paid', rep, (c) => step(c).tax, totals ? { total: 'sum', style: 'total' } : {})
}
