import { describe, expect, it } from 'vitest'
import { streamsWithOwnRates } from '@renderer/features/feedstock/processing-costs'
import { mixedInrContracts } from '../../../xlsx/support/projects'

describe('streams with their own processing costs (Costs section)', () => {
  it('lists only streams that set a rate, with the rates they pay (own, else project-wide) and which are their own', () => {
    const doc = mixedInrContracts() // the catalyst stream sets per unit 120 and treatment 1,500; the battery stream inherits
    expect(streamsWithOwnRates(doc)).toEqual([{ name: '+Gasoline OEM', kind: 'catalyst', rates: { perTonne: '4000', treatment: '1500', perUnit: '120' }, own: { perTonne: false, treatment: true, perUnit: true } }])
    delete doc.feedstock[1]!.treatmentPerTonne
    const s = doc.feedstock[1]!
    if (s.kind === 'catalyst') delete s.variableOpexPerUnit
    expect(streamsWithOwnRates(doc)).toEqual([])
  })
})
