/**
 * Projects that exercise every branch of the Excel model: both stream kinds, gearing and sculpted
 * sizing (cap binding and not), annuity/equal/sculpted repayment, DSRA on/off and part-period,
 * contracts with floor/cap/priorities/fixed volumes, INR and JPY reporting with a USD deck,
 * table and escalating prices, straight-line and WDV depreciation, grants, and sculpted repayment
 * where the principal floor binds and CFADS is negative inside the repayment window. Built from the
 * minimal fixture so that each variant is a readable diff.
 */
import { setDebt, tranche } from '../../shared/model/tranche-fixtures'
import { handProject } from '../../shared/engine/hand-project'
import { parseProject, type Project } from '../../../src/shared/model'
// A JSON import, not node:fs: renderer tests (web tsconfig, no Node types) build on these projects too.
import minimalFixture from '../../fixtures/minimal-project.json'
import dustFixture from '../../fixtures/dust-sculpted-project-2.json'

export const minimalProject = (): Project => {
  const r = parseProject(structuredClone(minimalFixture))
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}

const valid = (p: Project, label: string): Project => {
  const r = parseProject(p)
  if (!r.ok) throw new Error(`${label}: ${JSON.stringify(r.issues)}`)
  return r.value
}

/** Profitable battery plant: gearing 70 %, annuity, DSRA 6 months (the minimal fixture at a realistic Li2CO3 price). */
export function batteryAnnuity(): Project {
  const p = minimalProject()
  p.name = 'Battery annuity'
  p.prices.decks[0]!.prices[0] = { productId: 'li2co3', mode: 'escalating', basePricePerUnit: '24000', baseYear: 2025, escalation: '0.02' }
  p.feedstock[0]!.purchase = { basis: 'pctOfContained', pctOfContained: '0.3', logisticsPerTonne: '50', escalation: '0.02' }
  return valid(p, 'batteryAnnuity')
}

/** Catalyst + battery streams (the catalyst one with its own opex rates), four products, contracts with floor/cap/priorities, INR reporting with a USD deck. */
export function mixedInrContracts(): Project {
  const p = minimalProject()
  p.name = '=HYPERLINK("http://x","Mixed") INR plant'
  p.financing.tranches[0]!.currency = 'INR'
  p.reportingCurrency = 'INR'
  p.fx.rates = [{ currency: 'INR', points: [{ year: 2026, perUsd: '84' }, { year: 2028, perUsd: '86.5' }, { year: 2031, perUsd: '90' }] }]
  p.feedstock.push({
    id: 'cat', name: '+Gasoline OEM', kind: 'catalyst', converterClassId: null, unitsPerYear: '120000', rampUp: ['0.5', '1'], routeId: 'pgm',
    recoveryOverrides: { Rh: '0.9' }, massKgPerUnit: '9', loading: { mode: 'monolithPpm', monolithKgPerUnit: '1.4', ppm: { Pt: '800', Pd: '1500', Rh: '300' } },
    purchase: { basis: 'fixed', pricePerQuantity: '6500', logisticsPerTonne: '2500', escalation: '0.04' },
    // Its own processing costs (methodology §13); the battery stream inherits the project-wide rates.
    variableOpexPerUnit: '120', treatmentPerTonne: '1500'
  })
  p.routes.push({ id: 'pgm', name: 'Smelt and refine', type: 'pgmSmeltRefine', recovery: { Pt: '0.95', Pd: '0.94', Rh: '0.88' } })
  p.products.push(
    { id: 'pt', metal: 'Pt', name: 'Platinum', factor: '1', merchantPayable: '0.97' },
    { id: 'pd', metal: 'Pd', name: 'Palladium', factor: '1', merchantPayable: '0.96' },
    { id: 'nis', metal: 'Ni', name: 'NiSO4·6H2O', factor: '4.478', merchantPayable: '0.9' }
  )
  p.prices.decks[0]!.prices = [
    { productId: 'li2co3', mode: 'table', points: [{ year: 2026, price: '14000' }, { year: 2028, price: '17500' }, { year: 2030, price: '21000' }] },
    { productId: 'pt', mode: 'escalating', basePricePerUnit: '1050', baseYear: 2025, escalation: '0.015' },
    { productId: 'pd', mode: 'table', points: [{ year: 2027, price: '1100' }, { year: 2032, price: '1250' }] },
    { productId: 'nis', mode: 'escalating', basePricePerUnit: '4200', baseYear: 2026, escalation: '0.01' }
  ]
  p.prices.scenarios = [{ id: 'ps', name: 'Deck +5 %', allMultiplier: '1.05', productMultipliers: [{ productId: 'pd', multiplier: '0.9' }] }]
  p.prices.activeScenarioId = 'ps'
  const base = { payable: '0.98', premiumPerUnit: '0', floor: null, cap: null, chargePerUnit: '0', currency: 'USD' as const, startDate: '2027-01-01', endDate: '2033-12-31', takeOrPay: '0.9', rating: 'A' as const }
  p.offtake = [
    { ...base, id: 'k1', counterparty: '@Refiner SUM(1)', productId: 'pt', priority: 2, volume: { basis: 'share', share: '0.5' }, floor: '900', cap: '1300', premiumPerUnit: '-15', chargePerUnit: '12' },
    { ...base, id: 'k2', counterparty: 'Auto OEM', productId: 'pt', priority: 1, volume: { basis: 'fixed', productUnitsPerYear: '2000' }, payable: '0.95', rating: 'BB', startDate: '2027-07-01' },
    { ...base, id: 'k3', counterparty: 'Cathode maker', productId: 'li2co3', priority: 1, volume: { basis: 'share', share: '0.7' }, floor: '16000', cap: null, currency: 'INR', premiumPerUnit: '25000', chargePerUnit: '8000', endDate: '2031-06-30' },
    { ...base, id: 'k4', counterparty: 'Trader', productId: 'pd', priority: 1, volume: { basis: 'fixed', productUnitsPerYear: '100000' }, cap: '1150', floor: null, takeOrPay: '0.5' }
  ]
  // Land (not depreciated) and capitalised maintenance under WDV (methodology §6).
  p.costs.capex.items = [{ id: 'c1', name: 'Plant', amount: '5000000000' }, { id: 'c2', name: 'Furnace', amount: '1800000000' }, { id: 'c3', name: 'Land', amount: '600000000', taxBlock: 'land' }]
  p.costs.capex.phasing = ['0.3', '0.7']
  p.costs.opex = { fixedPerYear: '350000000', variablePerTonne: '4000', variablePerUnit: '150', treatmentPerTonne: '900', escalation: '0.05' }
  p.costs.maintenanceCapexPerYear = '60000000'
  p.tax = { rate: '0.2517', maintenanceCapex: 'capitalised', depreciation: { method: 'wdv', rate: '0.15' } }
  p.financing = { ...p.financing, dsra: { enabled: false, months: 6 }, grants: [{ id: 'g1', name: 'PLI capital subsidy', amount: '400000000' }] }
  setDebt(p, { repayment: 'equal', annualRate: '0.105', tenorYears: 6, graceMonths: 12 })
  return valid(p, 'mixedInrContracts')
}

/**
 * Plant capacity (methodology §13) on the mixed plant: the smelting line takes 900 t/yr at 90 %
 * (405 t a half-year: the converters' 270 t in year 1 pass, their 540 t from year 2 are cut to 0.75);
 * the whole plant 9,000 t/yr at 92 % (4,140 t a half-year) cuts what the route passes from year 2
 * (black mass 4,500 t + 405 t = 4,905 t → factor 0.844…).
 */
export function plantCapacity(): Project {
  const p = mixedInrContracts()
  p.name = 'Plant capacity'
  p.plant = { capacities: [
    { id: 'line', routeId: 'pgm', tonnesPerYear: '900', availability: '0.9' },
    { id: 'plant', routeId: null, tonnesPerYear: '9000', availability: '0.92' }
  ] }
  return valid(p, 'plantCapacity')
}

/**
 * Feedstock supply contracts (methodology §13) on the mixed plant: the converter line buys 300 t/yr
 * (from mid-2027, escalated 3 %) from a dismantler at a fixed price per converter; the black mass (bought
 * at 70 % of contained value) has a cell maker's 40 % share at 55 % of contained value within an INR
 * floor and cap, then a collector's 2,000 t/yr at a fixed price per tonne, served after it, to 2030.
 */
export function supplyContracts(): Project {
  const p = mixedInrContracts()
  p.name = 'Supply contracts'
  p.supplyContracts = [
    { id: 'dismantler', supplier: 'Dismantler', streamId: 'cat', rating: 'BB+', volume: { basis: 'fixed', tonnesPerYear: '300' }, startDate: '2027-07-01', endDate: '2031-12-31',
      price: { basis: 'fixed', pricePerQuantity: '6000', escalation: '0.03' } },
    { id: 'cells', supplier: 'Cell maker', streamId: 's1', rating: 'A-', volume: { basis: 'share', share: '0.4' }, startDate: '2027-01-01', endDate: '2035-12-31',
      price: { basis: 'pctOfContained', pctOfContained: '0.55', floorPerQuantity: '150000', capPerQuantity: '400000' } },
    { id: 'collector', supplier: 'Collector', streamId: 's1', rating: 'NR', volume: { basis: 'fixed', tonnesPerYear: '2000' }, startDate: '2027-01-01', endDate: '2030-12-31',
      price: { basis: 'fixed', pricePerQuantity: '180000', escalation: '0.02' } }
  ]
  p.lender.minSupplyCoverage = '0.5'
  return valid(p, 'supplyContracts')
}

/**
 * By-products, residues and EPR certificates (methodology §13) on the mixed INR plant: the converters'
 * decanned steel shells sold at their own price (over the deck's), their ceramic residue disposed of; the
 * black mass's graphite sold at half payable at the deck's price (USD, by calendar year), its
 * fluoride-bearing residue disposed; EPR certificates on recovered Li, Co and Ni in INR from
 * mid-2028, the price stepping in 2030.
 */
export function byproductsEpr(): Project {
  const p = mixedInrContracts()
  p.name = 'By-products and EPR'
  p.feedstock[1]!.byproducts = [
    { id: 'shells', name: 'Decanned steel shells', kind: 'cat-shells', massFraction: '0.78', fate: { kind: 'sold', pricePerTonne: '28000', payable: '0.95', escalation: '0.03' } },
    { id: 'ceramic', name: 'Spent ceramic', massFraction: '0.15', fate: { kind: 'disposed', costPerTonne: '6000' } }
  ]
  p.feedstock[0]!.byproducts = [
    { id: 'graphite', name: 'Graphite', kind: 'li-graphite', massFraction: '0.3', fate: { kind: 'sold', payable: '0.5', escalation: '0' } },
    { id: 'residue', name: 'Leach residue', massFraction: '0.12', fate: { kind: 'disposed', costPerTonne: '9000' } }
  ]
  p.epr = { activeFrom: '2028-07-01', kgPerTonneRecovered: { Li: '1000', Co: '1000', Ni: '1000' }, currency: 'INR', pricePerKg: [{ year: 2027, pricePerKg: '12' }, { year: 2030, pricePerKg: '18' }] }
  // Graphite is priced by the deck (USD/t by calendar year, translated at the period's FX); the shells keep their own price over the deck's.
  p.prices.decks[0]!.byproductPrices = [
    { byproductId: 'li-graphite', points: [{ year: 2026, pricePerTonne: '240' }, { year: 2029, pricePerTonne: '262' }] },
    { byproductId: 'cat-shells', points: [{ year: 2026, pricePerTonne: '300' }] }
  ]
  return valid(p, 'byproductsEpr')
}

/**
 * The by-products and EPR variant with EPR certificate prices in the price deck (§13): the active deck
 * lists a USD series (USD 0.16/kg from 2027, 0.24 from 2030), which the certificates read instead of the
 * block's INR prices; a second deck "Low" lists none, so a case on it reads the block's.
 */
export function byproductsEprDeck(): Project {
  const p = byproductsEpr()
  p.name = 'By-products and EPR priced by the deck'
  const deck = p.prices.decks[0]!
  p.prices.decks.push({ ...structuredClone(deck), id: 'low-epr', name: 'Low (no EPR prices)' })
  deck.eprPrices = { currency: 'USD', points: [{ year: 2027, pricePerKg: '0.16' }, { year: 2030, pricePerKg: '0.24' }], source: 'test: assumption' }
  return valid(p, 'byproductsEprDeck')
}

/** Sculpted sizing at the target DSCR (cap not binding), quarterly periods, DSRA 6 months. */
export function sculptedQuarterly(): Project {
  const p = batteryAnnuity()
  p.name = 'Sculpted quarterly'
  p.timeline = { ...p.timeline, periodMonths: 3, constructionMonths: 15 }
  p.financing = { ...p.financing, sizing: 'sculpted', gearing: '0.8', targetDscr: '2.6', dsra: { enabled: true, months: 6 } }
  setDebt(p, { repayment: 'sculpted', graceMonths: 3 })
  return valid(p, 'sculptedQuarterly')
}

/** Sculpted sizing where the gearing cap binds (DSCR* above target); DSRA of 9 months on 6-month periods (part period). */
export function sculptedCapBinding(): Project {
  const p = batteryAnnuity()
  p.name = 'Sculpted cap binding'
  p.prices.decks[0]!.prices[0] = { productId: 'li2co3', mode: 'escalating', basePricePerUnit: '30000', baseYear: 2025, escalation: '0.02' }
  p.financing = { ...p.financing, sizing: 'sculpted', gearing: '0.45', targetDscr: '1.3', dsra: { enabled: true, months: 9 } }
  setDebt(p, { repayment: 'sculpted' })
  return valid(p, 'sculptedCapBinding')
}

/** Gearing sizing with sculpted repayment, annual periods, JPY reporting with a JPY contract and USD deck. */
export function jpyAnnualSculptedRepayment(): Project {
  const p = batteryAnnuity()
  p.name = 'JPY annual'
  p.financing.tranches[0]!.currency = 'JPY'
  p.reportingCurrency = 'JPY'
  p.timeline = { ...p.timeline, periodMonths: 12, constructionMonths: 24, operatingYears: 12 }
  p.fx.rates = [{ currency: 'JPY', points: [{ year: 2025, perUsd: '150' }, { year: 2030, perUsd: '140' }] }]
  // Land first, and capitalised maintenance by straight-line vintages past the asset life (12 years of operations, 8-year life).
  p.costs.capex.items = [{ id: 'c0', name: 'Land', amount: '900000000', taxBlock: 'land' }, { id: 'c1', name: 'Plant', amount: '7500000000' }]
  p.costs.opex = { ...p.costs.opex, fixedPerYear: '450000000', variablePerTonne: '60000' }
  p.costs.maintenanceCapexPerYear = '75000000'
  p.tax = { ...p.tax, maintenanceCapex: 'capitalised', depreciation: { method: 'straightLine', years: 8 } }
  p.feedstock[0]!.purchase = { basis: 'fixed', pricePerQuantity: '150000', logisticsPerTonne: '5000', escalation: '0.01' }
  p.offtake = [{
    id: 'j1', counterparty: 'Japan cathode', rating: 'A-', productId: 'li2co3', priority: 1, volume: { basis: 'share', share: '0.6' }, payable: '0.97',
    premiumPerUnit: '50000', floor: '2000000', cap: '3500000', chargePerUnit: '20000', currency: 'JPY', startDate: '2028-01-01', endDate: '2034-12-31', takeOrPay: '0.85'
  }]
  p.financing = { ...p.financing, sizing: 'gearing', gearing: '0.6', dsra: { enabled: true, months: 12 } }
  setDebt(p, { repayment: 'sculpted', graceMonths: 12, tenorYears: 8 })
  return valid(p, 'jpyAnnualSculptedRepayment')
}

export const VARIANTS: [string, () => Project][] = [
  ['minimal fixture', minimalProject],
  ['battery, gearing, annuity, DSRA', batteryAnnuity],
  ['catalyst + battery, INR, contracts, equal, WDV, grants, no DSRA', mixedInrContracts],
  ['sculpted sizing, quarterly', sculptedQuarterly],
  ['sculpted sizing, cap binding, DSRA part period', sculptedCapBinding],
  ['JPY, annual, gearing + sculpted repayment', jpyAnnualSculptedRepayment],
  ['sculpted sizing, floor binds, negative CFADS in repayment', sculptedFloorOutage],
  ['gearing + sculpted repayment, quarterly, negative CFADS in repayment', gearingSculptedFloorOutage],
  ['sculpted, arithmetic leaves dust before maturity (repaid to the minor unit)', dustSculpted],
  ['two tranches by hand: USD 10 % equal 3 years, INR 8 % equal 2 years, unhedged', twoTranchesByHand],
  ['plant capacity: a route line and the whole plant cut the feed pro rata', plantCapacity],
  ['feedstock supply contracts: fixed and % of contained with a floor and cap, two on one stream', supplyContracts],
  ['by-products sold and residues disposed on both streams, EPR certificates in INR from mid-2028', byproductsEpr],
  ['tax blocks, losses that lapse, holiday, quarterly sculpted (§14)', taxRefinements],
  ['the same with two sculpted tranches (USD with commitment fee and ECA premium; JPY hedged): §14 in the tranche blocks', taxRefinementsTranches],
  ['waterfall: DSRA by letter of credit, working-capital facility, MRA, trailing 12-month lock-up (§11)', waterfallLcFacility],
  ['waterfall: cash DSRA, MRA, period lock-up trapping the whole repayment (§11)', waterfallLockup]
]

/**
 * The §11 waterfall with every mechanism on, over the quarterly outage (negative CFADS in repayment):
 * the LC pays debt service and is reimbursed with interest, the facility (1.5 m) and then the sponsor
 * fund the rest, the MRA builds 12 months of maintenance ahead, and the trailing 12-month DSCR below
 * 2.5x locks up the outage year (released after two passes). By the engine: LC draws 1.9 m, facility
 * draws 1.8 m, sponsor support 1.2 m, 1.6 m trapped in 7 locked periods and released.
 */
export function waterfallLcFacility(): Project {
  const p = gearingSculptedFloorOutage()
  p.name = 'Waterfall: LC, facility, MRA, trailing lock-up'
  p.financing.dsra = { enabled: true, months: 6, form: 'lc', lcFeeRate: '0.015', lcDrawRate: '0.09' }
  p.financing.waterfall = { mraMonths: 12, wcFacility: { limit: '1500000', rate: '0.08' }, lockup: { dscr: '2.5', test: 'trailing-12m', releaseAfterPeriods: 2 } }
  return valid(p, 'waterfallLcFacility')
}

/**
 * A cash DSRA and a 6-month MRA with a period lock-up at 2.3x above the sculpted 2.2x: every repayment
 * period is locked (14), the outage's shortfall (2.5 m) is paid from the lock-up account, and the
 * account is released when the debt is repaid.
 */
export function waterfallLockup(): Project {
  const p = sculptedFloorOutage()
  p.name = 'Waterfall: cash DSRA, MRA, period lock-up'
  p.financing.waterfall = { mraMonths: 6, lockup: { dscr: '2.3', test: 'period', releaseAfterPeriods: 1 } }
  return valid(p, 'waterfallLockup')
}

/**
 * The hand-computed two-tranche case of tests/shared/engine/tranches.test.ts (methodology §10, docs/
 * methodology.md "Tranches and currencies"): the hand project (USD reporting, one construction year
 * 2026, capex 1,000,000, no IDC or fees, 60 % gearing: debt 600,000) split 50/50 into a US bank tranche
 * (USD, 10 % fixed, equal principal over 3 years) and an India DFI tranche (INR, 8 % fixed, equal over
 * 2 years, unhedged) with INR 80 per USD in 2026–27 and 100 from 2028. By hand: the INR tranche draws
 * 300,000 × 80 = INR 24,000,000; pays INR 1,920,000 + 12,000,000 in 2027 (= 24,000 + 150,000 at 80) and
 * INR 960,000 + 12,000,000 in 2028 (= 9,600 + 120,000 at 100); the USD tranche 30,000 / 20,000 / 10,000
 * interest and 100,000 a year; aggregate debt service 304,000 / 249,600 / 110,000, closing balance
 * 600,000 / 350,000 / 100,000 / 0 (tests/shared/workbook/tranche-model.test.ts reads them off the workbook).
 */
export function twoTranchesByHand(): Project {
  const p = handProject()
  p.name = 'Two tranches by hand'
  p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '80' }, { year: 2028, perUsd: '100' }] }] }
  p.financing.tranches = [
    tranche('USD', { annualRate: '0.1', tenorYears: 3, graceMonths: 0, repayment: 'equal', upfrontFee: '0' }, { id: 'us-bank', name: 'US bank', lenderType: 'commercialBank', share: '0.5' }),
    tranche('INR', { annualRate: '0.08', tenorYears: 2, graceMonths: 0, repayment: 'equal', upfrontFee: '0' }, { id: 'india-dfi', name: 'India DFI', lenderType: 'dfi', share: '0.5' })
  ]
  return valid(p, 'twoTranchesByHand')
}

/**
 * The tax refinements of §14 on the sculpted quarterly plant: a building block at WDV 10 % beside the
 * straight-line general pool, maintenance capitalised into the block, land, business losses that lapse
 * after 1 year (4 quarters) and a 1-year holiday at 5 %; a weak first year so losses arise and some lapse.
 */
export function taxRefinements(): Project {
  const p = sculptedQuarterly()
  p.name = 'Tax refinements'
  p.costs.capex.items = [
    ...p.costs.capex.items,
    { id: 'bldg', name: 'Buildings', amount: p.costs.capex.items[0]!.amount, taxBlock: 'buildings' },
    { id: 'land', name: 'Land', amount: '1000000', taxBlock: 'land' }
  ]
  p.costs.maintenanceCapexPerYear = '400000'
  p.feedstock[0]!.rampUp = ['0.05', '0.1', '1']
  p.tax = {
    ...p.tax, maintenanceCapex: 'capitalised', blocks: [{ id: 'buildings', name: 'Buildings', depreciation: { method: 'wdv', rate: '0.1' } }],
    maintenanceBlock: 'buildings', lossExpiryYears: 1, holiday: { years: 1, rate: '0.05' }
  }
  return valid(p, 'taxRefinements')
}

/**
 * The tax refinements of §14 with tranches (§10): the same plant financed by a USD tranche with a
 * commitment fee and an ECA premium and a JPY tranche swapped to USD, both sculpted. The tranche Sizing
 * blocks (commitment passes, gearing and sculpting blocks) and the tranche Debt/Tax path must lay out the
 * blocks (with their share of IDC, fees, premia and construction hedge cost), the lapsing losses and the
 * holiday rate as the one-debt blocks do.
 */
export function taxRefinementsTranches(): Project {
  const p = taxRefinements()
  p.name = 'Tax refinements, two tranches'
  p.fx = { rates: [{ currency: 'JPY', points: [{ year: 2025, perUsd: '150' }, { year: 2030, perUsd: '140' }] }] }
  const terms = { annualRate: '0.08', tenorYears: 6, graceMonths: 3, repayment: 'sculpted' as const, upfrontFee: '0.01' }
  p.financing.tranches = [
    tranche('USD', terms, { id: 'eca', name: 'ECA loan', lenderType: 'eca', share: '0.6', commitmentFeeAnnualRate: '0.005', ecaPremium: '0.03' }),
    tranche('JPY', { ...terms, annualRate: '0.03', tenorYears: 5 }, { id: 'jpy-bank', name: 'JPY bank', lenderType: 'commercialBank', share: '0.4', hedge: { hedged: true, annualCost: '0.02' } })
  ]
  return valid(p, 'taxRefinementsTranches')
}

/**
 * A perturbed sample (found by the engine fuzzer, issue 11) whose sculpted instalments leave dust
 * (~1e-18 of a rupee) before maturity: before the minor-unit rule, interest on it made the minimum
 * DSCR −3.2e38x. Repaid to the paisa, the minimum DSCR is −8.480x (a weak project, IRR −31 %, which
 * Excel's IRR still solves; the fuzzer's first dust case has an IRR of −99.9997 % that it cannot).
 */
export function dustSculpted(): Project {
  return valid(structuredClone(dustFixture) as unknown as Project, 'dustSculpted')
}

/**
 * Sculpted sizing with a plant outage in operating year 3 (5 % of capacity) and a slow year 4: CFADS is
 * negative in a repayment period (interest still paid, DSCR < 0) and below interest × DSCR* in others,
 * so the sculpting floor binds (principal 0). Cap not binding.
 */
export function sculptedFloorOutage(): Project {
  const p = batteryAnnuity()
  p.name = 'Sculpted floor, outage'
  p.feedstock[0]!.rampUp = ['0.8', '1', '0.05', '0.45', '1']
  p.financing = { ...p.financing, sizing: 'sculpted', gearing: '0.85', targetDscr: '2.2', dsra: { enabled: true, months: 6 } }
  setDebt(p, { repayment: 'sculpted', graceMonths: 6 })
  return valid(p, 'sculptedFloorOutage')
}

/** The same outage with gearing sizing and sculpted repayment: DSCR* is solved on the floored schedule. */
export function gearingSculptedFloorOutage(): Project {
  const p = sculptedFloorOutage()
  p.name = 'Gearing, sculpted floor, outage'
  p.timeline = { ...p.timeline, periodMonths: 3 }
  p.financing = { ...p.financing, sizing: 'gearing', gearing: '0.5', dsra: { enabled: false, months: 6 } }
  return valid(p, 'gearingSculptedFloorOutage')
}
