/**
 * Why capex ±10 % both lower the India sample's minimum DSCR (issue 17), said on screen. CLI
 * `sensitivity` on the sample: capex low/high min DSCR 2.077x / 2.164x against 2.187x; every other
 * driver has one side above the base.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseProject, type Project } from '@shared/model'
import { computeTornado, type TornadoResult, type TornadoRow } from '@shared/analysis/tornado'
import { tornadoNotes } from '@shared/analysis/tornado-notes'
import type { PlainMetric } from '@shared/analysis/plain'

const r = parseProject(JSON.parse(readFileSync('resources/samples/india-black-mass-hydromet.json', 'utf8')))
if (!r.ok) throw new Error('sample')
const india: Project = r.value

const m = (v: string | null): PlainMetric => (v === null ? { ok: false, code: 'no-debt', reason: 'no debt' } : { ok: true, value: v })
const row = (driverId: string, kind: TornadoRow['kind'], lo: string | null, hi: string | null): TornadoRow => ({
  driverId, label: driverId === 'capex' ? 'Capex' : driverId, kind, step: '0.1', lowFactor: '0.9', highFactor: '1.1',
  low: { equityIrr: m(null), npv: m('0'), minDscr: m(lo) }, high: { equityIrr: m(null), npv: m('0'), minDscr: m(hi) },
  swing: { equityIrr: null, npv: '0', minDscr: null }
})
const result = (base: string | null, rows: TornadoRow[]): TornadoResult => ({ base: { equityIrr: m(null), npv: m('0'), minDscr: m(base) }, rows, sortedBy: 'minDscr', evaluations: 1 })

describe('tornadoNotes', () => {
  it('the India sample: one note, for capex, with the sculpted debt, the tax and the maintenance capex', () => {
    const t = computeTornado(india, { step: '0.1' })
    const notes = tornadoNotes(india, t)
    expect(notes.map((n) => n.driverId)).toEqual(['capex'])
    expect(notes[0]!.text).toBe(
      'Capex −10 % and +10 % both lower the minimum DSCR (2.53x and 2.63x against 2.64x). The debt is held at the base case, sculpted to the same cover in every repayment year, so a fall of CFADS in any one year sets a new minimum. Here less capex means less depreciation, so more tax; more capex means more maintenance capex (it scales with capex), paid out of CFADS.'
    )
  })

  it('gearing-sized debt, no tax, no maintenance capex: the general reason only', () => {
    const p = structuredClone(india)
    p.financing.sizing = 'gearing'
    p.tax.rate = '0'
    p.costs.maintenanceCapexPerYear = '0'
    const [n] = tornadoNotes(p, result('2', [row('capex', 'capex', '1.9', '1.95')]))
    expect(n!.text).toBe('Capex −10 % and +10 % both lower the minimum DSCR (1.90x and 1.95x against 2.00x). The debt is held at the base case, so the minimum moves to whichever year’s CFADS falls most against its debt service.')
  })

  it('no note when one side is at or above the base, when a side has no value, or when the base has none', () => {
    expect(tornadoNotes(india, result('2', [row('opex', 'opex', '2', '1.5'), row('capex', 'capex', '1.9', '2.1'), row('fx', 'fx', null, '1.5')]))).toEqual([])
    expect(tornadoNotes(india, result(null, [row('capex', 'capex', '1.9', '1.8')]))).toEqual([])
  })

  it('another driver with both sides below: the general reason without the capex clauses', () => {
    const [n] = tornadoNotes(india, result('2', [row('Opex', 'opex', '1.9', '1.8')]))
    expect(n!.text).toMatch(/^Opex −10 % and \+10 % both lower the minimum DSCR \(1\.90x and 1\.80x against 2\.00x\)\. The debt is held at the base case, sculpted .* sets a new minimum\.$/)
  })
})
