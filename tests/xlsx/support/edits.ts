/**
 * The lender's first edits (issue 13's table and more): each changes input cells of the exported
 * workbook by defined name, as an analyst types them, and makes the same change in the project for
 * the engine. Every cash-flow driver the Inputs sheet shows is here at least once, on both samples
 * (the PGM sample: gearing sizing, annuity; the India sample: sculpted sizing under a 65 % cap).
 */
import { setDebt } from '../../shared/model/tranche-fixtures'
import type { ModelOptions } from '../../../src/shared/engine/types'
import { requireSingleDebtTerms, STREAM_QUANTITY_FIELD, streamQuantityPerYear, type Project } from '../../../src/shared/model'
import { workbookScenarios } from '../../../src/shared/workbook/model/scenarios'

/** `options`: how the engine runs the edited project (a scenario picked in Inputs!Scenario_Selected). */
export type Edit = { name: string; cells: Record<string, number | number[] | string>; apply: (p: Project) => void; options?: (p: Project) => ModelOptions }

const n = (s: string) => Number(s)
/** A decimal string of a number as the engine's schema takes it (no exponent for these magnitudes). */
const d = (x: number) => String(Number(x.toPrecision(15)))

export function editsFor(project: Project): Edit[] {
  const p = project
  const f = p.financing
  const t = requireSingleDebtTerms(p)
  const deck = p.prices.decks.find((x) => x.id === p.prices.activeDeckId)!
  const first = deck.prices.find((x) => x.productId === p.products[0]!.id)!
  const product = p.products[0]!.name
  const firstPriceIndex = p.products.findIndex((x) => x.id === first.productId)
  const capex = p.costs.capex.items[0]!
  const capexUp = p.reportingCurrency === 'INR' ? n(capex.amount) + 400_000_000 : n(capex.amount) * 1.1
  const route = p.routes.find((r) => r.id === p.feedstock[0]!.routeId)!
  const routeIndex = p.routes.indexOf(route)
  const [recMetal, recValue] = Object.entries(route.recovery)[0]!
  const stream = p.feedstock[0]!
  const findDeck = (q: Project) => q.prices.decks.find((x) => x.id === q.prices.activeDeckId)!
  const findPrice = (q: Project) => findDeck(q).prices.find((x) => x.productId === first.productId)!

  const edits: Edit[] = [
    first.mode === 'escalating'
      ? { name: `${product} price −20 %`, cells: { [`Price${firstPriceIndex + 1}_Base`]: n(first.basePricePerUnit) * 0.8 },
        apply: (q) => { const x = findPrice(q); if (x.mode === 'escalating') x.basePricePerUnit = d(n(first.basePricePerUnit) * 0.8) } }
      : { name: `${product} price −20 % in every year`, cells: { [`Price${firstPriceIndex + 1}_Values`]: first.points.map((x) => n(x.price) * 0.8) },
        apply: (q) => { const x = findPrice(q); if (x.mode === 'table') x.points = x.points.map((pt) => ({ ...pt, price: d(n(pt.price) * 0.8) })) } },
    { name: `capex item 1 → ${capexUp}`, cells: { Capex_Item1: capexUp }, apply: (q) => { q.costs.capex.items[0]!.amount = d(capexUp) } },
    { name: 'interest rate +200 bp', cells: { Debt_Rate: n(t.annualRate) + 0.02 }, apply: (q) => { setDebt(q, { annualRate: d(n(t.annualRate) + 0.02) }) } },
    { name: 'gearing (cap) −10 points', cells: { Debt_Gearing: n(f.gearing) - 0.1 }, apply: (q) => { q.financing.gearing = d(n(f.gearing) - 0.1) } },
    { name: 'gearing (cap) +15 points', cells: { Debt_Gearing: n(f.gearing) + 0.15 }, apply: (q) => { q.financing.gearing = d(n(f.gearing) + 0.15) } },
    { name: 'tenor +2 years', cells: { Tenor_Years: t.tenorYears + 2 }, apply: (q) => { setDebt(q, { tenorYears: t.tenorYears + 2 }) } },
    { name: 'grace +6 months', cells: { Grace_Months: t.graceMonths + 6 }, apply: (q) => { setDebt(q, { graceMonths: t.graceMonths + 6 }) } },
    { name: 'upfront fee +1 point', cells: { Upfront_Fee: n(t.upfrontFee) + 0.01 }, apply: (q) => { setDebt(q, { upfrontFee: d(n(t.upfrontFee) + 0.01) }) } },
    { name: 'DSRA 3 months', cells: { DSRA_Months: 3 }, apply: (q) => { q.financing.dsra = { enabled: true, months: 3 } } },
    { name: 'fixed opex +20 %', cells: { Opex_Fixed: n(p.costs.opex.fixedPerYear) * 1.2 }, apply: (q) => { q.costs.opex.fixedPerYear = d(n(p.costs.opex.fixedPerYear) * 1.2) } },
    { name: 'tax rate 30 %', cells: { Tax_Rate: 0.3 }, apply: (q) => { q.tax.rate = '0.3' } },
    { name: `recovery ${recMetal} −5 points`, cells: { [`Route${routeIndex + 1}_Rec_${recMetal}`]: n(recValue!) - 0.05 },
      apply: (q) => { q.routes[routeIndex]!.recovery[recMetal as keyof typeof route.recovery] = d(n(recValue!) - 0.05) } },
    { name: 'first stream −10 % volume', cells: { Stream1_Qty: n(streamQuantityPerYear(stream)) * 0.9 },
      apply: (q) => { Object.assign(q.feedstock[0]!, { [STREAM_QUANTITY_FIELD[stream.kind]]: d(n(streamQuantityPerYear(stream)) * 0.9) }) } },
    // Tax blocks and the maintenance treatment are text inputs with a list (methodology §6).
    { name: 'capex item 1 reclassified as land', cells: { Capex_Item1_Block: 'land' }, apply: (q) => { q.costs.capex.items[0]!.taxBlock = 'land' } },
    p.tax.maintenanceCapex === 'capitalised'
      ? { name: 'maintenance capex expensed for tax', cells: { Maint_Tax: 'expensed' }, apply: (q) => { q.tax.maintenanceCapex = 'expensed' } }
      : { name: 'maintenance capex capitalised for tax', cells: { Maint_Tax: 'capitalised' }, apply: (q) => { q.tax.maintenanceCapex = 'capitalised' } },
    // Tax refinements (§14), where the file has them: a block's rate or life, the loss life.
    ...(p.tax.blocks ?? []).slice(0, 1).map((b): Edit => b.depreciation.method === 'wdv'
      ? { name: `${b.name}: WDV rate halved`, cells: { TaxBlock1_Rate: n(b.depreciation.rate) / 2 }, apply: (q) => { q.tax.blocks![0]!.depreciation = { method: 'wdv', rate: d(n(b.depreciation.method === 'wdv' ? b.depreciation.rate : '0') / 2) } } }
      : { name: `${b.name}: life + 5 years`, cells: { TaxBlock1_Years: b.depreciation.years + 5 }, apply: (q) => { q.tax.blocks![0]!.depreciation = { method: 'straightLine', years: (b.depreciation.method === 'straightLine' ? b.depreciation.years : 0) + 5 } } }),
    // With fixed opex × 2.5 the first operating years make business losses (not only unabsorbed depreciation), and some lapse.
    ...(p.tax.lossExpiryYears !== undefined ? [{
      name: 'business losses usable for 1 year, fixed opex × 2.5', cells: { Loss_Expiry_Years: 1, Opex_Fixed: n(p.costs.opex.fixedPerYear) * 2.5 },
      apply: (q: Project) => { q.tax.lossExpiryYears = 1; q.costs.opex.fixedPerYear = d(n(p.costs.opex.fixedPerYear) * 2.5) }
    }] : []),
    { name: 'discount rate +2 points', cells: { Discount_Rate: n(p.valuation.discountRate) + 0.02 }, apply: (q) => { q.valuation.discountRate = d(n(p.valuation.discountRate) + 0.02) } }
  ]
  if (f.sizing === 'sculpted' || t.repayment === 'sculpted')
    edits.push(
      // Above the India sample's solved DSCR* (2.19x under the cap since its land is not depreciated and maintenance is capitalised): the capacity, not the cap, sets the debt.
      { name: 'target DSCR +1.0x', cells: { Target_DSCR: n(f.targetDscr) + 1 }, apply: (q) => { q.financing.targetDscr = d(n(f.targetDscr) + 1) } },
      { name: 'target DSCR +1.0x and gearing cap +15 points', cells: { Target_DSCR: n(f.targetDscr) + 1, Debt_Gearing: n(f.gearing) + 0.15 },
        apply: (q) => { q.financing.targetDscr = d(n(f.targetDscr) + 1); q.financing.gearing = d(n(f.gearing) + 0.15) } }
    )
  // The scenario switch: every case of the file, then a held-debt case after an edit of the base case
  // (the base-case sheets re-size the debt it holds), then a case flipped to re-size in the table.
  const cases = workbookScenarios(p)
  for (const c of cases.slice(1))
    edits.push({ name: `scenario "${c.label}"`, cells: { Scenario_Selected: c.label }, apply: () => {}, options: () => ({ scenario: c.scenario! }) })
  const held = cases.findIndex((c) => c.scenario !== null && !c.scenario.resizeDebt)
  if (held > 0) {
    const c = cases[held]!
    edits.push({ name: `capex item 1 → ${capexUp}, then scenario "${c.label}" (debt held at the edited base case)`, cells: { Capex_Item1: capexUp, Scenario_Selected: c.label },
      apply: (q) => { q.costs.capex.items[0]!.amount = d(capexUp) }, options: () => ({ scenario: c.scenario! }) })
    edits.push({ name: `scenario "${c.label}" with its debt re-sized (ScnTab_Resize 1)`, cells: { Scenario_Selected: c.label, ScnTab_Resize: cases.map((x, i) => (i === held || !x.scenario || x.scenario.resizeDebt ? 1 : 0)) },
      apply: () => {}, options: () => ({ scenario: { ...c.scenario!, resizeDebt: true } }) })
  }
  return edits
}
