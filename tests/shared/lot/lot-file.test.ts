import { describe, expect, it } from 'vitest'
import c1 from '@resources/lots/c1-catalyst-lot.json'
import c3 from '@resources/lots/c3-black-mass-lot.json'
import { parseLotFile } from '@shared/lot'

type Json = Record<string, unknown>
/** Set a value at a dotted path on a deep copy. */
function withValue(doc: Json, path: string, value: unknown): Json {
  const copy = structuredClone(doc)
  const keys = path.split('.')
  let node: Record<string, unknown> = copy
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>
  const last = keys[keys.length - 1]!
  if (value === undefined) delete node[last]
  else node[last] = value
  return copy
}

describe('lot files', () => {
  it('both example files are valid', () => {
    expect(parseLotFile(c1).ok).toBe(true)
    expect(parseLotFile(c3).ok).toBe(true)
  })

  const catalystCases: [string, string, unknown, string][] = [
    ['negative weight', 'weights.netWetKg', '-5', 'weights.netWetKg'],
    ['zero net wet weight', 'weights.netWetKg', '0', 'weights.netWetKg'],
    ['moisture of 100 %', 'weights.moistureFraction', '1', 'weights.moistureFraction'],
    ['return above 100 %', 'assays.Pt.returnFraction', '1.2', 'assays.Pt.returnFraction'],
    ['exponent notation', 'assays.Pd.ppm', '1e3', 'assays.Pd.ppm'],
    ['hex', 'assays.Pd.pricePerToz', '0x1A', 'assays.Pd.pricePerToz'],
    ['leading space', 'treatmentChargePerWetKg', ' 12', 'treatmentChargePerWetKg'],
    ['NaN', 'assays.Rh.pricePerToz', 'NaN', 'assays.Rh.pricePerToz'],
    ['a JSON number', 'assays.Rh.refiningChargePerToz', 60, 'assays.Rh.refiningChargePerToz'],
    ['ppm above a million', 'assays.Pt.ppm', '1000001', 'assays.Pt.ppm'],
    ['bad date', 'pricingDate', '2025-02-30', 'pricingDate'],
    ['unknown currency', 'currency', 'EUR', 'currency'],
    ['unknown metal', 'assays.Au', { ppm: '1', returnFraction: '1', pricePerToz: '1', refiningChargePerToz: '0' }, 'assays'],
    ['unknown key', 'weights.tareKg', '1', 'weights'],
    ['net wet above gross', 'weights.netWetKg', '2200', 'weights.netWetKg'],
    ['negative lot charge', 'lotCharges', [{ name: 'Freight', amount: '-1' }], 'lotCharges.0.amount'],
    ['advance rate above 100 %', 'advance', { advanceFraction: '0.8', annualRate: '1.5', days: 90 }, 'advance.annualRate'],
    ['fractional days', 'advance', { advanceFraction: '0.8', annualRate: '0.08', days: 1.5 }, 'advance.days'],
    ['no assays', 'assays', {}, 'assays'],
    ['control character in name', 'name', 'Lot\u0007', 'name'],
    ['wrong schema version', 'schemaVersion', 0, 'schemaVersion']
  ]
  it.each(catalystCases)('catalyst lot rejects %s at its path', (_label, path, value, expectedPath) => {
    const r = parseLotFile(withValue(c1 as Json, path, value))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain(expectedPath)
  })

  const blackMassCases: [string, string, unknown, string][] = [
    ['grade above 100 %', 'grades.Ni', '1.1', 'grades.Ni'],
    ['grades summing above 100 %', 'grades', { Ni: '0.6', Co: '0.3', Li: '0.2' }, 'grades'],
    ['zero tonnes', 'dryTonnes', '0', 'dryTonnes'],
    ['unknown price unit', 'prices.cobalt', { amount: '14', per: 'oz' }, 'prices.cobalt.per'],
    ['Li payable on an inclusive lot', 'payables', { convention: 'li-inclusive', nickel: '0.79', cobalt: '0.79', lithiumOfLce: '0.05' }, 'payables'],
    ['unknown convention', 'payables', { convention: 'li-extra', nickel: '0.79', cobalt: '0.79' }, 'payables.convention'],
    ['payable above 100 %', 'payables.nickel', '1.01', 'payables.nickel']
  ]
  it.each(blackMassCases)('black-mass lot rejects %s at its path', (_label, path, value, expectedPath) => {
    const r = parseLotFile(withValue(c3 as Json, path, value))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain(expectedPath)
  })

  it('rejects an unknown kind and a lot from a newer version with a clear message', () => {
    expect(parseLotFile(withValue(c1 as Json, 'kind', 'gold-lot')).ok).toBe(false)
    const newer = parseLotFile(withValue(c1 as Json, 'schemaVersion', 2))
    expect(newer).toEqual({ ok: false, issues: [{ path: 'schemaVersion', message: 'created by a newer version of Bankable — update the app' }] })
  })
})
