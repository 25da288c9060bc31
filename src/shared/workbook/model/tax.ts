/** Depreciation, taxable income, losses carried forward and tax (methodology §6). */
import type { SheetBuilder } from '../grid'
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
    (c) => `${c.at('ebitda')}-${c.at('dep')}-${c.at('interest')}-${c.at('maint')}`, { total: 'sum' })
  sh.calc('lossUsed', 'Losses used', rep, (c) => `MIN(${c.prev('lossPool')},MAX(0,${c.at('taxableBefore')}))`, { total: 'sum' })
  sh.calc('lossPool', 'Losses carried forward (end of period)', rep, (c) => `${c.prev('lossPool')}+MAX(0,-${c.at('taxableBefore')})-${c.at('lossUsed')}`)
  sh.calc('taxable', 'Taxable income', rep, (c) => `MAX(0,${c.at('taxableBefore')}-${c.at('lossUsed')})`, { total: 'sum' })
  sh.calc('tax', 'Tax paid', rep, (c) => `Tax_Rate*${c.at('taxable')}`, { total: 'sum', style: 'total' })
}
