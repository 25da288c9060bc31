import { describe, expect, it } from 'vitest'
import { lenderThresholds, presetChoices, presetShortName } from '@shared/format/lender-thresholds'
import { newProject } from '@shared/model'
import { lenderForProject, lenderPresets } from '@shared/reference'

const jbic = () => lenderForProject('export-credit-agency')!

describe('lenderThresholds: a preset edited says so (#17)', () => {
  it('a preset as it comes is named by the preset', () => {
    const t = lenderThresholds(jbic())
    expect(t).toMatchObject({ kind: 'preset', presetId: 'export-credit-agency', name: 'Export-credit agency (JBIC-style)', shortName: 'JBIC-style', edited: [] })
  })

  it('one threshold edited: "…, edited" and the keys that differ', () => {
    const t = lenderThresholds({ ...jbic(), minDscr: '1.4' })
    expect(t).toMatchObject({ kind: 'edited', name: 'Export-credit agency (JBIC-style), edited', shortName: 'JBIC-style', edited: ['minDscr'] })
    expect(lenderThresholds({ ...jbic(), dsraMonths: jbic().dsraMonths + 1, maxGearing: '0.5' })).toMatchObject({ kind: 'edited', edited: ['maxGearing', 'dsraMonths'] })
  })

  it('the same number written differently is not an edit', () => {
    const l = jbic()
    expect(lenderThresholds({ ...l, minDscr: `${l.minDscr}0` }).kind).toBe('preset')
  })

  it('with no preset: the untouched defaults are "Default", anything else "Custom"', () => {
    const d = newProject('p', 'p', 2026).lender
    expect(lenderThresholds(d)).toEqual({ kind: 'default', name: 'Default thresholds (no lender preset chosen)' })
    expect(lenderThresholds({ ...d, minDscr: '1.35' })).toEqual({ kind: 'custom', name: 'Custom thresholds' })
    expect(lenderThresholds({ ...d, presetId: 'no-such-preset', minDscr: '1.35' }).kind).toBe('custom')
  })

  it('short names for the reset button', () => {
    expect(presetShortName('Export-credit agency (JBIC-style)')).toBe('JBIC-style')
    expect(presetShortName('Development finance institution (IFC-style)')).toBe('IFC-style')
    expect(presetShortName('Commercial bank (project finance)')).toBe('Commercial bank')
    expect(presetShortName('Plain name')).toBe('Plain name')
    for (const p of lenderPresets()) expect(presetShortName(p.name).length).toBeGreaterThan(0)
  })
})

describe('presetChoices: the preset options both threshold pickers show (#17)', () => {
  it('a preset as it comes: chosen, plain names, no reset', () => {
    const c = presetChoices(jbic())
    expect(c.selected).toBe('export-credit-agency')
    expect(c.options).toEqual(lenderPresets().map((p) => ({ value: p.id, label: p.name })))
    expect(c.reset).toBeNull()
  })

  it('an edited preset stays chosen, its option reads "<short>, edited", the others keep their names, and a reset is offered', () => {
    const c = presetChoices({ ...jbic(), minDscr: '1.4' })
    expect(c.selected).toBe('export-credit-agency')
    expect(c.options.find((o) => o.value === 'export-credit-agency')!.label).toBe('JBIC-style, edited')
    for (const o of c.options.filter((x) => x.value !== 'export-credit-agency')) expect(o.label).toBe(lenderPresets().find((p) => p.id === o.value)!.name)
    expect(c.reset).toEqual({ presetId: 'export-credit-agency', presetName: 'Export-credit agency (JBIC-style)', shortName: 'JBIC-style' })
  })

  it('thresholds that follow no preset: nothing chosen, no reset', () => {
    const d = newProject('p', 'p', 2026).lender
    expect(presetChoices(d)).toMatchObject({ selected: null, reset: null })
    expect(presetChoices({ ...d, minDscr: '1.35' })).toMatchObject({ selected: null, reset: null })
  })
})
