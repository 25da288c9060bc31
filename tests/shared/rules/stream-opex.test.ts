import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import type { Project } from '@shared/model'
import { streamOpexRateStrings, streamOpexRates, streamVariableOpex, streamVariableOpexExcel, streamVariableOpexFloat } from '@shared/rules/stream-opex'
import { close, col, evaluateRow } from './evaluate'

type Stream = Project['feedstock'][number]
const OPEX = { fixedPerYear: '0', variablePerTonne: '100', variablePerUnit: '4', treatmentPerTonne: '7', escalation: '0' }
const battery = (own: Partial<Stream> = {}): Stream => ({
  id: 'b', name: 'B', kind: 'battery', chemistry: 'NMC622', form: 'blackMass', inputTonnesPerYear: '1', rampUp: ['1'], routeId: 'r', recoveryOverrides: {},
  purchase: { basis: 'fixed', pricePerQuantity: '0', logisticsPerTonne: '0', escalation: '0' }, blackMassYield: '1', grades: { Li: '0', Co: '0', Ni: '0', Mn: '0' }, ...own
} as Stream)
const catalyst = (own: Partial<Stream> = {}): Stream => ({
  id: 'c', name: 'C', kind: 'catalyst', unitsPerYear: '1', rampUp: ['1'], routeId: 'r', recoveryOverrides: {}, converterClassId: null, massKgPerUnit: '10',
  purchase: { basis: 'fixed', pricePerQuantity: '0', logisticsPerTonne: '0', escalation: '0' }, loading: { mode: 'gramsPerUnit', gramsPerUnit: { Pt: '0', Pd: '0', Rh: '0' } }, ...own
} as Stream)

describe('per-stream variable opex: own rate, else the project’s (methodology §13)', () => {
  it('takes each rate from the stream when set, else from the project; per unit only for converters', () => {
    expect(streamOpexRateStrings(OPEX, battery())).toEqual({ perTonne: '100', treatment: '7', perUnit: '0' })
    expect(streamOpexRateStrings(OPEX, battery({ treatmentPerTonne: '50' }))).toEqual({ perTonne: '100', treatment: '50', perUnit: '0' })
    expect(streamOpexRateStrings(OPEX, catalyst())).toEqual({ perTonne: '100', treatment: '7', perUnit: '4' })
    expect(streamOpexRateStrings(OPEX, catalyst({ variableOpexPerTonne: '300', variableOpexPerUnit: '2' } as Partial<Stream>))).toEqual({ perTonne: '300', treatment: '7', perUnit: '2' })
    const r = streamOpexRates(OPEX, catalyst({ variableOpexPerUnit: '2' } as Partial<Stream>))
    expect([r.perTonne.toString(), r.perUnit.toString()]).toEqual(['107', '2'])
    expect(streamOpexRates(OPEX, battery()).perUnit.toString()).toBe('0')
    // 120 t × 107 + 10,000 units × 2 = 32,840; × 1.1 = 36,124.
    expect(streamVariableOpex(new Decimal(120), new Decimal(10000), r, new Decimal('1.1')).toString()).toBe('36124')
  })

  it('writes the Costs sheet formula with and without a per-unit rate', () => {
    expect(streamVariableOpexExcel('E5', 'E9', 'E8', { perTonne: 'Stream1_OpexTonne', treatment: 'Stream1_Treatment', perUnit: 'Stream1_OpexUnit' }, 'E6*X1'))
      .toBe('E5*((Stream1_OpexTonne+Stream1_Treatment)*E9+Stream1_OpexUnit*E8)*E6*X1')
    expect(streamVariableOpexExcel('E5', 'E9', 'E8', { perTonne: 'A', treatment: 'B', perUnit: null }, 'E6')).toBe('E5*((A+B)*E9)*E6')
  })

  it('the Decimal, float and Excel forms agree', () => {
    const amount = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100)
    fc.assert(
      fc.property(amount, amount, amount, amount, amount, fc.integer({ min: 50, max: 300 }).map((n) => n / 100), fc.boolean(), (t, q, perTonne, treatment, perUnit, esc, converters) => {
        const D = (x: number) => new Decimal(x)
        const rates = { perTonne: D(perTonne).plus(treatment), perUnit: converters ? D(perUnit) : D(0) }
        const want = streamVariableOpex(D(t), D(q), rates, D(esc)).toNumber()
        const scale = Math.max(1, want)
        expect(close(streamVariableOpexFloat(t, q, { perTonne, treatment, perUnit: converters ? perUnit : 0 }, esc), want, scale)).toBe(true)
        const [got] = evaluateRow([1, t, q, perTonne, treatment, perUnit, esc],
          [streamVariableOpexExcel(col(0), col(1), col(2), { perTonne: col(3), treatment: col(4), perUnit: converters ? col(5) : null }, col(6))])
        expect(close(got, want, scale)).toBe(true)
      }),
      { numRuns: 300, seed: 16 }
    )
  })
})
