/** "Export Excel with analysis" takes only the results computed on the open document; older ones are named as left out. */
import { beforeEach, describe, expect, it } from 'vitest'
import { analysisFor, lastResults, recordResult } from '../../../../src/renderer/src/features/scenarios/last-results'
import { compareScenarios, computeExposureLedger, type BreakevenGrid, type JointStress, type ScenarioComparison } from '../../../../src/shared/analysis'
import { batteryAnnuity } from '../../../xlsx/support/projects'

const cmp: ScenarioComparison = compareScenarios(batteryAnnuity(), [])
const be: BreakevenGrid = { covenantDscr: '1.3', rows: [], fx: null, evaluations: 0 }

describe('last analysis results', () => {
  beforeEach(() => lastResults.setState({}, true))

  it('includes results of this document, leaves out (and names) results of an earlier one', () => {
    const before = batteryAnnuity()
    const doc = structuredClone(before)
    recordResult(before, { kind: 'breakeven', result: be }, new Date('2026-01-01T00:00:00Z'))
    recordResult(doc, { kind: 'compare', result: cmp }, new Date('2026-01-02T00:00:00Z'))
    const r = analysisFor(doc)
    expect(r.included).toEqual(['scenario comparison'])
    expect(r.stale).toEqual(['breakeven prices'])
    expect(r.analysis).toEqual({ comparison: cmp, computedAt: '2026-01-02T00:00:00.000Z' })
  })

  it('carries the natural-hedge ledger and the joint stress of this document into the export', () => {
    const doc = batteryAnnuity()
    const ledger = computeExposureLedger(doc, { step: '0.1' })
    const joint = { currency: 'USD', a: { id: 'metal:Ni', label: 'Ni price', kind: 'metal', subject: 'Ni' }, b: { id: 'fx', label: 'FX', kind: 'fx', subject: 'INR' }, aMoves: [], bMoves: [], cells: [], baseMinDscr: null, covenantDscr: '1.3', evaluations: 0 } satisfies JointStress
    recordResult(doc, { kind: 'exposure', result: ledger }, new Date('2026-01-03T00:00:00Z'))
    recordResult(doc, { kind: 'jointStress', result: joint }, new Date('2026-01-04T00:00:00Z'))
    const r = analysisFor(doc)
    expect(r.included.sort()).toEqual(['joint stress', 'natural-hedge ledger'])
    expect(r.analysis).toEqual({ exposure: ledger, jointStress: joint, computedAt: '2026-01-04T00:00:00.000Z' })
  })

  it('nothing run: nothing included', () => {
    expect(analysisFor(batteryAnnuity())).toEqual({ analysis: {}, included: [], stale: [] })
  })
})
