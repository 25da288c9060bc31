import minimal from '../../fixtures/minimal-project.json'
import type { Project } from '@shared/model'

/**
 * A valid project that exercises every part of the schema: the minimal fixture plus a catalyst stream,
 * a PGM route and product, an INR contract, a table price, a price scenario, phasing and a scenario.
 */
export function validProject(): Record<string, unknown> {
  // The JSON import widens literals ("USD" → string); the pushes below are type-checked against Project.
  const p = structuredClone(minimal) as unknown as Project
  p.feedstock.push({
    id: 's2', name: 'OEM converters', kind: 'catalyst', unitsPerYear: '50000', rampUp: ['1'], routeId: 'r2', recoveryOverrides: { Pt: '0.97' },
    purchase: { basis: 'fixed', pricePerQuantity: '120', logisticsPerTonne: '30', escalation: '0' },
    converterClassId: null, massKgPerUnit: '6', loading: { mode: 'monolithPpm', monolithKgPerUnit: '0.9', ppm: { Pt: '1700', Pd: '700', Rh: '300' } }
  })
  p.routes.push({ id: 'r2', name: 'Smelt and refine', type: 'pgmSmeltRefine', recovery: { Pt: '0.95', Pd: '0.95', Rh: '0.9' } })
  p.products.push({ id: 'pt', metal: 'Pt', name: 'Platinum', factor: '1', merchantPayable: '0.98' })
  p.prices.decks[0]!.prices.push({ productId: 'pt', mode: 'table', points: [{ year: 2025, price: '1308' }, { year: 2026, price: '1300' }] })
  p.prices.scenarios.push({ id: 'low', name: 'Low', allMultiplier: '0.8', productMultipliers: [{ productId: 'pt', multiplier: '0.9' }] })
  p.fx.rates.push({ currency: 'INR', points: [{ year: 2025, perUsd: '85.48' }] })
  p.offtake.push({
    id: 'o1', counterparty: 'Buyer Ltd', rating: 'BBB', productId: 'li2co3', priority: 1, volume: { basis: 'share', share: '0.6' },
    payable: '0.95', premiumPerUnit: '0', floor: '500000', cap: '1200000', chargePerUnit: '0', currency: 'INR',
    startDate: '2027-01-01', endDate: '2031-12-31', takeOrPay: '0.8'
  })
  p.costs.capex.phasing = ['0.4', '0.6']
  p.scenarios.push({ id: 'sc1', name: 'Downside', priceDeckId: 'd1', priceMultipliers: [{ productId: 'pt', multiplier: '0.9' }] })
  return p as unknown as Record<string, unknown>
}

/** Deep copy with the value at a dotted path replaced (`undefined` deletes the key). */
export function withValue(doc: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(doc)
  const keys = path.split('.')
  let node = copy as Record<string, unknown>
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>
  const last = keys[keys.length - 1]!
  if (value === undefined) delete node[last]
  else node[last] = value
  return copy
}
