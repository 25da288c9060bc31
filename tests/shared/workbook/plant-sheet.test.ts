/**
 * Plant rows of the Excel model (methodology §13), evaluated by the in-repo evaluator: per-stream
 * processing costs (own rates as inputs, inherited ones live links to the project-wide cells) and plant
 * capacity (route line, then whole plant, pro rata). Each live input moves the workbook as the engine.
 */
import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import type { Project } from '@shared/model'
import { describeModel } from '@shared/workbook/build-model'
import { WorkbookEvaluator } from '@shared/workbook/formula-eval'
import type { WorkbookDesc } from '@shared/workbook/types'
import { compareWithEngine } from '../../xlsx/support/compare'
import { mixedInrContracts, plantCapacity } from '../../xlsx/support/projects'

const META = { exportedAt: '2026-01-01T00:00:00Z', appVersion: 'test', projectSha256: '0'.repeat(64) }

/** Sheet, row and column (1-based) of a one-cell defined name. */
function named(desc: WorkbookDesc, name: string): [string, number, number] {
  const dn = desc.names.find((x) => x.name === name)!
  const m = /^\$([A-Z]+)\$(\d+)$/.exec(dn.ref)!
  return [dn.sheet, Number(m[2]), m[1]!.charCodeAt(0) - 64]
}

function withInputs(desc: WorkbookDesc, values: Record<string, number>): WorkbookDesc {
  const sheets = desc.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }))
  for (const [name, v] of Object.entries(values)) {
    const [sheetName, row, col] = named(desc, name)
    const sheet = sheets.find((s) => s.name === sheetName)!
    const old = sheet.rows[row - 1]![col - 1]!
    // An inherited stream rate is a formula (=Opex_Var_Tonne): an analyst may type a number over it.
    if (old.t !== 'n' && !(old.t === 'f' && /^Stream\d+_/.test(name))) throw new Error(`${name} is not an input value`)
    sheet.rows[row - 1]![col - 1] = { t: 'n', v, style: old.style }
  }
  return { ...desc, sheets }
}

function check(engine: Project, exported: Project = engine, values: Record<string, number> = {}) {
  const d = describeModel(exported, runModel(exported), META)
  if (!d.ok) throw new Error(d.message)
  const ev = new WorkbookEvaluator(withInputs(d.workbook, values))
  return { cmp: compareWithEngine((sheet, row, col) => ev.cell(sheet, row, col) as never, d.rows, runModel(engine)), rows: d.rows, ev, desc: d.workbook }
}

describe('Excel model: per-stream processing costs', () => {
  it('the stream with its own rates and the stream inheriting the project-wide ones equal the engine', () => {
    expect(check(mixedInrContracts()).cmp.mismatches.slice(0, 5)).toEqual([])
  })

  it('the project-wide rate moves only the streams that inherit it; a stream’s own rate moves that stream', () => {
    const base = mixedInrContracts()
    const wide = structuredClone(base)
    wide.costs.opex.treatmentPerTonne = '2000' // the battery stream inherits it, the catalyst stream has its own 1,500
    const a = check(wide, base, { Opex_Treatment: 2000 })
    expect(a.cmp.mismatches.slice(0, 5)).toEqual([])
    const own = structuredClone(base)
    own.feedstock[1]!.treatmentPerTonne = '2500'
    expect(check(own, base, { Stream2_Treatment: 2500 }).cmp.mismatches.slice(0, 5)).toEqual([])
  })

  it('a number typed over an inherited rate (a formula pointing at the project-wide cell) makes it the stream’s own', () => {
    const base = mixedInrContracts()
    const exported = check(base)
    expect(exported.ev.cell(...named(exported.desc, 'Stream1_OpexTonne'))).toBe(Number(base.costs.opex.variablePerTonne))
    const own = structuredClone(base)
    own.feedstock[0]!.variableOpexPerTonne = '6100' // the battery stream, which inherited 4,000
    expect(check(own, base, { Stream1_OpexTonne: 6100 }).cmp.mismatches.slice(0, 5)).toEqual([])
  })
})

describe('Excel model: plant capacity', () => {
  it('equals the engine: cut factors, processed and unprocessed tonnes, utilisation', () => {
    const { cmp } = check(plantCapacity())
    expect(cmp.mismatches.slice(0, 5)).toEqual([])
    const r = runModel(plantCapacity())
    // Year 1 (periods 3–4): 270 t of converters + 3,000 t of black mass pass both capacities.
    expect(r.operations.unprocessedTonnes[2]!.isZero()).toBe(true)
    // Year 2 (periods 5–6): the line cuts the converters' 540 t to 405 t (135 t), the plant cuts
    // 4,500 + 405 = 4,905 t to 4,140 t (765 t): 900 t not processed, 4,140 t processed.
    expect(r.operations.unprocessedTonnes[4]!.toNumber()).toBeCloseTo(900, 9)
    expect(r.operations.processedTonnes[4]!.toNumber()).toBeCloseTo(4140, 9)
    expect(r.metrics.capacityUtilisation.ok).toBe(true)
  })

  it('capacity and availability typed in the file move it as the engine moves', () => {
    const base = plantCapacity()
    const edited = structuredClone(base)
    edited.plant!.capacities[0]!.tonnesPerYear = '700'
    edited.plant!.capacities[1]!.availability = '0.8'
    expect(check(edited, base, { Capacity1_Tonnes: 700, Capacity2_Avail: 0.8 }).cmp.mismatches.slice(0, 5)).toEqual([])
    // Capacity above all feed: nothing cut, the figures of the project without capacity.
    const roomy = structuredClone(base)
    roomy.plant!.capacities[1]!.tonnesPerYear = '100000'
    roomy.plant!.capacities[0]!.tonnesPerYear = '100000'
    expect(check(roomy, base, { Capacity1_Tonnes: 100000, Capacity2_Tonnes: 100000 }).cmp.mismatches.slice(0, 5)).toEqual([])
  })
})
