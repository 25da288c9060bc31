import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { projectFlow, projectFlowExcel, projectFlowFloat } from '@shared/rules/project-cash-flow'
import { col, evaluateRow } from './evaluate'

describe('project cash flow: −capex with contingency in construction, CFADS once operating (§8)', () => {
  it('writes the formula the Cash flow sheet has always carried', () => {
    expect(projectFlowExcel('E6', 'E7', 'E20', 'E12')).toBe('E6*-E12+E7*E20')
  })

  it('the Decimal, float and Excel forms agree, to the last digit', () => {
    const amount = fc.oneof(fc.double({ min: -1e10, max: 1e10, noNaN: true }), fc.constant(0))
    fc.assert(
      fc.property(fc.boolean(), amount, fc.double({ min: 0, max: 1e10, noNaN: true }), (operating, cfads, capexc) => {
        const dec = projectFlow(operating, new Decimal(cfads), new Decimal(capexc)).toNumber()
        expect(projectFlowFloat(operating, cfads, capexc)).toBe(dec)
        const [excel] = evaluateRow([operating ? 0 : 1, operating ? 1 : 0, cfads, capexc], [projectFlowExcel(col(0), col(1), col(2), col(3))])
        expect((excel as number) + 0).toBe(dec + 0) // −0 and 0 are one figure
      }),
      { numRuns: 500, seed: 17 }
    )
  })
})
