/**
 * Issue 16's supply contracts, by-products, residues and EPR certificates in the exported model,
 * recalculated by LibreOffice and Gnumeric: the two variants equal the engine, and an analyst's edits of
 * their inputs inside the file (by defined name) move the results as the engine says on the same edit.
 * (model-recalc suites recalculate the variants themselves; this adds the edits, in both engines.)
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import type { Project } from '@shared/model'
import { buildModelWorkbook, type RowMap } from '@shared/workbook/build-model'
import { writeWorkbookXlsx } from '@shared/workbook/write-xlsx'
import { editByName } from './support/cases'
import { compareWithEngine, judgeEdit, type CellValue } from './support/compare'
import { recalcWithGnumeric, ssconvertAvailable } from './support/gnumeric'
import { convert, readValues, sofficeAvailable } from './support/libreoffice'
import { byproductsEpr, byproductsEprDeck, supplyContracts } from './support/projects'

const HAVE = sofficeAvailable() && ssconvertAvailable()
const META = { exportedAt: '2026-01-01T00:00:00Z', appVersion: 'test', projectSha256: '0'.repeat(64) }
type Read = (s: string, r: number, c: number) => CellValue
type Edit = { name: string; base: () => Project; cells: Record<string, number | number[]>; apply: (p: Project) => void }

const EDITS: Edit[] = [
  { name: 'supply 1 tonnes 500', base: supplyContracts, cells: { Supply1_Tonnes: 500 }, apply: (p) => { (p.supplyContracts![0]!.volume as { tonnesPerYear: string }).tonnesPerYear = '500' } },
  { name: 'supply 2 cap 250,000', base: supplyContracts, cells: { Supply2_Cap: 250000 }, apply: (p) => { (p.supplyContracts![1]!.price as { capPerQuantity: string }).capPerQuantity = '250000' } },
  { name: 'supply 2 share 90 %', base: supplyContracts, cells: { Supply2_Share: 0.9 }, apply: (p) => { (p.supplyContracts![1]!.volume as { share: string }).share = '0.9' } },
  { name: 'shells 60 %', base: byproductsEpr, cells: { Stream2_By1_Frac: 0.6 }, apply: (p) => { p.feedstock[1]!.byproducts![0]!.massFraction = '0.6' } },
  { name: 'leach residue cost 15,000', base: byproductsEpr, cells: { Stream1_By2_Cost: 15000 }, apply: (p) => { (p.feedstock[0]!.byproducts![1]!.fate as { costPerTonne: string }).costPerTonne = '15000' } },
  { name: 'EPR Ni 2,500 kg/t', base: byproductsEpr, cells: { EPR_Kg_Ni: 2500 }, apply: (p) => { p.epr!.kgPerTonneRecovered.Ni = '2500' } },
  // The deck's EPR series (§13) is live: its 2030 price edited in the file moves the certificates as the engine on the same edit.
  { name: 'deck EPR price 2030 USD 0.30/kg', base: byproductsEprDeck, cells: { Deck1_EPR_Prices: [0.16, 0.3] }, apply: (p) => { p.prices.decks[0]!.eprPrices!.points[1]!.pricePerKg = '0.3' } },
  { name: 'deck EPR price 2027 USD 0.10/kg', base: byproductsEprDeck, cells: { Deck1_EPR_Prices: [0.1, 0.24] }, apply: (p) => { p.prices.decks[0]!.eprPrices!.points[0]!.pricePerKg = '0.1' } }
]

const dir = mkdtempSync(join(tmpdir(), 'bankable-feed-'))
const bases = [['supply contracts', supplyContracts], ['by-products and EPR', byproductsEpr], ['EPR priced by the deck', byproductsEprDeck]] as const
const exported = new Map<string, { file: string; rows: RowMap }>()
const editFiles: string[] = []
const read = new Map<string, { lo: Read; gn: Read }>()

describe.skipIf(!HAVE)('supply contracts, by-products and EPR recalculated by LibreOffice and Gnumeric', () => {
  beforeAll(async () => {
    for (const [i, [name, make]] of bases.entries()) {
      const p = make()
      const built = buildModelWorkbook(p, runModel(p), { ...META, verify: true })
      if (!built.ok) throw new Error(built.message)
      const file = join(dir, `base${i}.xlsx`)
      writeFileSync(file, await writeWorkbookXlsx(built.workbook, { creator: 'test', created: new Date(0) }))
      exported.set(name, { file, rows: built.rows })
    }
    for (const [i, e] of EDITS.entries()) {
      const base = exported.get(bases.find(([, make]) => make === e.base)![0])!
      const file = join(dir, `edit${i}.xlsx`)
      writeFileSync(file, await editByName(readFileSync(base.file), e.cells))
      editFiles.push(file)
    }
    const files = [...[...exported.values()].map((x) => x.file), ...editFiles]
    convert(files, join(dir, 'lo'), 'xlsx:Calc MS Excel 2007 XML')
    const gn = recalcWithGnumeric(files, join(dir, 'gn'))
    for (const [i, f] of files.entries()) read.set(f, { lo: await readValues(readFileSync(join(dir, 'lo', f.split('/').pop()!))), gn: await readValues(readFileSync(gn[i]!)) })
  }, 600_000)

  it.each(bases.map(([name, make]) => [name, make] as const))('%s: both engines equal the engine', (name, make) => {
    const x = exported.get(name)!
    for (const engine of ['lo', 'gn'] as const) {
      const cmp = compareWithEngine(read.get(x.file)![engine], x.rows, runModel(make()))
      expect({ engine, mismatches: cmp.mismatches.slice(0, 5) }).toEqual({ engine, mismatches: [] })
    }
  })

  it.each(EDITS.map((e, i) => [e.name, i] as const))('edit "%s" in the file equals the engine on the same edit, in both engines', (_n, i) => {
    const e = EDITS[i]!
    const base = exported.get(bases.find(([, make]) => make === e.base)![0])!
    const project = e.base()
    e.apply(project)
    for (const engine of ['lo', 'gn'] as const) {
      const judged = judgeEdit(read.get(editFiles[i]!)![engine], read.get(base.file)![engine], base.rows, runModel(project))
      expect({ engine, mismatches: judged.mismatches, allChecks: judged.allChecks }).toEqual({ engine, mismatches: [], allChecks: true })
      expect(judged.moved, `${engine} ${e.name}`).toBeGreaterThan(0)
    }
  })
})
