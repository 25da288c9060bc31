/** Structure of the model description: FAST rules that hold for every project. */
import { describe, expect, it } from 'vitest'
import { runModel } from '../../../src/shared/engine'
import { buildModelWorkbook, describeModel } from '../../../src/shared/workbook/build-model'
import { FIRST_PERIOD_COL } from '../../../src/shared/workbook/grid'
import { defaultDisplayScale, displayDivisor } from '../../../src/shared/workbook/model/display'
import { VARIANTS, mixedInrContracts } from '../../xlsx/support/projects'

const META = { exportedAt: '2026-01-01', appVersion: 'test', projectSha256: 'x' }

describe('model description', () => {
  it.each(VARIANTS.map(([name, make]) => [name, make] as const))('%s: no hard-coded numbers in calculation formulas; one pattern per row', (_n, make) => {
    const p = make()
    const r = runModel(p)
    const d = describeModel(p, r, META)
    if (!d.ok) throw new Error(d.message)
    const periods = d.workbook.sheets.find((x) => x.name === 'Timeline')!.rows[1]!.length - FIRST_PERIOD_COL + 1
    for (const s of d.workbook.sheets) {
      if (s.name === 'Inputs') continue
      // The tranche Sizing sheet's construction funding runs over the construction columns only (nothing is drawn after COD).
      const lengths = s.name.endsWith('Sizing') && d.rows['t0.draw'] !== undefined ? [periods, r.constructionPeriods] : [periods]
      s.rows.forEach((row, ri) => row.forEach((c, ci) => {
        if (!c || c.t !== 'f') return
        // Strip strings, sheet names and references/names; what is left may only be 0 and 1.
        const bare = c.f.replace(/"[^"]*"/g, '').replace(/'[^']*'!/g, '').replace(/\$?[A-Z]{1,3}\$?\d+/g, 'R').replace(/[A-Za-z_][A-Za-z0-9_.]*/g, 'N')
        const literals = (bare.match(/\d+(\.\d+)?/g) ?? []).filter((x) => x !== '0' && x !== '1')
        expect({ at: `${s.name}!R${ri + 1}C${ci + 1}`, f: c.f, literals }).toEqual({ at: `${s.name}!R${ri + 1}C${ci + 1}`, f: c.f, literals: [] })
        // Period columns of timeline sheets (frozen after column D); Annual (one column per year) and table sheets such as Covenants have their own.
        if (ci + 1 >= FIRST_PERIOD_COL && s.name !== 'Annual' && s.freeze?.cols === FIRST_PERIOD_COL - 1) expect(lengths).toContain(c.shared?.count)
      }))
    }
  })

  it('a project with a cash sweep exports with the sweep laid out (its terms named, the swept walk per tranche), one without has none of it', () => {
    const p = mixedInrContracts()
    const plain = describeModel(p, runModel(p), META)
    p.financing.waterfall = { ...p.financing.waterfall, sweep: { share: '0.5', trigger: null, allocation: 'pro-rata' } }
    const d = buildModelWorkbook(p, runModel(p), META)
    if (!d.ok || !plain.ok) throw new Error('export failed')
    const names = d.workbook.names.map((n) => n.name)
    expect(names).toEqual(expect.arrayContaining(['Sweep_Share', 'Sweep_Every_Period', 'Sweep_Trigger', 'Sweep_Tranche']))
    for (const key of ['wf.sweep', 't0.scPrincipalCcy', 't0.sweep', 'afterPrincipal', 'chk.sweep', 'm.totalSwept', 'm.debtRepaid', 'cs.sweep']) expect(d.rows[key], key).toBeDefined()
    for (const key of ['wf.sweep', 't0.scPrincipalCcy', 'chk.sweep', 'm.totalSwept', 'cs.sweep']) expect(plain.rows[key], key).toBeUndefined()
    expect(plain.workbook.names.map((n) => n.name)).not.toContain('Sweep_Share')
  })

  it('user text is always a string cell, never a formula', () => {
    const p = mixedInrContracts()
    const d = describeModel(p, runModel(p), META)
    if (!d.ok) throw new Error(d.message)
    const texts = d.workbook.sheets.flatMap((s) => s.rows.flatMap((r) => r.filter((c) => c?.t === 's').map((c) => (c as { v: string }).v)))
    expect(texts).toEqual(expect.arrayContaining(['=HYPERLINK("http://x","Mixed") INR plant', '@Refiner SUM(1)', '+Gasoline OEM']))
    const formulas = d.workbook.sheets.flatMap((s) => s.rows.flatMap((r) => r.filter((c) => c?.t === 'f').map((c) => (c as { f: string }).f)))
    expect(formulas.some((f) => /HYPERLINK|Refiner|Gasoline/.test(f))).toBe(false)
  })

  it('values-only variant has no formulas; headline figures are the engine\'s', () => {
    const p = VARIANTS[1]![1]()
    const r = runModel(p)
    const b = buildModelWorkbook(p, r, { ...META, valuesOnly: true })
    if (!b.ok) throw new Error(b.message)
    expect(b.workbook.sheets.some((s) => s.rows.some((row) => row.some((c) => c?.t === 'f')))).toBe(false)
    const loc = b.rows['m.npv']!
    const npv = b.workbook.sheets.find((s) => s.name === loc.sheet)!.rows[loc.row - 1]![2]
    // In the display unit (USD million for this project).
    expect(npv?.t === 'n' && Math.abs(npv.v * displayDivisor(defaultDisplayScale(r.currency)) - r.metrics.npv.toNumber())).toBeLessThan(0.01)
  })
})
