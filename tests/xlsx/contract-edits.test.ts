/**
 * Issue 13, contracts: a lender adds a floor or a cap the project did not have, clears one, moves a
 * contract to another currency or changes a counterparty's rating, inside the exported file. Recalculated
 * in LibreOffice and in Gnumeric, the model must equal the engine run on the project with the same
 * change (relative 1e-9, or 0.01 of a currency unit), and the change must have moved something.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import type { Project } from '@shared/model'
import { samples } from './support/cases'
import { compareWithEngine } from './support/compare'
import { ssconvertAvailable } from './support/gnumeric'
import { sofficeAvailable } from './support/libreoffice'
import { mixedInrContracts } from './support/projects'
import { type Exported, type Read, editInputs, exportProject, recalcBoth } from './support/recalc-both'

const HAVE = sofficeAvailable() && ssconvertAvailable()
if (!HAVE) console.warn('LibreOffice or Gnumeric missing: skipping the contract edit tests.')

const sample = (part: string) => () => samples().find(([n]) => n.includes(part))![1]()
const pgm = sample('pgm')
// India sizes its debt by sculpting (the Sizing sheet re-sizes it live when a price term changes).
const india = sample('india')

type Edit = { name: string; base: 'mixed' | 'pgm' | 'india'; cells: Record<string, number | string | null>; apply: (p: Project) => void }
/** Contract numbers are positions in the project (Contract2 = p.offtake[1]). */
const EDITS: Edit[] = [
  { name: 'a floor typed into a contract without one (Pt, Auto OEM)', base: 'mixed', cells: { Contract2_Floor: 1200 }, apply: (p) => { p.offtake[1]!.floor = '1200' } },
  { name: 'a cap typed into a contract without one (Li2CO3, INR)', base: 'mixed', cells: { Contract3_Cap: 1_400_000 }, apply: (p) => { p.offtake[2]!.cap = '1400000' } },
  { name: 'a floor and a cap typed into contracts with neither (PGM sample: Pt floor, Pd cap)', base: 'pgm', cells: { Contract1_Floor: 1300, Contract2_Cap: 1000 }, apply: (p) => { p.offtake[0]!.floor = '1300'; p.offtake[1]!.cap = '1000' } },
  { name: 'both typed into one contract (PGM sample: Rh, the floor binds)', base: 'pgm', cells: { Contract3_Floor: 5200, Contract3_Cap: 5400 }, apply: (p) => { p.offtake[2]!.floor = '5200'; p.offtake[2]!.cap = '5400' } },
  { name: 'a floor and a cap typed into a contract with neither, sculpted sizing (India sample: CoSO4, INR)', base: 'india', cells: { Contract3_Floor: 700_000, Contract3_Cap: 710_000 },
    apply: (p) => { p.offtake[2]!.floor = '700000'; p.offtake[2]!.cap = '710000' } },
  { name: 'a cap cleared (Pd trader)', base: 'mixed', cells: { Contract4_Cap: null }, apply: (p) => { p.offtake[3]!.cap = null } },
  { name: 'contract currency USD to INR (Pt refiner; its amounts now read as rupees)', base: 'mixed', cells: { Contract1_Currency: 'INR' }, apply: (p) => { p.offtake[0]!.currency = 'INR' } },
  { name: 'a BB counterparty upgraded to A (now bankable)', base: 'mixed', cells: { Contract2_Rating: 'A' }, apply: (p) => { p.offtake[1]!.rating = 'A' } }
]

const dir = mkdtempSync(join(tmpdir(), 'bankable-contracts-'))
const base: Partial<Record<Edit['base'], Exported>> = {}
const files: string[] = []
let read = new Map<string, { lo: Read; gn: Read }>()
let unknownCurrency = ''

describe.skipIf(!HAVE)('contract terms edited in the exported file', () => {
  beforeAll(async () => {
    base.mixed = await exportProject(mixedInrContracts(), join(dir, 'mixed.xlsx'))
    base.pgm = await exportProject(pgm(), join(dir, 'pgm.xlsx'))
    base.india = await exportProject(india(), join(dir, 'india.xlsx'))
    for (const [i, e] of EDITS.entries()) files.push(await editInputs(base[e.base]!.file, join(dir, `edit${i}.xlsx`), e.cells))
    unknownCurrency = await editInputs(base.mixed.file, join(dir, 'eur.xlsx'), { Contract1_Currency: 'EUR' })
    read = await recalcBoth([base.mixed.file, base.pgm.file, base.india.file, ...files, unknownCurrency], dir)
  }, 240_000)

  it('every contract has Floor and Cap cells: blank and in input style where the project has none', async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(readFileSync(base.mixed!.file) as unknown as ArrayBuffer)
    const at = (name: string) => wb.getWorksheet('Inputs')!.getCell(wb.definedNames.getRanges(name).ranges[0]!.split('!')[1]!.replace(/\$/g, ''))
    for (const j of [1, 2, 3, 4]) for (const f of ['Floor', 'Cap']) {
      const cell = at(`Contract${j}_${f}`)
      expect({ j, f, fill: (cell.fill as ExcelJS.FillPattern).fgColor?.argb, font: cell.font?.color?.argb, blankOk: cell.dataValidation?.allowBlank })
        .toEqual({ j, f, fill: 'FFFFF2CC', font: 'FF0000FF', blankOk: true })
    }
    expect(at('Contract2_Floor').value).toBe(null)
    expect(at('Contract1_Floor').value).toBe(900)
  })

  it.each(EDITS.map((e, i) => [e.name, i] as const))('%s: LibreOffice and Gnumeric equal the engine', (_n, i) => {
    const e = EDITS[i]!
    const b = base[e.base]!
    const project = structuredClone(b.project)
    e.apply(project)
    const result = runModel(project)
    for (const engine of ['lo', 'gn'] as const) {
      const cmp = compareWithEngine(read.get(files[i]!)![engine], b.rows, result)
      expect({ engine, mismatches: cmp.mismatches.slice(0, 5) }).toEqual({ engine, mismatches: [] })
      expect(cmp.worstAbsoluteAmount).toBeLessThan(0.01)
      // …and the edit moved the results: the unedited file no longer matches this engine run.
      expect(compareWithEngine(read.get(b.file)![engine], b.rows, result).mismatches.length).toBeGreaterThan(0)
      console.info(`${engine}, ${e.name}: ${cmp.checked} values, worst relative ${cmp.worstRelative.toExponential(2)}, worst absolute amount ${cmp.worstAbsoluteAmount.toExponential(2)}`)
    }
  })

  it('a currency without an FX row fails Checks!chk.currency (and ALL CHECKS PASS) instead of passing silently', () => {
    const rows = base.mixed!.rows
    for (const engine of ['lo', 'gn'] as const) {
      const at = (file: string, k: string) => read.get(file)![engine](rows[k]!.sheet, rows[k]!.row, 3)
      expect({ engine, before: at(base.mixed!.file, 'chk.currency'), after: at(unknownCurrency, 'chk.currency'), all: at(unknownCurrency, 'chk.all') })
        .toEqual({ engine, before: true, after: false, all: false })
    }
  })
})
