/**
 * The rich analysis case (INR reporting, USD deck; a catalyst stream bought at 72 % of contained value on
 * the smelting route and a black-mass stream at a fixed price on the hydromet route) with each §13
 * feature of issue 16 turned on, for the Monte Carlo parity tests. Built here, not from the bundled
 * samples, so their figures can change without moving these.
 */
import type { Project } from '@shared/model'
import { richProject, valid } from './fixtures'

/** A hydromet line of 2,800 t/yr at 95 % (binds on the 3,000 t/yr of black mass from the second year) and a plant of 3,300 t/yr at 92 %. */
export function withCapacity(p: Project = richProject()): Project {
  p.plant = {
    capacities: [
      { id: 'cap-hydro', routeId: 'hydro', tonnesPerYear: '2800', availability: '0.95' },
      { id: 'cap-plant', routeId: null, tonnesPerYear: '3300', availability: '0.92' }
    ]
  }
  return p
}

/**
 * Three supply contracts: half the converters at 65 % of contained value with a floor and cap that the
 * price draws reach; 1,200 t/yr of black mass at a fixed escalated price; then 40 % of the black mass at
 * 30 % of contained value, floor and cap (it takes what the first leaves).
 */
export function withSupply(p: Project = richProject()): Project {
  p.supplyContracts = [
    {
      id: 'sc-gas', supplier: 'Dismantler', streamId: 'gas', rating: 'BB', volume: { basis: 'share', share: '0.5' }, startDate: '2027-07-01', endDate: '2033-12-31',
      price: { basis: 'pctOfContained', pctOfContained: '0.65', floorPerQuantity: '4200', capPerQuantity: '5400' }
    },
    {
      id: 'sc-bm-fixed', supplier: 'Cell maker', streamId: 'bm', rating: 'A', volume: { basis: 'fixed', tonnesPerYear: '1200' }, startDate: '2027-07-01', endDate: '2036-12-31',
      price: { basis: 'fixed', pricePerQuantity: '140000', escalation: '0.025' }
    },
    {
      id: 'sc-bm-pct', supplier: 'Pack collector', streamId: 'bm', rating: 'BBB', volume: { basis: 'share', share: '0.4' }, startDate: '2028-01-01', endDate: '2038-12-31',
      price: { basis: 'pctOfContained', pctOfContained: '0.3', floorPerQuantity: '120000', capPerQuantity: '160000' }
    }
  ]
  return p
}

/** Copper sold and plastics disposed of from the black mass; shells sold and ceramic residue disposed of from the converters. */
export function withByproducts(p: Project = richProject()): Project {
  p.feedstock[0]!.byproducts = [
    { id: 'shell', name: 'Decanned shells', massFraction: '0.6', fate: { kind: 'sold', pricePerTonne: '25000', payable: '0.9', escalation: '0' } },
    { id: 'ceramic', name: 'Ceramic residue', massFraction: '0.2', fate: { kind: 'disposed', costPerTonne: '6000' } }
  ]
  p.feedstock[1]!.byproducts = [
    { id: 'cu', name: 'Copper foil', massFraction: '0.05', fate: { kind: 'sold', pricePerTonne: '600000', payable: '0.85', escalation: '0.02' } },
    { id: 'plastics', name: 'Plastics', massFraction: '0.08', fate: { kind: 'disposed', costPerTonne: '9000' } }
  ]
  return p
}

/** EPR certificates from 2028 on Li, Co, Ni and Pt, priced in `currency` (INR, the reporting one, or USD, which an FX draw moves against it). */
export function withEpr(p: Project = richProject(), currency: 'INR' | 'USD' = 'INR'): Project {
  const scale = currency === 'INR' ? 1 : 1 / 85
  p.epr = {
    activeFrom: '2028-01-01', kgPerTonneRecovered: { Li: '1000', Co: '1000', Ni: '800', Pt: '500' }, currency,
    pricePerKg: [{ year: 2026, pricePerKg: String(20 * scale) }, { year: 2030, pricePerKg: String(24 * scale) }]
  }
  return p
}

/** The active deck prices the EPR certificates (§13): a USD series, so the block's INR prices are not read. */
export function withDeckEpr(p: Project): Project {
  p.prices.decks[0]!.eprPrices = { currency: 'USD', points: [{ year: 2026, pricePerKg: '0.3' }, { year: 2030, pricePerKg: '0.35' }] }
  return p
}

/** One stream only: shells sold from the converters, and one %-of-contained supply contract on them with neither floor nor cap. */
export function oneStreamOnly(p: Project = richProject()): Project {
  p.feedstock[0]!.byproducts = [{ id: 'shell', name: 'Decanned shells', massFraction: '0.6', fate: { kind: 'sold', pricePerTonne: '25000', payable: '0.9', escalation: '0' } }]
  p.supplyContracts = [{
    id: 'sc-open', supplier: 'Scrapyard', streamId: 'gas', rating: 'B', volume: { basis: 'share', share: '0.7' }, startDate: '2027-07-01', endDate: '2035-12-31',
    price: { basis: 'pctOfContained', pctOfContained: '0.6', floorPerQuantity: null, capPerQuantity: null }
  }]
  return p
}

export const operationsProjects = (): { name: string; project: Project }[] => [
  { name: 'by-products and an open %-of-contained supply contract on one stream of two', project: valid(oneStreamOnly()) },
  { name: 'plant capacity (route and plant)', project: valid(withCapacity()) },
  { name: 'supply contracts (fixed and %-of-contained with floor and cap)', project: valid(withSupply()) },
  { name: 'by-products sold and disposed of', project: valid(withByproducts()) },
  { name: 'EPR certificates', project: valid(withEpr()) },
  { name: 'EPR priced by the deck (a USD series over an INR block)', project: valid(withDeckEpr(withEpr())) },
  { name: 'all four at once, EPR in USD', project: valid(withEpr(withByproducts(withSupply(withCapacity())), 'USD')) }
]
