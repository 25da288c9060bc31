import { describe, expect, it } from 'vitest'
import { parseProject, type Project } from '@shared/model'
import { runModel } from '@shared/engine'
import { handProject } from './hand-project'

/*
 * Per-stream processing costs (methodology §13) on the hand case (hand-project.ts: annual periods,
 * 2026 construction, 2027–2029 operations; project-wide variable opex 100/t, treatment 0, per unit 0).
 * A second stream of converters: 10,000 units/yr × 12 kg = 120 t of input, no metal (zero loading).
 * Opex escalation 10 %: the factor is 1.1^floor((k−1)·12/12) = 1.1, 1.21, 1.331 in 2027–2029.
 *
 * Black mass (1,000 t) sets its own treatment 50/t, inherits variable 100/t:
 *   1,000 × (100 + 50) = 150,000 → 165,000; 181,500; 199,650.
 * Converters set their own variable 300/t and 2/unit, inherit treatment 0:
 *   120 × 300 + 10,000 × 2 = 36,000 + 20,000 = 56,000 → 61,600; 67,760; 74,536.
 * Two streams of different unit masses: with 5 kg per converter instead, 50 × 300 + 20,000 = 35,000 → 38,500 in 2027.
 */
function twoStreams(edit?: (p: Project) => void): Project {
  const p = handProject()
  p.costs.opex.escalation = '0.1'
  p.feedstock[0]!.treatmentPerTonne = '50'
  p.feedstock.push({
    id: 'cat', name: 'Converters', kind: 'catalyst', unitsPerYear: '10000', rampUp: ['1'], routeId: 'hydro', recoveryOverrides: {},
    purchase: { basis: 'fixed', pricePerQuantity: '0', logisticsPerTonne: '0', escalation: '0' }, converterClassId: null, massKgPerUnit: '12',
    loading: { mode: 'gramsPerUnit', gramsPerUnit: { Pt: '0', Pd: '0', Rh: '0' } }, variableOpexPerTonne: '300', variableOpexPerUnit: '2'
  })
  edit?.(p)
  const r = parseProject(p)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}

const amounts = (xs: readonly { toNumber(): number }[]) => xs.map((x) => x.toNumber())

describe('per-stream processing costs (methodology §13)', () => {
  it('each stream pays its own rates where set and the project-wide ones otherwise, escalated at the opex rate', () => {
    const r = runModel(twoStreams())
    expect(amounts(r.streams[0]!.variableOpex)).toEqual([0, 165000, 181500, 199650])
    expect(r.streams[1]!.variableOpex.map((x) => x.toNumber())).toEqual([0, 61600, 67760, 74536])
    // Opex = fixed 200,000 × 1.1 + both streams.
    expect(r.operations.opex[1]!.toNumber()).toBe(220000 + 165000 + 61600)
  })

  it('per tonne follows each stream’s own unit mass; per unit follows its count', () => {
    const r = runModel(twoStreams((p) => {
      const s = p.feedstock[1]!
      if (s.kind === 'catalyst') {
        s.massKgPerUnit = '5'
        s.unitsPerYear = '10000'
        s.variableOpexPerUnit = '3.5' // 50 t × 300 + 10,000 × 3.5 = 50,000 → 55,000 in 2027
      }
    }))
    expect(r.streams[1]!.variableOpex[1]!.toNumber()).toBe(55000)
  })

  it('a stream without its own rates pays the project-wide ones (per converter included)', () => {
    const r = runModel(twoStreams((p) => {
      p.costs.opex = { ...p.costs.opex, variablePerUnit: '4', treatmentPerTonne: '7' }
      const s = p.feedstock[1]!
      if (s.kind === 'catalyst') delete s.variableOpexPerUnit
      delete s.variableOpexPerTonne
      delete p.feedstock[0]!.treatmentPerTonne
    }))
    // Converters: 120 × (100 + 7) + 10,000 × 4 = 12,840 + 40,000 = 52,840 → 58,124 in 2027.
    expect(r.streams[1]!.variableOpex[1]!.toNumber()).toBeCloseTo(58124, 9)
    // Black mass: 1,000 × (100 + 7) = 107,000 → 117,700; a battery stream pays nothing per unit.
    expect(r.streams[0]!.variableOpex[1]!.toNumber()).toBeCloseTo(117700, 9)
  })

  it('a stream setting the project-wide values explicitly changes nothing, to the last digit', () => {
    const base = runModel(twoStreams((p) => {
      const s = p.feedstock[1]!
      if (s.kind === 'catalyst') delete s.variableOpexPerUnit
      delete s.variableOpexPerTonne
      delete p.feedstock[0]!.treatmentPerTonne
    }))
    const explicit = runModel(twoStreams((p) => {
      const s = p.feedstock[1]!
      if (s.kind === 'catalyst') s.variableOpexPerUnit = p.costs.opex.variablePerUnit
      s.variableOpexPerTonne = p.costs.opex.variablePerTonne
      p.feedstock[0]!.treatmentPerTonne = p.costs.opex.treatmentPerTonne
    }))
    expect(explicit.operations.ebitda.map(String)).toEqual(base.operations.ebitda.map(String))
    expect(explicit.financing.cfads.map(String)).toEqual(base.financing.cfads.map(String))
  })
})
