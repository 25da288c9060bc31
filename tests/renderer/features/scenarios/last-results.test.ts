/** "Export Excel with analysis" takes only the results computed on the open document; older ones are named as left out. */
import { beforeEach, describe, expect, it } from 'vitest'
import { analysisFor, lastResults, recordResult } from '../../../../src/renderer/src/features/scenarios/last-results'
import { compareScenarios, type BreakevenGrid, type ScenarioComparison } from '../../../../src/shared/analysis'
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

  it('nothing run: nothing included', () => {
    expect(analysisFor(batteryAnnuity())).toEqual({ analysis: {}, included: [], stale: [] })
  })
})
