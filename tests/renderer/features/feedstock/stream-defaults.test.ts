import { describe, expect, it } from 'vitest'
import { BATTERY_CHEMISTRIES, BATTERY_FORMS, newProject, parseProject } from '@shared/model'
import { REFERENCE_FILES, converterClasses } from '@shared/reference'
import { batteryStreamFromChemistry, catalystStreamFromClass, routeToAdd } from '@renderer/features/feedstock/stream-defaults'

const base = (id: string, routeId: string) => ({ id, name: id, quantityPerYear: '1000', routeId })

/** Add a stream (and its route) to an empty project, as the Add-stream dialog does, and validate. */
function addToProject(stream: ReturnType<typeof catalystStreamFromClass>) {
  const doc = newProject('p', 'Defaults', 2026)
  const route = routeToAdd(doc, stream.routeId)
  if (route) doc.routes.push(route)
  doc.feedstock.push(stream)
  return parseProject(doc)
}

describe('feedstock defaults from the reference library', () => {
  it('every converter class gives a valid stream with its loadings and a source', () => {
    for (const c of converterClasses()) {
      const s = catalystStreamFromClass(c.id, base(`cat-${c.id}`, 'pgm-smelt-refine'))
      const r = addToProject(s)
      expect(r.ok, `${c.id}: ${r.ok ? '' : JSON.stringify(r.issues)}`).toBe(true)
      expect(s.defaultsSource).toContain(c.name)
      if (s.kind !== 'catalyst') throw new Error('kind')
      if (c.loading?.mode === 'gramsPerUnit' && s.loading.mode === 'gramsPerUnit') expect(s.loading.gramsPerUnit.Pd).toBe(c.loading.Pd.value)
      if (c.loading?.mode === 'monolithPpm' && s.loading.mode === 'monolithPpm') {
        expect(s.loading.ppm.Pt).toBe(c.loading.Pt.value)
        expect(s.loading.monolithKgPerUnit).toBe(c.monolithKgPerUnit!.value)
      }
    }
  })

  it('gasoline OEM ceramic: JM-derived grams per unit (0.25 / 3.72 / 0.53 g Pt/Pd/Rh)', () => {
    const s = catalystStreamFromClass('gasoline-oem-ceramic', base('c', 'pgm-smelt-refine'))
    if (s.kind !== 'catalyst' || s.loading.mode !== 'gramsPerUnit') throw new Error('expected g/unit')
    expect(s.loading.gramsPerUnit).toEqual({ Pt: '0.25', Pd: '3.72', Rh: '0.53' })
  })

  it('every chemistry and form gives a valid stream; black mass has yield 1', () => {
    for (const chem of BATTERY_CHEMISTRIES)
      for (const form of BATTERY_FORMS) {
        const s = batteryStreamFromChemistry(chem, form, base(`b-${chem}-${form}`, 'everbatt-hydro'), { fx: { rates: [] }, reportingCurrency: 'USD' })
        const r = addToProject(s)
        expect(r.ok, `${chem} ${form}: ${r.ok ? '' : JSON.stringify(r.issues)}`).toBe(true)
        if (s.kind === 'battery' && form === 'blackMass') expect(s.blackMassYield).toBe('1')
      }
  })

  it('NMC622 black-mass grades and the gate fee come straight from battery-chemistries.json', () => {
    const s = batteryStreamFromChemistry('NMC622', 'pack', base('b', 'everbatt-hydro'), { fx: { rates: [] }, reportingCurrency: 'USD' })
    if (s.kind !== 'battery') throw new Error('kind')
    const file = REFERENCE_FILES['battery-chemistries.json'].data as { chemistries: { id: string; blackMass: Record<string, { value: string }> | null }[] }
    const bm = file.chemistries.find((c) => c.id === 'NMC622')!.blackMass!
    expect(s.grades).toEqual({ Li: bm.Li!.value, Co: bm.Co!.value, Ni: bm.Ni!.value, Mn: bm.Mn!.value })
    expect(s.blackMassYield).toBe('0.35') // black-mass-yields.json default for packs
  })

  it('a gate fee in USD/kg becomes the reporting currency per tonne (LFP −2 USD/kg at 85 INR/USD = −170,000 INR/t)', () => {
    const s = batteryStreamFromChemistry('LFP', 'cell', base('b', 'everbatt-hydro'), { fx: { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '85' }] }] }, reportingCurrency: 'INR' })
    expect(s.purchase).toMatchObject({ basis: 'fixed', pricePerQuantity: '-170000' })
  })

  it('a route already in the project is not added twice', () => {
    const doc = newProject('p', 'R', 2026)
    const r = routeToAdd(doc, 'everbatt-hydro')!
    doc.routes.push(r)
    expect(routeToAdd(doc, 'everbatt-hydro')).toBeNull()
    expect(r.recovery.Li).toBe('0.9')
  })
})
