import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import type { Project } from '@shared/model'
import { guideSteps } from '@renderer/features/guide/guide-steps'
import minimal from '../../../fixtures/minimal-project.json?raw'

const fixture = (): Project => JSON.parse(minimal) as Project
const done = (p: Project, debt: string | null) => Object.fromEntries(guideSteps(p, debt === null ? null : { metrics: { debtAtCod: new Decimal(debt) } }).map((s) => [s.id, s.done]))

describe('the first-run guide’s financing step', () => {
  it('is not done before there is capex to finance, even once the model has run (zero debt)', () => {
    const p = fixture()
    p.costs.capex.items = []
    expect(done(p, '0').costs).toBe(false)
    expect(done(p, '0').financing).toBe(false)
  })
  it('is done on a run with capex and senior debt; not without a run; not with zero debt (“no financing”)', () => {
    const p = fixture()
    expect(done(p, null).financing).toBe(false)
    expect(done(p, '1000000').financing).toBe(true)
    expect(done(p, '0').financing).toBe(false)
  })
})
