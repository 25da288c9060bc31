import { describe, expect, it } from 'vitest'
import { parseProject, type Project } from '@shared/model'
import { prepare } from '@shared/engine/prepare'
import { handProject } from './hand-project'

/*
 * engine/prepare.ts (issue 21: mutation survivors): FX series and the missing-FX issue, the per-unit
 * variable opex (catalysts only), capex phasing, and the grouping of periods by contract activity.
 * Hand case: 1,000 t/yr black mass, 180 t Ni a year, contract c1 50 % from 2027-01-01 to 2029-12-31,
 * variable opex 100 per tonne, capex 1,000,000, one construction year.
 */
function valid(p: Project): Project {
  const r = parseProject(p)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return r.value
}
const edit = (f: (p: Project) => void): Project => {
  const p = handProject()
  f(p)
  return valid(p)
}
/** Edited but not validated: validation requires a rate for every currency used, the engine falls back to 1 with an issue. */
const raw = (f: (p: Project) => void): Project => {
  const p = handProject()
  f(p)
  return p
}
const str = (s: readonly { toString(): string }[]) => s.map(String)
const missingFx = (c: string) => ({ code: 'missing-fx', path: 'fx.rates', message: `no USD/${c} rate; 1 used` })

describe('prepare: FX series and missing rates', () => {
  it('a USD project with no FX table has no issue and USD = 1', () => {
    const prep = prepare(valid(handProject()), undefined)
    expect(prep.issues).toEqual([])
    expect(str(prep.fx.USD)).toEqual(['1', '1', '1', '1'])
  })
  it('reporting in INR without an INR rate (a project that skipped validation): one missing-fx issue, INR = 1 in every period', () => {
    const prep = prepare(raw((p) => { p.reportingCurrency = 'INR' }), undefined)
    expect(prep.issues).toEqual([missingFx('INR')])
    expect(str(prep.fx.INR)).toEqual(['1', '1', '1', '1'])
    // A rate for another currency (JPY) does not stand in for the missing INR one.
    const other = prepare(raw((p) => { p.reportingCurrency = 'INR'; p.fx = { rates: [{ currency: 'JPY', points: [{ year: 2026, perUsd: '150' }] }] } }), undefined)
    expect(other.issues).toEqual([missingFx('INR')])
  })
  it('an INR rate and a JPY rate, reporting in INR: no issue; the rates by calendar year', () => {
    // INR 85 from 2026, 90 from 2028; JPY 150 throughout (2026–2029).
    const prep = prepare(edit((p) => {
      p.reportingCurrency = 'INR'
      p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '85' }, { year: 2028, perUsd: '90' }] }, { currency: 'JPY', points: [{ year: 2026, perUsd: '150' }] }] }
    }), undefined)
    expect(prep.issues).toEqual([])
    expect(str(prep.fx.INR)).toEqual(['85', '85', '90', '90'])
    expect(str(prep.fx.JPY)).toEqual(['150', '150', '150', '150'])
  })
  it('only a JPY rate, reporting in JPY: no issue (the INR series is not looked up); only an INR rate: the same for JPY', () => {
    const jpy = prepare(edit((p) => { p.reportingCurrency = 'JPY'; p.fx = { rates: [{ currency: 'JPY', points: [{ year: 2026, perUsd: '150' }] }] } }), undefined)
    expect(jpy.issues).toEqual([])
    expect(str(jpy.fx.INR)).toEqual(['1', '1', '1', '1'])
    const inr = prepare(edit((p) => { p.reportingCurrency = 'INR'; p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '85' }] }] } }), undefined)
    expect(inr.issues).toEqual([])
    expect(str(inr.fx.JPY)).toEqual(['1', '1', '1', '1'])
  })
  it('a contract in JPY without a JPY rate (not validated): one missing-fx issue for JPY', () => {
    const prep = prepare(raw((p) => { p.offtake[0]!.currency = 'JPY' }), undefined)
    expect(prep.issues).toEqual([missingFx('JPY')])
    expect(str(prep.fx.JPY)).toEqual(['1', '1', '1', '1'])
  })
})

describe('prepare: costs', () => {
  it('variable opex per unit applies to catalyst streams only', () => {
    // Battery (hand case): 1,000 t × 100/t = 100,000 whatever the per-unit rate.
    const battery = prepare(edit((p) => { p.costs.opex.variablePerUnit = '5' }), undefined)
    expect(str(battery.streamCosts[0]!.variableOpex)).toEqual(['0', '100000', '100000', '100000'])
    // Catalyst: 1,000 units × 10 kg = 10 t × 100/t = 1,000, plus 1,000 units × 5 = 5,000 → 6,000.
    const catalyst = prepare(edit((p) => {
      p.costs.opex.variablePerUnit = '5'
      p.feedstock = [{
        id: 'cat', name: 'Converters', kind: 'catalyst', converterClassId: null, massKgPerUnit: '10', unitsPerYear: '1000', rampUp: ['1'], routeId: 'smelt',
        recoveryOverrides: {}, purchase: { basis: 'fixed', pricePerQuantity: '0', logisticsPerTonne: '0', escalation: '0' },
        loading: { mode: 'gramsPerUnit', gramsPerUnit: { Pt: '2', Pd: '0', Rh: '0' } }
      }]
      p.routes = [{ id: 'smelt', name: 'Smelt', type: 'pgmSmeltRefine', recovery: { Pt: '0.98' } }]
      p.products = [{ id: 'pt', metal: 'Pt', name: 'Platinum', factor: '1', merchantPayable: '1' }]
      p.prices.decks[0]!.prices = [{ productId: 'pt', mode: 'escalating', basePricePerUnit: '1000', baseYear: 2026, escalation: '0' }]
      p.offtake = []
    }), undefined)
    expect(str(catalyst.streamCosts[0]!.variableOpex)).toEqual(['0', '6000', '6000', '6000'])
  })
  it('capex phasing is used when it has one share per construction period, else an even split', () => {
    // Two construction years: 25 % / 75 % of 1,000,000; with a three-entry phasing, 50 % / 50 %.
    const phased = prepare(edit((p) => { p.timeline.constructionMonths = 24; p.costs.capex.phasing = ['0.25', '0.75'] }), undefined)
    expect(str(phased.capex)).toEqual(['250000', '750000', '0', '0', '0'])
    const even = prepare(edit((p) => { p.timeline.constructionMonths = 24; p.costs.capex.phasing = [] }), undefined)
    expect(str(even.capex)).toEqual(['500000', '500000', '0', '0', '0'])
  })
})

describe('prepare: periods are grouped by contract activity too', () => {
  it('monthly, a contract from July 2027 to June 2028: it takes 50 % exactly in those twelve months', () => {
    // 180 t a year = 15 t a month; 50 % = 7.5 t. Months 1–12 construction (2026), 13–48 operations 2027–2029.
    // Active in months 19–30 (Jul 2027 – Jun 2028) only, although each calendar year mixes active and inactive months.
    const prep = prepare(edit((p) => { p.timeline.periodMonths = 1; p.offtake[0]!.startDate = '2027-07-01'; p.offtake[0]!.endDate = '2028-06-30' }), undefined)
    const q = str(prep.allocation.contracts[0]!.quantity)
    expect(q).toEqual([...Array(18).fill('0'), ...Array(12).fill('7.5'), ...Array(18).fill('0')])
  })
})
