/** Maintenance capex for tax, depreciation by asset block, taxable income, losses carried forward and tax (methodology §6, §14). */
import { additionsChargeExcel, bookValueExcel, depreciationExcel } from '@shared/engine/depreciation'
import { taxBlockExcel } from '@shared/engine/tax-blocks'
import type { DepreciationRule } from '@shared/model'
import { periodTaxRateExcel } from '@shared/rules/tax-holiday'
import { lossStepExcel } from '@shared/rules/tax-losses'
import { taxStepExcel } from '@shared/rules/tax-with-losses'
import { maintenanceCapitalisedExcel, maintenanceDeductedExcel, taxableBeforeLossesExcel } from '@shared/rules/taxable-income'
import type { PeriodCtx, SheetBuilder } from '../grid'
import { type ModelCtx, fx } from './context'
import { SCN } from './scenarios'
import { taxBlockInputNames } from './tax-inputs'

/** A depreciation pool as the sheets lay it out: the general pool (j = 0) or block j of `tax.blocks`. */
type Pool = { j: number; name: string; id: string; rule: DepreciationRule; years: string; rate: string }

/** The pools laid out when the project has blocks of its own (none otherwise: one pool, as before). */
function poolsOf(ctx: ModelCtx): Pool[] {
  const blocks = ctx.project.tax.blocks ?? []
  if (blocks.length === 0) return []
  return [
    { j: 0, name: 'General pool', id: '"depreciable"', rule: ctx.project.tax.depreciation, years: 'Dep_Years', rate: 'Dep_WDV_Rate' },
    ...blocks.map((b, k) => ({ j: k + 1, name: b.name, ...taxBlockInputNames(k), rule: b.depreciation }))
  ]
}

const methodWords = (pool: Pool) => (pool.rule.method === 'straightLine' ? `straight line over ${pool.years}` : `written-down value at ${pool.rate}`)

export function writeTax(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  const rep = p.reportingCurrency
  const pools = poolsOf(ctx)
  const losses = p.tax.lossExpiryYears === undefined ? 'losses carried forward without expiry' : 'business losses lapse after Loss_Expiry_Years, unabsorbed depreciation never'
  sh.header('Tax', `Depreciation from COD on ${pools.length ? 'asset blocks' : 'one pool'} (land excluded), ${losses}; ${rep}`)
  sh.section('Maintenance capex for tax (Inputs: Maint_Tax)')
  sh.calc('maintDeducted', 'Maintenance capex deducted from taxable income (all when expensed, none when capitalised)', rep,
    (c) => maintenanceDeductedExcel(c.at('maint')), { total: 'sum' })
  sh.calc('maintAdd', `Maintenance capex capitalised: joins ${pools.length ? 'the block Maint_Block names' : 'the pool'} at the end of the period`, rep,
    (c) => maintenanceCapitalisedExcel(c.at('maint'), c.at('maintDeducted')), { total: 'sum' })
  const nc = ctx.result.constructionPeriods
  const cs = (k: string) => `SUM(${sh.book.constructionSpanOf(k, sh.name, nc)})`
  if (pools.length === 0) {
    if (p.tax.depreciation.method === 'straightLine') {
      sh.calc('maintAddCum', 'Capitalised maintenance to date', rep, (c) => additionsChargeExcel.cumulative({ prevCumulative: c.prev('maintAddCum'), addition: c.at('maintAdd') }))
      sh.calc('depOnAdds', 'Straight line on capitalised maintenance: each addition over the life from the next period', rep,
        (c) => additionsChargeExcel.charge({ prevCumulative: c.prev('maintAddCum'), period: c.at('period'), cumulativeSpan: c.span('maintAddCum') }), { total: 'sum' })
    }
    sh.section('Depreciation')
    sh.scalar('depBase', 'Depreciable base = capex + contingency + IDC + fees − land (construction uses less land)', rep,
      () => fx(`${cs('uses')}-${cs('land')}`, 'total'))
    writeDepreciationRows(ctx, sh, (name) => name, { base: sh.c('depBase'), uses: 'uses' })
  } else {
    writeBlockInputRows(ctx, sh, pools)
    sh.section('Depreciation by asset block (each on its own book value; land in none)')
    writeDepreciationRows(ctx, sh, (name) => name, { base: '', uses: 'uses' })
    sh.scalar('depBase', 'Depreciable base = Σ the blocks\' bases (= capex + contingency + IDC + fees − land)', rep,
      () => fx(pools.map((pool) => sh.c(`tp${pool.j}.base`)).join('+'), 'total'))
  }
  if (p.tax.holiday !== undefined) {
    sh.section('Tax rate (Inputs: Holiday_Years from COD at Holiday_Rate, then Tax_Rate)')
    sh.calc('taxRateP', 'Tax rate of the period', '%', (c) => periodTaxRateExcel(c.at('opIndex')), { style: 'pct' })
  }
  sh.section('Taxable income and tax')
  // With tranches the hedge cost of swapped tranches is deducted with interest (Debt sheet: 'deductible').
  writeTaxRows(ctx, sh, (name) => name, { ebitda: 'ebitda', depreciation: 'dep', interest: ctx.debt ? 'interest' : 'deductible' }, true)
}

/**
 * What each block takes that does not depend on the debt: its share of the depreciable capex (for the
 * IDC and fees), its capex by period, the capitalised maintenance it takes and — straight line — the
 * charge on that maintenance by vintage. The Sizing sheet's blocks read these rows.
 */
function writeBlockInputRows(ctx: ModelCtx, sh: SheetBuilder, pools: Pool[]) {
  const rep = ctx.project.reportingCurrency
  sh.section('Asset blocks: capex, share of capitalised IDC and fees, capitalised maintenance (Inputs: capex column D, Maint_Block)')
  for (const pool of pools) {
    if (pool.j > 0) {
      sh.scalar(`tb${pool.j}.share`, `${pool.name}: share of depreciable capex (takes this share of IDC and fees)`, '%', () => fx(taxBlockExcel.share(pool.id), 'pct'))
      sh.calc(`tb${pool.j}.capex`, `${pool.name}: capex with contingency`, rep, (c) => taxBlockExcel.capex(pool.id, SCN.capex, c.at('phase')), { total: 'sum' })
    }
    sh.calc(`tp${pool.j}.maint`, `${pool.name}: capitalised maintenance joining it`, rep, (c) => taxBlockExcel.maintenance(pool.id, c.at('maintAdd')), { total: 'sum' })
    if (pool.rule.method === 'straightLine') {
      sh.calc(`tp${pool.j}.maintCum`, `${pool.name}: its capitalised maintenance to date`, rep,
        (c) => additionsChargeExcel.cumulative({ prevCumulative: c.prev(`tp${pool.j}.maintCum`), addition: c.at(`tp${pool.j}.maint`) }))
      sh.calc(`tp${pool.j}.depOnAdds`, `${pool.name}: straight line on its capitalised maintenance, each addition from the next period`, rep,
        (c) => additionsChargeExcel.charge({ prevCumulative: c.prev(`tp${pool.j}.maintCum`), period: c.at('period'), cumulativeSpan: c.span(`tp${pool.j}.maintCum`), years: pool.years }), { total: 'sum' })
    }
  }
}

/**
 * Depreciation and book value rows (keys `key('dep')`, `key('book')`) on a depreciable base cell and a
 * row of uses: the pool takes the uses less land in construction and the capitalised maintenance
 * (Tax sheet rows `maintAdd`, and `depOnAdds` under straight line) after COD. With blocks of their own
 * (§14), one set of rows per block — its construction additions from these uses, its base, charge and
 * book value — and `dep`, `book` their sums; `from.base` is then not read.
 */
export function writeDepreciationRows(ctx: ModelCtx, sh: SheetBuilder, key: (name: string) => string, from: { base: string; uses: string }, totals = true) {
  const rep = ctx.project.reportingCurrency
  const total = totals ? { total: 'sum' as const } : {}
  const pools = poolsOf(ctx)
  if (pools.length === 0) {
    const method = ctx.project.tax.depreciation.method
    sh.calc(key('dep'), `Depreciation (${method === 'straightLine' ? 'straight line' : 'written-down value'}; at most the book value)`, rep,
      (c) => depreciationExcel(method, { op: c.at('op'), opIndex: c.at('opIndex'), prevBook: c.prev(key('book')), base: from.base, ...(method === 'straightLine' ? { additions: c.at('depOnAdds') } : {}) }), total)
    sh.calc(key('book'), 'Book value (end of period; uses less land in construction, + capitalised maintenance − depreciation)', rep,
      (c) => bookValueExcel({ prevBook: c.prev(key('book')), constr: c.at('constr'), uses: c.at(from.uses), land: c.at('land'), additions: c.at('maintAdd'), depreciation: c.at(key('dep')) }))
    return
  }
  const nc = ctx.result.constructionPeriods
  const blocks = pools.filter((pool) => pool.j > 0)
  for (const pool of blocks)
    sh.calc(key(`tp${pool.j}.add`), `${pool.name}: construction additions = its capex + its share × (IDC + fees)`, rep, (c) => taxBlockExcel.additions({
      constr: c.at('constr'), capex: c.at(`tb${pool.j}.capex`), share: sh.c(`tb${pool.j}.share`), uses: c.at(from.uses), capexWithContingency: c.at('capexc')
    }), total)
  sh.calc(key('tp0.add'), 'General pool: construction additions = uses − land − the blocks\' additions', rep, (c) => taxBlockExcel.generalAdditions({
    constr: c.at('constr'), uses: c.at(from.uses), land: c.at('land'), blocks: blocks.map((pool) => c.at(key(`tp${pool.j}.add`)))
  }), total)
  for (const pool of pools) {
    const k = (n: string) => key(`tp${pool.j}.${n}`)
    sh.scalar(k('base'), `${pool.name}: base (its construction additions)`, rep, () => fx(`SUM(${sh.book.constructionSpanOf(k('add'), sh.name, nc)})`, 'money'))
    const sl = pool.rule.method === 'straightLine'
    sh.calc(k('dep'), `${pool.name}: depreciation (${methodWords(pool)}; at most its book value)`, rep, (c) => depreciationExcel(pool.rule.method, {
      op: c.at('op'), opIndex: c.at('opIndex'), prevBook: c.prev(k('book')), base: sh.c(k('base')), years: pool.years, rate: pool.rate,
      ...(sl ? { additions: c.at(`tp${pool.j}.depOnAdds`) } : {})
    }), total)
    sh.calc(k('book'), `${pool.name}: book value (end of period)`, rep,
      (c) => taxBlockExcel.book({ prevBook: c.prev(k('book')), additions: c.at(k('add')), maintenance: c.at(`tp${pool.j}.maint`), depreciation: c.at(k('dep')) }))
  }
  sh.calc(key('dep'), 'Depreciation (Σ blocks)', rep, (c) => pools.map((pool) => c.at(key(`tp${pool.j}.dep`))).join('+'), totals ? { total: 'sum', style: 'total' } : {})
  sh.calc(key('book'), 'Book value (Σ blocks; end of period)', rep, (c) => pools.map((pool) => c.at(key(`tp${pool.j}.book`))).join('+'))
}

/**
 * Taxable income before losses, losses used and carried, taxable income and tax: the engine's rule
 * (rules/tax-with-losses.ts taxStep, or — when business losses lapse — rules/tax-losses.ts lossStep) as
 * formulas, one row per part, at `Tax_Rate` or the period's rate under a holiday (`taxRateP`). The Tax
 * sheet writes them once for the model; the Sizing sheet once per iteration block, with its own keys
 * (`key`) and its own depreciation and interest rows; both deduct the Tax sheet's `maintDeducted`.
 */
export function writeTaxRows(ctx: ModelCtx, sh: SheetBuilder, key: (name: string) => string, from: { ebitda: string; depreciation: string; interest: string }, totals: boolean) {
  const rep = ctx.project.reportingCurrency
  const total = totals ? { total: 'sum' as const } : {}
  const rate = (c: PeriodCtx) => (ctx.project.tax.holiday === undefined ? 'Tax_Rate' : c.at('taxRateP'))
  sh.calc(key('taxableBefore'), 'Taxable before losses = EBITDA − depreciation − interest − maintenance capex deducted', rep,
    (c) => taxableBeforeLossesExcel(c.at(from.ebitda), c.at(from.depreciation), c.at(from.interest), c.at('maintDeducted')), total)
  if (ctx.project.tax.lossExpiryYears === undefined) {
    const step = (c: PeriodCtx) => taxStepExcel({ before: c.at(key('taxableBefore')), broughtForward: c.prev(key('lossPool')), used: c.at(key('lossUsed')), taxable: c.at(key('taxable')), rate: rate(c) })
    sh.calc(key('lossUsed'), 'Losses used', rep, (c) => step(c).used, total)
    sh.calc(key('lossPool'), 'Losses carried forward (end of period)', rep, (c) => step(c).carried)
    sh.calc(key('taxable'), 'Taxable income', rep, (c) => step(c).taxable, total)
    sh.calc(key('tax'), 'Tax paid', rep, (c) => step(c).tax, totals ? { total: 'sum', style: 'total' } : {})
    return
  }
  // The lag reads business losses arisen to date from the first period up to this column only: a range
  // reaching later columns would make this period's tax depend on later periods' interest (a circular reference).
  const arisenFrom = () => sh.book.spanOf(key('lossArisen'), sh.name).split(':')[0]!
  const step = (c: PeriodCtx) => lossStepExcel({
    before: c.at(key('taxableBefore')), dep: c.at(from.depreciation), period: c.at('period'), life: 'Loss_Expiry_Years*Months_Per_Year/Period_Months',
    arisenSpan: `${arisenFrom()}:${c.at(key('lossArisen'))}`, prevArisen: c.prev(key('lossArisen')), prevConsumed: c.prev(key('lossConsumed')), prevUnabsorbed: c.prev(key('lossUD')),
    expired: c.at(key('lossExpired')), newUnabsorbed: c.at(key('lossNewUD')), newBusiness: c.at(key('lossNewBL')), usedBusiness: c.at(key('lossUsedBL')),
    usedUnabsorbed: c.at(key('lossUsedUD')), used: c.at(key('lossUsed')), taxable: c.at(key('taxable')), arisen: c.at(key('lossArisen')), consumed: c.at(key('lossConsumed')),
    unabsorbed: c.at(key('lossUD')), rate: rate(c)
  })
  sh.calc(key('lossNewUD'), 'Loss of the period: unabsorbed depreciation (up to the period\'s depreciation; never lapses)', rep, (c) => step(c).newUnabsorbed, total)
  sh.calc(key('lossNewBL'), 'Loss of the period: business loss (the rest)', rep, (c) => step(c).newBusiness, total)
  sh.calc(key('lossArisen'), 'Business losses arisen to date', rep, (c) => step(c).arisen)
  sh.calc(key('lossExpired'), 'Business losses lapsed (unused Loss_Expiry_Years after the period they arose in)', rep, (c) => step(c).expired, total)
  sh.calc(key('lossUsedBL'), 'Business losses used (oldest first)', rep, (c) => step(c).usedBusiness, total)
  sh.calc(key('lossUsedUD'), 'Unabsorbed depreciation used (after business losses)', rep, (c) => step(c).usedUnabsorbed, total)
  sh.calc(key('lossUsed'), 'Losses used', rep, (c) => step(c).used, total)
  sh.calc(key('lossConsumed'), 'Business losses used or lapsed to date', rep, (c) => step(c).consumed)
  sh.calc(key('lossUD'), 'Unabsorbed depreciation carried forward (end of period)', rep, (c) => step(c).unabsorbed)
  sh.calc(key('lossPool'), 'Losses carried forward (end of period) = business losses arisen − used or lapsed + unabsorbed depreciation', rep, (c) => step(c).carried)
  sh.calc(key('taxable'), 'Taxable income', rep, (c) => step(c).taxable, total)
  sh.calc(key('tax'), 'Tax paid', rep, (c) => step(c).tax, totals ? { total: 'sum', style: 'total' } : {})
}
