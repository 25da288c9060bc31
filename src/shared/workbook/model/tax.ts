/** Depreciation, taxable income, losses carried forward and tax (methodology §6). */
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
  const base = sh.c('depBase')
  if (p.tax.depreciation.method === 'straightLine')
    sh.calc('dep', 'Depreciation (straight line)', rep, (c) => `IF(AND(${c.at('op')}=1,${c.at('opIndex')}<=Dep_Years*Months_Per_Year/Period_Months),MIN(${c.prev('book')},${base}*Period_Months/Months_Per_Year/Dep_Years),0)`, { total: 'sum' })
  else
    sh.calc('dep', 'Depreciation (written-down value)', rep, (c) => `${c.at('op')}*${c.prev('book')}*(1-(1-Dep_WDV_Rate)^(Period_Months/Months_Per_Year))`, { total: 'sum' })
  sh.calc('book', 'Book value (end of period; builds up with uses in construction)', rep, (c) => `${c.prev('book')}+${c.at('constr')}*${c.at('uses')}-${c.at('dep')}`)
  sh.section('Taxable income and tax')
  sh.calc('taxableBefore', 'Taxable before losses = EBITDA − depreciation − interest − maintenance capex', rep,
    (c) => taxableBeforeLossesExcel(c.at('ebitda'), c.at('dep'), c.at('interest'), c.at('maint')), { total: 'sum' })
  // The engine's rule (rules/tax-with-losses.ts taxStep) as formulas: one step, one row per part.
  const step = (c: PeriodCtx) => taxStepExcel({ before: c.at('taxableBefore'), broughtForward: c.prev('lossPool'), used: c.at('lossUsed'), taxable: c.at('taxable'), rate: 'Tax_Rate' })
  sh.calc('lossUsed', 'Losses used', rep, (c) => step(c).used, { total: 'sum' })
  sh.calc('lossPool', 'Losses carried forward (end of period)', rep, (c) => step(c).carried)
  sh.calc('taxable', 'Taxable income', rep, (c) => step(c).taxable, { total: 'sum' })
  sh.calc('tax', 'Tax paid', rep, (c) => step(c).tax, { total: 'sum', style: 'total' })
}
