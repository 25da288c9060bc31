/**
 * The tax inputs on the Inputs sheet (methodology §6, §14): the rate, the maintenance treatment, the
 * general pool's depreciation and — when the project has them — its asset blocks, the block
 * capitalised maintenance joins, the business-loss expiry and the tax holiday. A block's id, its method,
 * and whether losses lapse or a holiday exists are structure (they decide which rows the Tax sheet
 * lays out); every rate, life, number of years and the maintenance block are live inputs.
 */
import { GENERAL_POOL, MAINTENANCE_TAX_TREATMENTS } from '@shared/model'
import type { SheetBuilder } from '../grid'
import { type ModelCtx, STRUCTURE_NOTE, num, str } from './context'

/** The defined names of block k (0-based in `tax.blocks`): its id cell, its life and its rate. */
export const taxBlockInputNames = (k: number) => ({ id: `TaxBlock${k + 1}_Id`, years: `TaxBlock${k + 1}_Years`, rate: `TaxBlock${k + 1}_Rate` })

export function writeTaxInputs(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  const blocks = p.tax.blocks ?? []
  sh.section('Tax and depreciation')
  sh.scalar(null, 'Tax rate', '%', num(p.tax.rate, 'inPct'), 'Tax_Rate')
  sh.scalar(null, `Maintenance capex for tax: 'capitalised' (into ${blocks.length ? 'the block Maint_Block names' : 'the depreciable pool'}, from the next period) or 'expensed'`, '',
    { ...str(p.tax.maintenanceCapex ?? 'expensed', 'inText'), choices: MAINTENANCE_TAX_TREATMENTS }, 'Maint_Tax')
  const d = p.tax.depreciation
  const general = blocks.length ? 'General pool (capex in block \'depreciable\'): ' : ''
  sh.scalar(null, `${general}depreciation method`, '', str(d.method === 'straightLine' ? 'straight line from COD' : 'written-down value', 'text'), undefined, STRUCTURE_NOTE)
  if (d.method === 'straightLine') sh.scalar(null, `${general}depreciation life`, 'years', num(d.years, 'inNumber'), 'Dep_Years')
  else sh.scalar(null, `${general}written-down-value rate`, '%/yr', num(d.rate, 'inPct'), 'Dep_WDV_Rate')
  if (blocks.length) {
    sh.section('Tax asset blocks of their own (§14): capex items name one in column D; each takes its share of IDC and fees')
    blocks.forEach((b, k) => {
      const names = taxBlockInputNames(k)
      sh.scalar(null, `Block ${k + 1}: ${b.name}: id (what column D of a capex item says)`, '', str(b.id, 'text'), names.id, STRUCTURE_NOTE)
      sh.scalar(null, `Block ${k + 1}: depreciation method`, '', str(b.depreciation.method === 'straightLine' ? 'straight line from COD' : 'written-down value', 'text'), undefined, STRUCTURE_NOTE)
      if (b.depreciation.method === 'straightLine') sh.scalar(null, `Block ${k + 1}: depreciation life`, 'years', num(b.depreciation.years, 'inNumber'), names.years)
      else sh.scalar(null, `Block ${k + 1}: written-down-value rate`, '%/yr', num(b.depreciation.rate, 'inPct'), names.rate)
    })
    sh.scalar(null, `Capitalised maintenance joins the block ('${GENERAL_POOL}' or a block id)`, '',
      { ...str(p.tax.maintenanceBlock ?? GENERAL_POOL, 'inText'), choices: [GENERAL_POOL, ...blocks.map((b) => b.id)] }, 'Maint_Block')
  }
  if (p.tax.lossExpiryYears !== undefined || p.tax.holiday !== undefined) sh.section('Tax losses and holiday (§14)')
  if (p.tax.lossExpiryYears !== undefined)
    sh.scalar(null, 'Business losses usable for (tax years after the year they arose; unabsorbed depreciation never lapses)', 'years', num(p.tax.lossExpiryYears, 'inNumber'), 'Loss_Expiry_Years')
  if (p.tax.holiday !== undefined) {
    sh.scalar(null, 'Tax holiday from COD', 'years', num(p.tax.holiday.years, 'inNumber'), 'Holiday_Years')
    sh.scalar(null, 'Tax rate in the holiday (0 = no tax)', '%', num(p.tax.holiday.rate, 'inPct'), 'Holiday_Rate')
  }
}
