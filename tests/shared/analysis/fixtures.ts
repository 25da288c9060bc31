import { tranche } from '../model/tranche-fixtures'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseProject, type Project } from '@shared/model'
import { handProject } from '../engine/hand-project'
import { withoutMcUnsupportedOps, withoutSampleFeatures } from './mc-copy'

export { withoutMcUnsupportedOps, withoutSampleFeatures }

export const valid = (p: Project): Project => {
  const r = parseProject(p)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return r.value
}

/**
 * A project that exercises every path the analysis touches: semi-annual periods, INR reporting with
 * a USD deck, a catalyst stream bought at % of contained value and a battery stream at a fixed price,
 * four products, contracts with floor/cap and a fixed volume (INR and USD), DSRA, grace, WDV tax,
 * sculpted debt sizing with fees.
 */
export function richProject(): Project {
  const p = handProject()
  p.id = 'rich'
  p.name = 'Rich analysis case'
  p.reportingCurrency = 'INR'
  p.timeline = { startDate: '2026-01-01', constructionMonths: 18, operatingYears: 12, periodMonths: 6 }
  p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '85' }, { year: 2029, perUsd: '88' }, { year: 2032, perUsd: '92' }] }] }
  p.feedstock = [
    {
      id: 'gas', name: 'Gasoline TWC', kind: 'catalyst', converterClassId: null, massKgPerUnit: '8', unitsPerYear: '60000', rampUp: ['0.6', '0.9', '1'], routeId: 'smelt',
      recoveryOverrides: { Rh: '0.9' }, purchase: { basis: 'pctOfContained', pctOfContained: '0.72', logisticsPerTonne: '4000', escalation: '0.03' },
      loading: { mode: 'monolithPpm', monolithKgPerUnit: '0.9', ppm: { Pt: '1700', Pd: '900', Rh: '250' } }
    },
    {
      id: 'bm', name: 'NMC black mass', kind: 'battery', chemistry: 'NMC622', form: 'blackMass', inputTonnesPerYear: '3000', rampUp: ['0.5', '1'], routeId: 'hydro',
      recoveryOverrides: {}, purchase: { basis: 'fixed', pricePerQuantity: '150000', logisticsPerTonne: '3000', escalation: '0.02' }, blackMassYield: '1',
      grades: { Li: '0.04', Co: '0.06', Ni: '0.2', Mn: '0' }
    }
  ]
  p.routes = [
    { id: 'smelt', name: 'Smelt + refine', type: 'pgmSmeltRefine', recovery: { Pt: '0.97', Pd: '0.96', Rh: '0.95' } },
    { id: 'hydro', name: 'Hydromet', type: 'hydro', recovery: { Li: '0.85', Co: '0.95', Ni: '0.95' } }
  ]
  p.products = [
    { id: 'pt', metal: 'Pt', name: 'Platinum', factor: '1', merchantPayable: '0.98' },
    { id: 'pd', metal: 'Pd', name: 'Palladium', factor: '1', merchantPayable: '0.98' },
    { id: 'ni', metal: 'Ni', name: 'Nickel sulphate', factor: '4.478', merchantPayable: '0.9' },
    { id: 'li', metal: 'Li', name: 'Lithium carbonate', factor: '5.323', merchantPayable: '0.85' }
  ]
  p.prices.decks[0]!.prices = [
    { productId: 'pt', mode: 'escalating', basePricePerUnit: '1250', baseYear: 2026, escalation: '0.02' },
    { productId: 'pd', mode: 'escalating', basePricePerUnit: '1150', baseYear: 2026, escalation: '0.01' },
    { productId: 'ni', mode: 'table', points: [{ year: 2026, price: '3500' }, { year: 2029, price: '3800' }, { year: 2033, price: '4000' }] },
    { productId: 'li', mode: 'escalating', basePricePerUnit: '11000', baseYear: 2026, escalation: '0.03' }
  ]
  p.offtake = [
    {
      id: 'c-pt', counterparty: 'Refiner', rating: 'A', productId: 'pt', priority: 1, volume: { basis: 'share', share: '0.6' }, payable: '0.97', premiumPerUnit: '-5',
      floor: '900', cap: '1150', chargePerUnit: '10', currency: 'USD', startDate: '2027-07-01', endDate: '2035-12-31', takeOrPay: '1'
    },
    {
      id: 'c-ni', counterparty: 'Cathode maker', rating: 'BBB', productId: 'ni', priority: 1, volume: { basis: 'fixed', productUnitsPerYear: '1500' }, payable: '0.92', premiumPerUnit: '0',
      floor: '280000', cap: null, chargePerUnit: '0', currency: 'INR', startDate: '2027-07-01', endDate: '2039-06-30', takeOrPay: '0.9'
    }
  ]
  p.costs = {
    capex: { items: [{ id: 'plant', name: 'Plant', amount: '1800000000' }, { id: 'bmline', name: 'Hydromet line', amount: '900000000' }], contingency: '0.1', phasing: ['0.3', '0.4', '0.3'] },
    opex: { fixedPerYear: '250000000', variablePerTonne: '8000', variablePerUnit: '50', treatmentPerTonne: '2000', escalation: '0.04' },
    maintenanceCapexPerYear: '30000000',
    workingCapital: { receivableDays: '45', inventoryDays: '30', payableDays: '30' }
  }
  p.tax = { rate: '0.25168', depreciation: { method: 'wdv', rate: '0.15' } }
  p.financing = {
    sizing: 'sculpted', gearing: '0.7', targetDscr: '1.35', tranches: [tranche(p.reportingCurrency, { annualRate: '0.095', tenorYears: 8, graceMonths: 6, repayment: 'sculpted', upfrontFee: '0.01' })],
    dsra: { enabled: true, months: 6 }, grants: []
  }
  p.valuation = { discountRate: '0.12' }
  p.lender = { ...p.lender, minDscr: '1.3' }
  return valid(p)
}

/** The deterministic samples shipped with the app (resources/samples/*.json) plus the test cases above. */
export function sampleProjects(): { name: string; project: Project }[] {
  const out: { name: string; project: Project }[] = [
    { name: 'hand', project: valid(handProject()) },
    { name: 'rich', project: richProject() },
    { name: 'minimal', project: valid(JSON.parse(readFileSync(join(__dirname, '../../fixtures/minimal-project.json'), 'utf8')) as Project) }
  ]
  const dir = join(__dirname, '../../../resources/samples')
  if (existsSync(dir))
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
      const r = parseProject(JSON.parse(readFileSync(join(dir, f), 'utf8')))
      if (r.ok) out.push({ name: f, project: r.value })
    }
  return out
}

/** `sampleProjects()` as Monte Carlo can run them today (see `withoutMcUnsupportedOps`). */
export const mcSampleProjects = (): { name: string; project: Project }[] => sampleProjects().map(({ name, project }) => ({ name, project: withoutMcUnsupportedOps(project) }))

