/**
 * The lender's first edits (issue 13's table and more): each changes input cells of the exported
 * workbook by defined name, as an analyst types them, and makes the same change in the project for
 * the engine. Every cash-flow driver the Inputs sheet shows is here at least once, on both samples
 * (the PGM sample: gearing sizing, annuity; the India sample: sculpted sizing under a 65 % cap).
 */
import { setDebt } from '../../shared/model/tranche-fixtures'
import type { ModelOptions } from '../../../src/shared/engine/types'
import { singleDebtTerms, STREAM_QUANTITY_FIELD, streamQuantityPerYear, type Project } from '../../../src/shared/model'
import { workbookScenarios } from '../../../src/shared/workbook/model/scenarios'

/** `options`: how the engine runs the edited project (a scenario picked in Inputs!Scenario_Selected). */
export type Edit = { name: string; cells: Record<string, number | number[] | string>; apply: (p: Project) => void; options?: (p: Project) => ModelOptions }

const n = (s: string) => Number(s)
/** A decimal string of a number as the engine's schema takes it (no exponent for these magnitudes). */
const d = (x: number) => String(Number(x.toPrecision(15)))

export function editsFor(project: Project): Edit[] {
  const p = project
  const f = p.financing
  const single = singleDebtTerms(p)
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
    { name: 'gearing (cap) −10 points', cells: { Debt_Gearing: n(f.gearing) - 0.1 }, apply: (q) => { q.financing.gearing = d(n(f.gearing) - 0.1) } },
    { name: 'gearing (cap) +15 points', cells: { Debt_Gearing: n(f.gearing) + 0.15 }, apply: (q) => { q.financing.gearing = d(n(f.gearing) + 0.15) } },
    { name: 'DSRA 3 months', cells: { DSRA_Months: 3 }, apply: (q) => { q.financing.dsra = { enabled: true, months: 3 } } },
    // Per-stream processing costs (methodology §13): the project-wide rate moves the streams that inherit it; a stream's own rate moves that stream.
    { name: 'variable opex per tonne +50 % (project-wide)', cells: { Opex_Var_Tonne: n(p.costs.opex.variablePerTonne) * 1.5 + 10 },
      apply: (q) => { q.costs.opex.variablePerTonne = d(n(p.costs.opex.variablePerTonne) * 1.5 + 10) } },
    // The first stream's own rate: +40 % on its own treatment charge, or (the samples) a number typed over the formula that inherits the project-wide rate.
    stream.treatmentPerTonne !== undefined
      ? { name: 'stream 1\'s own treatment charge +40 %', cells: { Stream1_Treatment: n(stream.treatmentPerTonne) * 1.4 },
        apply: (q) => { q.feedstock[0]!.treatmentPerTonne = d(n(stream.treatmentPerTonne!) * 1.4) } }
      : { name: 'stream 1 given its own variable opex per tonne (typed over the inherited rate)', cells: { Stream1_OpexTonne: n(p.costs.opex.variablePerTonne) * 1.5 + 25 },
        apply: (q) => { q.feedstock[0]!.variableOpexPerTonne = d(n(p.costs.opex.variablePerTonne) * 1.5 + 25) } },
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
    { name: 'discount rate +2 points', cells: { Discount_Rate: n(p.valuation.discountRate) + 0.02 }, apply: (q) => { q.valuation.discountRate = d(n(p.valuation.discountRate) + 0.02) } },
    // The cash waterfall (§11) switched on in the file: at 2.5x the samples' ramp-up (and the PGM sample's
    // tail) fail the trailing test, so cash is trapped and released after two passes or at repayment.
    { name: 'lock-up switched on: trailing 12-month DSCR below 2.5x, released after 2 passes', cells: { Lockup_On: 1, Lockup_DSCR: 2.5, Lockup_Trailing: 1, Lockup_Release_Periods: 2 },
      apply: (q) => { q.financing.waterfall = { ...q.financing.waterfall, lockup: { dscr: '2.5', test: 'trailing-12m', releaseAfterPeriods: 2 } } } }
  ]
  if (single.ok) {
    const t = single.terms
    edits.splice(2, 0, { name: 'interest rate +200 bp', cells: { Debt_Rate: n(t.annualRate) + 0.02 }, apply: (q) => { setDebt(q, { annualRate: d(n(t.annualRate) + 0.02) }) } })
    edits.splice(5, 0,
      { name: 'tenor +2 years', cells: { Tenor_Years: t.tenorYears + 2 }, apply: (q) => { setDebt(q, { tenorYears: t.tenorYears + 2 }) } },
      { name: 'grace +6 months', cells: { Grace_Months: t.graceMonths + 6 }, apply: (q) => { setDebt(q, { graceMonths: t.graceMonths + 6 }) } },
      { name: 'upfront fee +1 point', cells: { Upfront_Fee: n(t.upfrontFee) + 0.01 }, apply: (q) => { setDebt(q, { upfrontFee: d(n(t.upfrontFee) + 0.01) }) } })
  } else edits.push(...trancheEdits(p))
  // Above the India samples' solved DSCR* under the gearing cap (2.64x for the hydromet sample and 3.11x for
  // the three lenders' since the samples turned on supply contracts, by-products and EPR; +1.0x on 1.30x
  // left the hydromet debt at the cap, so the edit moved nothing): the capacity, not the cap, sets the debt.
  const targetUp = 2
  if (f.sizing === 'sculpted' || (single.ok && single.terms.repayment === 'sculpted'))
    edits.push(
      { name: `target DSCR +${targetUp}.0x`, cells: { Target_DSCR: n(f.targetDscr) + targetUp }, apply: (q) => { q.financing.targetDscr = d(n(f.targetDscr) + targetUp) } },
      { name: `target DSCR +${targetUp}.0x and gearing cap +15 points`, cells: { Target_DSCR: n(f.targetDscr) + targetUp, Debt_Gearing: n(f.gearing) + 0.15 },
        apply: (q) => { q.financing.targetDscr = d(n(f.targetDscr) + targetUp); q.financing.gearing = d(n(f.gearing) + 0.15) } }
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
    // The FX path stress (issue #14) where an FX table exists: INR/JPY 4 % weaker a year on the held case.
    if (p.fx.rates.length > 0)
      edits.push({ name: `scenario "${c.label}" with INR/JPY 4 %/yr weaker (ScnTab_FX_Path)`, cells: { Scenario_Selected: c.label, ScnTab_FX_Path: cases.map((x, i) => (i === held ? 0.04 : n(x.scenario?.fxDepreciationPerYear ?? '0'))) },
        apply: () => {}, options: () => ({ scenario: { ...c.scenario!, fxDepreciationPerYear: '0.04' } }) })
  }
  return edits
}

/**
 * A lender's edits of the tranches (issue #14): a share moved between two tranches, a rate (fixed) or
 * a margin and base rates (floating), a tenor and a grace, the hedge switched both ways, the fees and the
 * premium, and the FX path (the table and its depreciation beyond the last year).
 */
function trancheEdits(p: Project): Edit[] {
  const ts = p.financing.tranches
  const name = (k: number, field: string) => `Tranche${k + 1}_${field}`
  const tr = (q: Project, k: number) => q.financing.tranches[k]!
  const edits: Edit[] = []
  if (ts.length > 1) {
    const [a, b] = [0, ts.length - 1]
    edits.push({ name: `shares: tranche 1 +5 points, tranche ${b + 1} −5 points`, cells: { [name(a, 'Share')]: n(ts[a]!.share) + 0.05, [name(b, 'Share')]: n(ts[b]!.share) - 0.05 },
      apply: (q) => { tr(q, a).share = d(n(ts[a]!.share) + 0.05); tr(q, b).share = d(n(ts[b]!.share) - 0.05) } })
  }
  ts.forEach((t, k) => {
    const i = t.interest
    if (i.kind === 'fixed' && !edits.some((e) => e.name.includes('fixed rate')))
      edits.push({ name: `tranche ${k + 1} fixed rate +100 bp`, cells: { [name(k, 'Rate')]: n(i.annualRate) + 0.01 }, apply: (q) => { tr(q, k).interest = { kind: 'fixed', annualRate: d(n(i.annualRate) + 0.01) } } })
    if (i.kind === 'floating' && !edits.some((e) => e.name.includes('margin')))
      edits.push({ name: `tranche ${k + 1} margin +100 bp`, cells: { [name(k, 'Margin')]: n(i.marginAnnualRate) + 0.01 },
        apply: (q) => { tr(q, k).interest = { ...i, marginAnnualRate: d(n(i.marginAnnualRate) + 0.01) } } })
  })
  const floating = ts.findLastIndex((t) => t.interest.kind === 'floating')
  if (floating >= 0) {
    const i = ts[floating]!.interest
    if (i.kind === 'floating')
      edits.push({ name: `tranche ${floating + 1} base rates +1 point in every year`, cells: { [name(floating, 'Base_Rates')]: i.baseRates.map((x) => n(x.annualRate) + 0.01) },
        apply: (q) => { tr(q, floating).interest = { ...i, baseRates: i.baseRates.map((x) => ({ ...x, annualRate: d(n(x.annualRate) + 0.01) })) } } })
  }
  const longest = ts.reduce((a, t, k) => (t.tenorYears > ts[a]!.tenorYears ? k : a), 0)
  edits.push({ name: `tranche ${longest + 1} tenor −2 years`, cells: { [name(longest, 'Tenor_Years')]: ts[longest]!.tenorYears - 2 }, apply: (q) => { tr(q, longest).tenorYears -= 2 } })
  const last = ts.length - 1
  edits.push({ name: `tranche ${last + 1} grace +6 months and upfront fee +1 point`, cells: { [name(last, 'Grace_Months')]: ts[last]!.graceMonths + 6, [name(last, 'Upfront_Fee')]: n(ts[last]!.upfrontFee) + 0.01 },
    apply: (q) => { tr(q, last).graceMonths += 6; tr(q, last).upfrontFee = d(n(ts[last]!.upfrontFee) + 0.01) } })
  ts.forEach((t, k) => {
    if (t.currency === p.reportingCurrency) return
    edits.push(t.hedge.hedged
      ? { name: `tranche ${k + 1} unhedged (each period's FX)`, cells: { [name(k, 'Hedged')]: 0 }, apply: (q) => { tr(q, k).hedge = { ...t.hedge, hedged: false } } }
      : { name: `tranche ${k + 1} hedged at 2.5 % a year`, cells: { [name(k, 'Hedged')]: 1, [name(k, 'Hedge_Cost')]: 0.025 }, apply: (q) => { tr(q, k).hedge = { hedged: true, annualCost: '0.025' } } })
  })
  const charged = ts.findIndex((t) => n(t.ecaPremium) > 0)
  if (charged >= 0) {
    const other = charged === 0 ? ts.length - 1 : 0
    edits.push({ name: `tranche ${charged + 1} ECA premium +2.5 points, tranche ${other + 1} commitment fee 1 %`,
      cells: { [name(charged, 'ECA_Premium')]: n(ts[charged]!.ecaPremium) + 0.025, [name(other, 'Commitment_Fee')]: 0.01 },
      apply: (q) => { tr(q, charged).ecaPremium = d(n(ts[charged]!.ecaPremium) + 0.025); tr(q, other).commitmentFeeAnnualRate = '0.01' } })
  }
  const foreign = [...new Set(ts.map((t) => t.currency).filter((c) => c !== 'USD'))]
  const table = p.fx.rates.find((r) => r.currency === (p.reportingCurrency !== 'USD' ? p.reportingCurrency : foreign[0]))
  if (table) {
    const c = table.currency
    edits.push({ name: `FX ${c} per USD +10 % in every listed year`, cells: { [`FX_${c}_Rates`]: table.points.map((x) => n(x.perUsd) * 1.1) },
      apply: (q) => { q.fx.rates.find((r) => r.currency === c)!.points = table.points.map((x) => ({ ...x, perUsd: d(n(x.perUsd) * 1.1) })) } })
    if (table.annualDepreciation !== undefined)
      edits.push({ name: `FX ${c} depreciation 5 % a year after the last listed year`, cells: { [`FX_${c}_Depreciation`]: 0.05 },
        apply: (q) => { q.fx.rates.find((r) => r.currency === c)!.annualDepreciation = '0.05' } })
  }
  return edits
}

/**
 * Plant capacity edits (methodology §13) an analyst makes in the Inputs sheet of a project with
 * capacities: a tighter first capacity, a lower availability on the last, and both opened up so
 * nothing is cut. Empty for a project without a capacity.
 */
export function capacityEditsFor(project: Project): Edit[] {
  const caps = project.plant?.capacities ?? []
  if (caps.length === 0) return []
  const last = caps.length - 1
  const tighter = n(caps[0]!.tonnesPerYear) * 0.8
  const lower = Math.max(0, n(caps[last]!.availability) - 0.1)
  return [
    { name: 'capacity 1 −20 %', cells: { Capacity1_Tonnes: tighter }, apply: (q) => { q.plant!.capacities[0]!.tonnesPerYear = d(tighter) } },
    { name: `capacity ${last + 1} availability −10 points`, cells: { [`Capacity${last + 1}_Avail`]: lower }, apply: (q) => { q.plant!.capacities[last]!.availability = d(lower) } },
    { name: 'every capacity ×100 (nothing cut)', cells: Object.fromEntries(caps.map((c, k) => [`Capacity${k + 1}_Tonnes`, n(c.tonnesPerYear) * 100])),
      apply: (q) => { for (const c of q.plant!.capacities) c.tonnesPerYear = d(n(c.tonnesPerYear) * 100) } }
  ]
}

/**
 * The waterfall's terms edited in the file (methodology §11) on the variants that have them: the
 * facility's limit, the DSRA's form, the MRA, the lock-up switched off or its test changed.
 */
export function waterfallEditsFor(project: Project): Edit[] {
  const w = project.financing.waterfall
  if (!w) return []
  const edits: Edit[] = []
  if (w.wcFacility) {
    edits.push({ name: 'facility limit ÷ 3 (the sponsor funds more)', cells: { WC_Limit: n(w.wcFacility.limit) / 3 },
      apply: (q) => { q.financing.waterfall!.wcFacility!.limit = d(n(w.wcFacility!.limit) / 3) } })
    edits.push({ name: 'facility rate +4 points', cells: { WC_Rate: n(w.wcFacility.rate) + 0.04 },
      apply: (q) => { q.financing.waterfall!.wcFacility!.rate = d(n(w.wcFacility!.rate) + 0.04) } })
  }
  if (project.financing.dsra.form === 'lc')
    edits.push({ name: 'DSRA in cash instead of the letter of credit (DSRA_Cash 1)', cells: { DSRA_Cash: 1 }, apply: (q) => { q.financing.dsra.form = 'cash' } })
  else edits.push({ name: 'DSRA by a letter of credit at 2 % (DSRA_Cash 0)', cells: { DSRA_Cash: 0, DSRA_LC_Fee: 0.02, DSRA_LC_Draw_Rate: 0.1 },
    apply: (q) => { q.financing.dsra = { ...q.financing.dsra, form: 'lc', lcFeeRate: '0.02', lcDrawRate: '0.1' } } })
  if (w.mraMonths) edits.push({ name: `MRA ${w.mraMonths} → 3 months`, cells: { MRA_Months: 3 }, apply: (q) => { q.financing.waterfall!.mraMonths = 3 } })
  if (w.lockup) {
    edits.push({ name: 'lock-up switched off (Lockup_On 0)', cells: { Lockup_On: 0 }, apply: (q) => { delete q.financing.waterfall!.lockup } })
    // To the trailing test the ratio drops to 2.0x, so the sculpted 2.2x passes outside the outage year and the edit moves cash.
    const trailing = w.lockup.test === 'trailing-12m'
    const ratio = trailing ? n(w.lockup.dscr) : 2
    edits.push({ name: `lock-up test → ${trailing ? 'the period' : 'trailing 12 months at 2.0x'}, released after 3 passes`, cells: { Lockup_Trailing: trailing ? 0 : 1, Lockup_DSCR: ratio, Lockup_Release_Periods: 3 },
      apply: (q) => { q.financing.waterfall!.lockup = { dscr: d(ratio), test: trailing ? 'period' : 'trailing-12m', releaseAfterPeriods: 3 } } })
  }
  return edits
}
