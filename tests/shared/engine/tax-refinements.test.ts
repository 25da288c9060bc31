/**
 * Tax refinements (methodology §14): asset blocks with their own methods and rates, capitalised IDC and
 * fees allocated to them pro rata, business losses that lapse while unabsorbed depreciation survives, and
 * a tax holiday. Hand cases on small projects, the arithmetic in the comments; then properties over
 * generated projects: tax is never negative, and without the new inputs (or with inputs that change
 * nothing) the figures are today's.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal, ZERO } from '@shared/decimal'
import { runModel, type ModelResult } from '@shared/engine'
import { parseProject, type Project } from '@shared/model'
import { setDebt } from '../model/tranche-fixtures'
import { arbitraryProject } from './arbitrary-project'
import { handProject } from './hand-project'

const fixed2 = (xs: readonly Decimal[]) => xs.map((x) => x.toFixed(2))
const sum = (xs: readonly Decimal[]) => xs.reduce((a, b) => a.plus(b), ZERO)

function valid(edit: (p: Project) => void, base: () => Project = handProject): Project {
  const p = base()
  edit(p)
  const r = parseProject(p)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}

/**
 * The hand project built over two construction years (even phasing) at 50 % gearing and 10 %, no fee:
 * plant 600 000 in the general pool at WDV 15 %, a building 400 000 in its own block at WDV 10 %,
 * land 200 000. Construction: year 1 draws 50 % × 600 000 = 300 000 (IDC 0); year 2 IDC = 10 % × 300 000
 * = 30 000, draws 50 % × (600 000 + 30 000) = 315 000.
 */
const twoBlocks = (edit?: (p: Project) => void) => valid((q) => {
  q.timeline.constructionMonths = 24
  q.costs.capex.items = [
    { id: 'plant', name: 'Plant', amount: '600000' },
    { id: 'bldg', name: 'Building', amount: '400000', taxBlock: 'buildings' },
    { id: 'land', name: 'Land', amount: '200000', taxBlock: 'land' }
  ]
  q.tax.depreciation = { method: 'wdv', rate: '0.15' }
  q.tax.blocks = [{ id: 'buildings', name: 'Buildings', depreciation: { method: 'wdv', rate: '0.1' } }]
  q.financing.gearing = '0.5'
  edit?.(q)
})

describe('asset blocks, each with its own method and rate', () => {
  it('two blocks at WDV 15 % and 10 %: IDC allocated pro rata to their capex; land in neither', () => {
    const r = runModel(twoBlocks())
    expect(fixed2(r.financing.idc.slice(0, 2))).toEqual(['0.00', '30000.00'])
    const [general, buildings] = r.tax.blocks
    expect([general!.id, buildings!.id]).toEqual(['depreciable', 'buildings'])
    // Depreciable capex 1 000 000: plant 60 %, building 40 %. IDC 30 000 → 18 000 and 12 000.
    // General pool 600 000 + 18 000 = 618 000; buildings 400 000 + 12 000 = 412 000; together uses
    // (1 200 000 + 30 000) less land 200 000 = 1 030 000.
    expect([general!.base, buildings!.base, r.tax.depreciableBase].map((x) => x.toFixed(2))).toEqual(['618000.00', '412000.00', '1030000.00'])
    expect(fixed2(buildings!.additions.slice(0, 2))).toEqual(['200000.00', '212000.00'])
    // Year 1: 15 % × 618 000 = 92 700 and 10 % × 412 000 = 41 200, total 133 900.
    // Year 2: 15 % × 525 300 = 78 795 and 10 % × 370 800 = 37 080, total 115 875.
    // Year 3: 15 % × 446 505 = 66 975.75 and 10 % × 333 720 = 33 372, total 100 347.75.
    expect(fixed2(general!.depreciation.slice(2))).toEqual(['92700.00', '78795.00', '66975.75'])
    expect(fixed2(buildings!.depreciation.slice(2))).toEqual(['41200.00', '37080.00', '33372.00'])
    expect(fixed2(r.tax.depreciation.slice(2))).toEqual(['133900.00', '115875.00', '100347.75'])
    expect(fixed2(r.tax.bookValue)).toEqual(['500000.00', '1030000.00', '896100.00', '780225.00', '679877.25'])
    // One pool at 15 % on the whole 1 030 000 would charge 154 500 in year 1: the building's lower rate defers 20 600.
    const onePool = runModel(twoBlocks((q) => { q.tax.blocks = []; q.costs.capex.items[1]!.taxBlock = undefined }))
    expect(onePool.tax.depreciation[2]!.toFixed(2)).toBe('154500.00')
  })

  it('fees and ECA-style charges are capitalised the same way: an upfront fee of 1 % is split 60/40 with the IDC', () => {
    const r = runModel(twoBlocks((q) => setDebt(q, { upfrontFee: '0.01' })))
    const capitalised = sum(r.financing.idc).plus(sum(r.financing.fees))
    const [general, buildings] = r.tax.blocks
    // Each block: its capex + its share × (IDC + fees); the shares are 60 % and 40 % of the depreciable capex.
    expect(general!.base.minus(new Decimal('600000').plus(capitalised.times('0.6'))).abs().lt('1e-20')).toBe(true)
    expect(buildings!.base.minus(new Decimal('400000').plus(capitalised.times('0.4'))).abs().lt('1e-20')).toBe(true)
    expect(r.tax.depreciableBase.minus(sum(r.financing.uses).minus(sum(r.capex.land))).abs().lt('1e-20')).toBe(true)
  })

  it('a straight-line block beside a WDV pool, and maintenance capitalised into the block it names', () => {
    const r = runModel(twoBlocks((q) => {
      q.tax.blocks = [{ id: 'buildings', name: 'Buildings', depreciation: { method: 'straightLine', years: 5 } }]
      q.costs.maintenanceCapexPerYear = '20000'
      q.tax.maintenanceCapex = 'capitalised'
      q.tax.maintenanceBlock = 'buildings'
    }))
    const [general, buildings] = r.tax.blocks
    // Buildings: 412 000 / 5 = 82 400 a year; each 20 000 of maintenance from the next year, 4 000 a year.
    // Year 1: 82 400; year 2: 82 400 + 4 000; year 3: 82 400 + 8 000.
    expect(fixed2(buildings!.depreciation.slice(2))).toEqual(['82400.00', '86400.00', '90400.00'])
    expect(fixed2(buildings!.maintenance.slice(2))).toEqual(['20000.00', '20000.00', '20000.00'])
    // The general pool takes no maintenance: 15 % a year on 618 000, 525 300, 446 505.
    expect(fixed2(general!.depreciation.slice(2))).toEqual(['92700.00', '78795.00', '66975.75'])
    expect(fixed2(general!.maintenance)).toEqual(['0.00', '0.00', '0.00', '0.00', '0.00'])
    // Book: 412 000 − 82 400 + 20 000 = 349 600; − 86 400 + 20 000 = 283 200; − 90 400 + 20 000 = 212 800.
    expect(fixed2(buildings!.bookValue.slice(2))).toEqual(['349600.00', '283200.00', '212800.00'])
  })

  it('all depreciable capex in land: the IDC and fees stay in the general pool, as with one pool', () => {
    const r = runModel(twoBlocks((q) => { q.costs.capex.items.forEach((it) => { it.taxBlock = 'land' }) }))
    expect(r.tax.blocks[1]!.base.toFixed(2)).toBe('0.00')
    expect(r.tax.blocks[0]!.base.toFixed(2)).toBe('30000.00')
  })
})

/**
 * No debt, no working capital, straight line over 10 years on 1 000 000 (100 000 a year), ten operating
 * years 2027–2036. Output 200 t of nickel (1 000 t × 20 % × 100 %) sold merchant at 100 %: revenue
 * 200 × price; opex 200 000 fixed; EBITDA = 200 × price − 200 000; before = EBITDA − 100 000.
 * Prices: 500 in 2027 (EBITDA −100 000, before −200 000: unabsorbed depreciation 100 000 and a business
 * loss 100 000), 1 500 in 2028–2035 (before 0), 2 500 in 2036 (before 200 000).
 */
const lossProject = (edit?: (p: Project) => void) => valid((q) => {
  q.timeline.operatingYears = 10
  q.routes[0]!.recovery = { Ni: '1' }
  q.products[0]!.merchantPayable = '1'
  q.offtake = []
  q.feedstock[0]!.purchase = { basis: 'fixed', pricePerQuantity: '0', logisticsPerTonne: '0', escalation: '0' }
  q.prices.decks[0]!.prices = [{ productId: 'ni', mode: 'table', points: [{ year: 2027, price: '500' }, { year: 2028, price: '1500' }, { year: 2036, price: '2500' }] }]
  q.costs.opex = { fixedPerYear: '200000', variablePerTonne: '0', variablePerUnit: '0', treatmentPerTonne: '0', escalation: '0' }
  q.costs.workingCapital = { receivableDays: '0', inventoryDays: '0', payableDays: '0' }
  q.tax.depreciation = { method: 'straightLine', years: 10 }
  q.financing.gearing = '0'
  edit?.(q)
})

describe('business losses lapse after N tax years; unabsorbed depreciation never does', () => {
  it('8 years: the 2027 business loss is usable in 2028–2035 and lapses in 2036; the unabsorbed depreciation shelters 2036', () => {
    const r = runModel(lossProject((q) => { q.tax.lossExpiryYears = 8 }))
    const before = fixed2(r.tax.taxableIncomeBeforeLosses)
    expect(before).toEqual(['0.00', '-200000.00', ...Array.from({ length: 8 }, () => '0.00'), '200000.00'])
    // 2027: carried 200 000, of which unabsorbed depreciation 100 000 (the depreciation of a loss year).
    expect(r.tax.unabsorbedDepreciation!.map((x) => x.toFixed(0))).toEqual(['0', ...Array.from({ length: 9 }, () => '100000'), '0'])
    expect(r.tax.lossesCarriedForward[9]!.toFixed(0)).toBe('200000')
    // 2036 (period 11): the business loss of 100 000 lapses, the 100 000 of depreciation is used:
    // taxable 200 000 − 100 000 = 100 000, tax 25 % = 25 000.
    expect(fixed2(r.tax.lossesExpired)).toEqual([...Array.from({ length: 10 }, () => '0.00'), '100000.00'])
    expect([r.tax.lossesUsed[10], r.tax.taxableIncome[10], r.tax.tax[10], r.tax.lossesCarriedForward[10]].map((x) => x!.toFixed(2))).toEqual(['100000.00', '100000.00', '25000.00', '0.00'])
    // Without expiry the whole 200 000 shelters 2036: no tax at all, and no split is reported.
    const none = runModel(lossProject())
    expect(sum(none.tax.tax).toFixed(2)).toBe('0.00')
    expect(none.tax.unabsorbedDepreciation).toBeNull()
    expect(fixed2(none.tax.lossesExpired)).toEqual(Array.from({ length: 11 }, () => '0.00'))
    // 9 years: the loss is still usable in 2036.
    expect(sum(runModel(lossProject((q) => { q.tax.lossExpiryYears = 9 })).tax.tax).toFixed(2)).toBe('0.00')
  })

  it('semi-annual periods: 8 tax years are 16 half-years, so the loss of the first half-year lapses in the 18th', () => {
    const r = runModel(lossProject((q) => { q.timeline.periodMonths = 6; q.timeline.constructionMonths = 12; q.tax.lossExpiryYears = 8 }))
    // Operating half-years 1–2 are 2027 (before −100 000 each: depreciation 50 000, EBITDA −50 000 → 50 000
    // unabsorbed and 50 000 business each), 3–18 are 2028–2035 (before 0), 19–20 are 2036 (before 100 000 each).
    const c = r.constructionPeriods
    expect(fixed2(r.tax.taxableIncomeBeforeLosses.slice(c, c + 3))).toEqual(['-100000.00', '-100000.00', '0.00'])
    // The first half-year's 50 000 lapses at operating half-year 18 (16 half-years after it), the second's at 19.
    const expired = fixed2(r.tax.lossesExpired.slice(c))
    expect(expired.map((x, k) => [k + 1, x]).filter(([, x]) => x !== '0.00')).toEqual([[18, '50000.00'], [19, '50000.00']])
    // Half-year 19: taxable 100 000 − the 100 000 unabsorbed = 0; half-year 20: 100 000 × 25 % = 25 000.
    expect(fixed2(r.tax.tax.slice(c + 18))).toEqual(['0.00', '25000.00'])
  })
})

describe('tax holiday: years from COD at a reduced rate', () => {
  it('one year at 0 %: the first operating year pays no tax, the others the 25 % of the hand case', () => {
    const base = runModel(handProject())
    const r = runModel(valid((q) => { q.tax.holiday = { years: 1, rate: '0' } }))
    expect(fixed2(r.tax.taxRate)).toEqual(['0.25', '0.00', '0.25', '0.25'])
    // Hand case (docs/methodology.md §12): tax 81 916.67, 86 448.39, 91 433.28; the first is now 0.
    expect(fixed2(base.tax.tax)).toEqual(['0.00', '81916.67', '86448.39', '91433.28'])
    expect(fixed2(r.tax.tax)).toEqual(['0.00', '0.00', '86448.39', '91433.28'])
    // CFADS rises by the tax saved: 486 983.33 + 81 916.67 = 568 900.
    expect(r.financing.cfads[1]!.toFixed(2)).toBe('568900.00')
  })

  it('two years at 10 %: 10 % of the taxable income in years 1–2', () => {
    const r = runModel(valid((q) => { q.tax.holiday = { years: 2, rate: '0.1' } }))
    // Taxable 327 666.67 × 10 % = 32 766.67; 345 793.55 × 10 % = 34 579.36; then 365 733.13 × 25 % = 91 433.28.
    expect(fixed2(r.tax.tax)).toEqual(['0.00', '32766.67', '34579.36', '91433.28'])
  })

  it('a loss in a holiday year is carried like any other; a profit in a holiday year uses it up', () => {
    // The loss project, a 0 % holiday of 9 years (2027–2035): the 2027 loss is used against nothing (before 0),
    // 2036 is taxed at 25 % after using the pool; with no expiry nothing is taxable.
    const r = runModel(lossProject((q) => { q.tax.holiday = { years: 9, rate: '0' } }))
    expect(sum(r.tax.tax).toFixed(2)).toBe('0.00')
    expect(r.tax.taxRate[10]!.toFixed(2)).toBe('0.25')
  })
})

describe('properties over generated projects', () => {
  const parsed = (p: Project) => {
    const r = parseProject(p)
    if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('; '))
    return r.value
  }
  const sameFigures = (a: ModelResult, b: ModelResult) => {
    for (const key of ['depreciation', 'bookValue', 'taxableIncome', 'tax', 'lossesCarriedForward'] as const) expect(b.tax[key].map(String)).toEqual(a.tax[key].map(String))
    expect(b.financing.cfads.map(String)).toEqual(a.financing.cfads.map(String))
    expect(b.metrics.npv.toString()).toBe(a.metrics.npv.toString())
    expect(b.metrics.debtAtCod.toString()).toBe(a.metrics.debtAtCod.toString())
  }
  const close = (a: readonly Decimal[], b: readonly Decimal[], scale: Decimal) => a.every((x, i) => x.minus(b[i]!).abs().lte(scale.times('1e-20').plus('1e-20')))

  it('the neutral inputs written out (no blocks, maintenance into the general pool) give today\'s figures to the last digit', () => {
    fc.assert(
      fc.property(arbitraryProject(), (project) => {
        const today = runModel(parsed(project))
        sameFigures(today, runModel(parsed({ ...project, tax: { ...project.tax, blocks: [], maintenanceBlock: 'depreciable' } })))
      }),
      { numRuns: 25, seed: 42 }
    )
  })

  it('tax ≥ 0 with blocks, an expiry and a holiday; an expiry past the operating life and a block with the general pool\'s rule change no tax', () => {
    fc.assert(
      fc.property(arbitraryProject(), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 5 }), (project, expiry, holidayYears) => {
        const today = runModel(parsed(project))
        const scale = today.metrics.totalCapex.abs().plus(sum(today.operations.ebitda.map((x) => x.abs())))
        const refined = runModel(parsed({
          ...project,
          costs: { ...project.costs, capex: { ...project.costs.capex, items: project.costs.capex.items.map((it, k) => (k === 0 && it.taxBlock !== 'land' ? { ...it, taxBlock: 'b1' } : it)) } },
          tax: { ...project.tax, blocks: [{ id: 'b1', name: 'Block 1', depreciation: { method: 'wdv', rate: '0.1' } }], lossExpiryYears: expiry, ...(holidayYears > 0 ? { holiday: { years: holidayYears, rate: '0.05' } } : {}) }
        }))
        expect(refined.tax.tax.every((x) => x.gte(0))).toBe(true)
        expect(refined.tax.lossesExpired.every((x) => x.gte(0))).toBe(true)
        expect(refined.tax.unabsorbedDepreciation!.every((x, i) => x.gte(0) && x.lte(refined.tax.lossesCarriedForward[i]!.plus('1e-9')))).toBe(true)
        // Σ blocks = the totals.
        refined.tax.depreciation.forEach((d, i) => expect(d.minus(sum(refined.tax.blocks.map((b) => b.depreciation[i]!))).abs().lte('1e-9')).toBe(true))
        // A life past the last period: the expiring rule gives the single pool's tax (to rounding).
        const long = runModel(parsed({ ...project, tax: { ...project.tax, lossExpiryYears: 40 } }))
        expect(close(long.tax.tax, today.tax.tax, scale)).toBe(true)
        // All capex of the general pool moved into a block with the same rule: the same depreciation (to rounding).
        const moved = runModel(parsed({
          ...project,
          costs: { ...project.costs, capex: { ...project.costs.capex, items: project.costs.capex.items.map((it) => (it.taxBlock === 'land' ? it : { ...it, taxBlock: 'same' })) } },
          tax: { ...project.tax, blocks: [{ id: 'same', name: 'Same', depreciation: project.tax.depreciation }], maintenanceBlock: 'same' }
        }))
        expect(close(moved.tax.depreciation, today.tax.depreciation, scale)).toBe(true)
        expect(close(moved.tax.tax, today.tax.tax, scale)).toBe(true)
      }),
      { numRuns: 20, seed: 9 }
    )
  })
})
