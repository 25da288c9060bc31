import type { Decimal } from '../decimal'
import { ZERO } from '../decimal'
import { GENERAL_POOL, type DepreciationRule } from '../model'
import type { ConstructionFunding } from './construction'
import { additionsCharges, depreciationCharge, depreciationPlan } from './depreciation'
import type { Prepared } from './prepare'
import type { Series, TaxBlockLines } from './types'

type Funding = Pick<ConstructionFunding, 'depreciableBase' | 'depreciable' | 'idc' | 'fees'>

/**
 * Tax depreciation by asset block (methodology §6, §14). Every project has the general pool
 * (`depreciable`, at `tax.depreciation`); `tax.blocks` adds blocks of their own, each with its own
 * method and rate. In each construction period a block takes its capex with contingency plus its share
 * of the period's capitalised IDC, fees and premia (`idc + fees`: upfront, commitment and ECA premium,
 * hedge cost), pro rata to its capex among the depreciable capex (`PreparedTaxBlock.share`); the general
 * pool takes the rest of the period's depreciable uses (uses less land), so the blocks always add up
 * to the base of one pool, and with no blocks of their own the general pool is the one pool of before,
 * to the last digit. Capitalised maintenance joins its block (`tax.maintenanceBlock`, else the general
 * pool). Each block is then depreciated by its own plan (`depreciation.ts`), never below zero; the
 * project's depreciation and book value are the sums over blocks.
 */
export type BlockDepreciation = {
  blocks: TaxBlockLines[]
  /** Σ over blocks, per period. */
  depreciation: Series
  bookValue: Series
  /** Σ of the blocks' bases. */
  depreciableBase: Decimal
}

type Pool = { id: string; name: string; rule: DepreciationRule; additions: Series; base: Decimal }

/** Each block's additions in construction (its capex and its share of IDC and fees), the general pool first. */
function poolsOf(prep: Prepared, funding: Funding): Pool[] {
  const { project, tl } = prep
  const own = prep.taxBlocks.map((b) => {
    const additions = tl.periods.map((_, i) => (i < tl.constructionPeriods ? b.capex[i]!.plus(b.share.times(funding.idc[i]!.plus(funding.fees[i]!))) : ZERO))
    return { id: b.block.id, name: b.block.name, rule: b.block.depreciation, additions, base: additions.reduce((a, x) => a.plus(x), ZERO) }
  })
  // The general pool: the period's uses less land, less what the blocks took (all of it when there are none).
  const general = own.length === 0
    ? { additions: funding.depreciable, base: funding.depreciableBase }
    : (() => {
        const additions = funding.depreciable.map((x, i) => own.reduce((a, b) => a.minus(b.additions[i]!), x))
        return { additions, base: additions.reduce((a, x) => a.plus(x), ZERO) }
      })()
  return [{ id: GENERAL_POOL, name: 'General pool', rule: project.tax.depreciation, ...general }, ...own]
}

export function blockDepreciation(prep: Prepared, funding: Funding): BlockDepreciation {
  const { tl, project } = prep
  const maintenanceBlock = project.tax.maintenanceBlock ?? GENERAL_POOL
  const zeros = tl.periods.map(() => ZERO)
  const blocks = poolsOf(prep, funding).map((pool): TaxBlockLines => {
    const plan = depreciationPlan(pool.rule, pool.base, tl.periodMonths)
    const maintenance = pool.id === maintenanceBlock ? prep.maintenanceCapitalised : zeros
    const onAdditions = additionsCharges(plan, maintenance)
    const depreciation: Series = []
    const bookValue: Series = []
    let book = ZERO
    for (let i = 0; i < tl.count; i++) {
      if (i < tl.constructionPeriods) {
        book = book.plus(pool.additions[i]!)
        depreciation.push(ZERO)
      } else {
        const charge = depreciationCharge(plan, book, i - tl.constructionPeriods, onAdditions[i]!)
        // Capitalised maintenance joins the block at the end of the period: depreciated from the next.
        book = book.minus(charge).plus(maintenance[i]!)
        depreciation.push(charge)
      }
      bookValue.push(book)
    }
    return { id: pool.id, name: pool.name, depreciationRule: pool.rule, base: pool.base, additions: pool.additions, maintenance, depreciation, bookValue }
  })
  // One block: its own lines (no sum, so a project without blocks of its own keeps every digit).
  const total = (pick: (b: TaxBlockLines) => Series): Series =>
    blocks.length === 1 ? pick(blocks[0]!) : tl.periods.map((_, i) => blocks.slice(1).reduce((a, b) => a.plus(pick(b)[i]!), pick(blocks[0]!)[i]!))
  return {
    blocks, depreciation: total((b) => b.depreciation), bookValue: total((b) => b.bookValue),
    depreciableBase: blocks.length === 1 ? blocks[0]!.base : blocks.reduce((a, b) => a.plus(b.base), ZERO)
  }
}

/**
 * The same allocation as workbook formulas (the Tax sheet, and each gearing block of the Sizing sheet),
 * given cell references and the inputs `Capex_Blocks`, `Capex_Amounts`, `Capex_Total`, `Capex_Land`,
 * `Contingency` and `Maint_Block`. `id` is the cell (or quoted text) holding the block's id.
 */
export const taxBlockExcel = {
  /** Σ the block's items / Σ items not in land (0 when there are none). */
  share: (id: string) => `IF(Capex_Total-Capex_Land=0,0,SUMIF(Capex_Blocks,${id},Capex_Amounts)/(Capex_Total-Capex_Land))`,
  /** The block's items with contingency, phased (× the case's capex multiplier). */
  capex: (id: string, capexMultiplier: string, phase: string) => `SUMIF(Capex_Blocks,${id},Capex_Amounts)*${capexMultiplier}*(1+Contingency)*${phase}`,
  /** Construction additions: the block's capex + its share of the period's IDC and fees (uses − capex with contingency). */
  additions: (ref: { constr: string; capex: string; share: string; uses: string; capexWithContingency: string }) =>
    `${ref.constr}*(${ref.capex}+${ref.share}*(${ref.uses}-${ref.capexWithContingency}))`,
  /** The general pool: the period's uses less land, less what the blocks took. */
  generalAdditions: (ref: { constr: string; uses: string; land: string; blocks: readonly string[] }) =>
    `${ref.constr}*(${ref.uses}-${ref.land})-(${ref.blocks.join('+')})`,
  /** Capitalised maintenance joins the block `Maint_Block` names. */
  maintenance: (id: string, maintenanceCapitalised: string) => `IF(Maint_Block=${id},${maintenanceCapitalised},0)`,
  book: (ref: { prevBook: string; additions: string; maintenance: string; depreciation: string }) => `${ref.prevBook}+${ref.additions}+${ref.maintenance}-${ref.depreciation}`
}
