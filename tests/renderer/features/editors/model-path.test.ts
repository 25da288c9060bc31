import { describe, expect, it } from 'vitest'
import { getAt, setAt, splitPath } from '@renderer/features/editors/model-path'
import { freshId, pickSelected } from '@renderer/features/editors/ItemList'
import { parseProject, newProject } from '@shared/model'

describe('model paths (the same strings parseProject reports)', () => {
  it('splits numeric segments into indices', () => {
    expect(splitPath('feedstock.0.grades.Li')).toEqual(['feedstock', 0, 'grades', 'Li'])
  })

  it('reads and writes the value a refusal would name', () => {
    const doc = newProject('p1', 'Paths', 2026)
    setAt(doc, 'costs.opex.escalation', '0.035')
    expect(getAt(doc, 'costs.opex.escalation')).toBe('0.035')
    setAt(doc, 'costs.capex.items.0.amount', '-1')
    const r = parseProject(doc)
    expect(r.ok).toBe(false)
    // The path the schema reports is the path the field is bound to.
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain('costs.capex.items.0.amount')
    expect(getAt(doc, 'costs.capex.items.0.amount')).toBe('-1')
  })

  it('returns undefined for missing steps and throws when writing through them', () => {
    const doc = newProject('p1', 'Paths', 2026)
    expect(getAt(doc, 'feedstock.3.name')).toBeUndefined()
    expect(() => setAt(doc, 'feedstock.3.name', 'x')).toThrow(/no container/)
  })

  it('undefined deletes an optional key (a cleared recovery override)', () => {
    const o: Record<string, unknown> = { recoveryOverrides: { Li: '0.8', Co: '0.9' } }
    setAt(o, 'recoveryOverrides.Li', undefined)
    expect(o.recoveryOverrides).toEqual({ Co: '0.9' })
  })
})

describe('ids and selection', () => {
  it('fresh ids skip taken ones and stay schema-safe', () => {
    expect(freshId('bat', ['bat-1', 'bat-2'])).toBe('bat-3')
    expect(freshId('Li ion/x', [])).toBe('Li-ion-x-1')
  })
  it('selection falls back to the first item when the selected one is gone', () => {
    expect(pickSelected(['a', 'b'], 'b')).toBe('b')
    expect(pickSelected(['a', 'b'], 'z')).toBe('a')
    expect(pickSelected([], 'z')).toBeNull()
  })
})
