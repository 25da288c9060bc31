import { describe, expect, it } from 'vitest'
import { parseProject, type Project } from '@shared/model'
import { prepare } from '@shared/engine/prepare'
import { handProject } from './hand-project'

/*
 * engine/feedstock.ts through `prepare` (issue 21: mutation survivors). Hand case: 1,000 t/yr black mass,
 * yield 1, Ni grade 20 % → 200 t Ni contained, route 'hydro' recovers 90 % → 180 t; periods 2026
 * (construction), 2027–2029 (operations).
 */
function valid(p: Project): Project {
  const r = parseProject(p)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return r.value
}
const str = (s: readonly { toString(): string }[]) => s.map(String)

describe('feedstock volumes and metals (engine/feedstock.ts)', () => {
  it('catalysts with grams per unit: a zero loading is left out; masses in grams, batteries in tonnes', () => {
    // 1,000 converters a year × 10 kg = 10 t input. Pt 2 g/unit → 2,000 g contained, × 0.98 = 1,960 g;
    // Pd 0.5 g/unit → 500 g, × 0.9 = 450 g; Rh 0 g/unit → no Rh series at all.
    const p = handProject()
    p.feedstock = [{
      id: 'cat', name: 'Converters', kind: 'catalyst', converterClassId: null, massKgPerUnit: '10', unitsPerYear: '1000', rampUp: ['1'], routeId: 'smelt',
      recoveryOverrides: {}, purchase: { basis: 'fixed', pricePerQuantity: '0', logisticsPerTonne: '0', escalation: '0' },
      loading: { mode: 'gramsPerUnit', gramsPerUnit: { Pt: '2', Pd: '0.5', Rh: '0' } }
    }]
    p.routes = [{ id: 'smelt', name: 'Smelt', type: 'pgmSmeltRefine', recovery: { Pt: '0.98', Pd: '0.9', Rh: '0.9' } }]
    p.products = [{ id: 'pt', metal: 'Pt', name: 'Platinum', factor: '1', merchantPayable: '1' }]
    p.prices.decks[0]!.prices = [{ productId: 'pt', mode: 'escalating', basePricePerUnit: '1000', baseYear: 2026, escalation: '0' }]
    p.offtake = []
    const v = prepare(valid(p), undefined).volumes[0]!
    expect(str(v.inputTonnes)).toEqual(['0', '10', '10', '10'])
    expect(v.metals.map((m) => [m.metal, m.massUnit, m.contained[1]!.toString(), m.recovered[1]!.toString()])).toEqual([
      ['Pt', 'g', '2000', '1960'],
      ['Pd', 'g', '500', '450']
    ])
    // Pricing units of the Pt product: 2,000 g / 31.1034768 g per troy ounce.
    expect(v.containedPricingUnits.get('pt')![1]!.toNumber()).toBeCloseTo(2000 / 31.1034768, 12)

    const battery = prepare(valid(handProject()), undefined).volumes[0]!
    expect(battery.metals.map((m) => [m.metal, m.massUnit, m.contained[1]!.toString(), m.recovered[1]!.toString()])).toEqual([['Ni', 't', '200', '180']])
  })
  it("the stream's own route is used, not the first one", () => {
    // Route 'other' (listed first) would recover 50 %: 100 t; 'hydro' recovers 90 %: 180 t.
    const p = handProject()
    p.routes = [{ id: 'other', name: 'Other', type: 'hydro', recovery: { Ni: '0.5' } }, ...p.routes]
    const prep = prepare(valid(p), undefined)
    expect(str(prep.volumes[0]!.metals[0]!.recovered)).toEqual(['0', '180', '180', '180'])
    expect(prep.issues.filter((i) => i.code === 'unknown-route')).toEqual([])
  })
  it('an unknown route (a project that skipped validation) recovers nothing and says so; a recovery override still applies', () => {
    const p = handProject()
    p.feedstock[0]!.routeId = 'nope'
    const prep = prepare(p, undefined)
    expect(prep.issues).toContainEqual({ code: 'unknown-route', path: 'feedstock.bm.routeId', message: 'route "nope" not found; nothing recovered' })
    expect(str(prep.volumes[0]!.metals[0]!.contained)).toEqual(['0', '200', '200', '200'])
    expect(str(prep.volumes[0]!.metals[0]!.recovered)).toEqual(['0', '0', '0', '0'])
    // Override Ni 50 %: 200 × 0.5 = 100 t.
    p.feedstock[0]!.recoveryOverrides = { Ni: '0.5' }
    expect(str(prepare(p, undefined).volumes[0]!.metals[0]!.recovered)).toEqual(['0', '100', '100', '100'])
  })
})
