import { describe, expect, it } from 'vitest'
import { readProjectFile } from '@shared/model/project-file'
import { leafPaths } from '@shared/review'
import { fieldLabel, noteTargets } from '@renderer/features/review/note-targets'
import minimal from '../../../fixtures/minimal-project.json?raw'

const read = (text: string) => {
  const r = readProjectFile(text)
  if (!r.ok) throw new Error('fixture does not read')
  return r.value
}

describe('note targets: fields picked by label, never by model path', () => {
  const p = read(minimal)

  it('names a field by its label and the item it belongs to', () => {
    expect(fieldLabel(p, 'financing.tranches.0.interest.annualRate')).toBe('Interest rate · Senior debt')
    expect(fieldLabel(p, 'costs.capex.items.0.amount')).toBe('Capex amount · Plant')
    expect(fieldLabel(p, 'costs.capex.contingency')).toBe('Contingency')
    expect(fieldLabel(p, 'feedstock.0.rampUp.1')).toBe('Ramp-up 2 · BM')
  })

  it('offers every input once, with a unique text that says the section and holds no model path', () => {
    const targets = noteTargets(p)
    expect(targets.map((t) => t.path)).toEqual(leafPaths(p))
    expect(new Set(targets.map((t) => t.text)).size).toBe(targets.length)
    expect(targets.find((t) => t.path === 'costs.capex.contingency')!.text).toBe('Contingency (Costs)')
    for (const t of targets) expect(t.text).not.toContain(t.path.includes('.') ? t.path : '\u0000')
  })
})
