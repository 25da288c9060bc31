/**
 * Issue 13, covenants inside: the Covenants sheet recalculated by LibreOffice and by Gnumeric grades
 * every checklist item of every variant and sample as the app's bankabilityChecklist does; and after
 * an edit in the file that moves a metric across a threshold (a lender threshold, a price), the grades
 * change exactly as the checklist says for the same edit of the project.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import { bankabilityChecklist, overallGrade } from '@shared/format/checklist'
import type { Project } from '@shared/model'
import { COVENANT_COLS, covenantItems } from '@shared/workbook/model/covenants'
import { samples } from './support/cases'
import { ssconvertAvailable } from './support/gnumeric'
import { sofficeAvailable } from './support/libreoffice'
import { VARIANTS } from './support/projects'
import { type Exported, type Read, editInputs, exportProject, recalcBoth } from './support/recalc-both'

const HAVE = sofficeAvailable() && ssconvertAvailable()
if (!HAVE) console.warn('LibreOffice or Gnumeric missing: skipping the covenant tests.')

const CASES = [...VARIANTS, ...samples()]
const PGM = CASES.findIndex(([n]) => n.includes('pgm'))

/**
 * Edits on the PGM sample (gearing sizing, annuity): lender thresholds and a price; each moves its own
 * rows. Since its decanned shells are priced as heavy-melting steel scrap (USD 233.50/t, not the judgement
 * USD 900/t) its minimum DSCR is 2.46x and its LLCR 2.51x, so the covenant is raised to 2.6x (2.55x
 * lock-up for red), and a platinum price of 600 (from 1,308) puts the minimum DSCR at 1.20x — inside the
 * 1.10–1.25x lock-up band — with LLCR 1.10x (under 1.3x) and NPV −USD 1.0 m red (500 put the DSCR at
 * 0.95x, below the lock-up; 700 at 1.45x, green).
 */
type Edit = { name: string; cells: Record<string, number>; apply: (p: Project) => void; moves: string[] }
const EDITS: Edit[] = [
  { name: 'covenant DSCR raised above the minimum DSCR (lock-up band: amber)', cells: { Lender_Min_DSCR: 2.6 }, apply: (p) => { p.lender.minDscr = '2.6' }, moves: ['minDscr'] },
  { name: 'lock-up raised above the minimum DSCR too (red)', cells: { Lender_Min_DSCR: 2.6, Lender_Lockup_DSCR: 2.55 }, apply: (p) => { p.lender.minDscr = '2.6'; p.lender.lockupDscr = '2.55' }, moves: ['minDscr'] },
  { name: 'maximum gearing cut below the gearing, within 10 % (amber)', cells: { Lender_Max_Gearing: 0.57 }, apply: (p) => { p.lender.maxGearing = '0.57' }, moves: ['gearing'] },
  { name: 'the lender asks for a longer DSRA (amber)', cells: { Lender_DSRA_Months: 9 }, apply: (p) => { p.lender.dsraMonths = 9 }, moves: ['dsra'] },
  { name: 'platinum price cut to 600 (minimum DSCR into the lock-up band, LLCR and NPV red)', cells: { Price1_Base: 600 }, apply: (p) => { (p.prices.decks[0]!.prices[0] as { basePricePerUnit: string }).basePricePerUnit = '600' }, moves: ['minDscr', 'llcr', 'npv'] }
]

const dir = mkdtempSync(join(tmpdir(), 'bankable-covenants-'))
const exported: Exported[] = []
const editFiles: string[] = []
let read = new Map<string, { lo: Read; gn: Read }>()

const shown = (g: string) => (g === 'na' ? 'n/a' : g)
const checklistGrades = (p: Project): Record<string, string> => {
  const items = bankabilityChecklist(p, runModel(p))
  return { ...Object.fromEntries(items.map((i) => [i.id, shown(i.grade)])), overall: shown(overallGrade(items)) }
}
const fileGrades = (r: Read, e: Exported) =>
  Object.fromEntries([...covenantItems(e.project), 'overall'].map((id) => { const l = e.rows[`cov.${id}`]!; return [id, r(l.sheet, l.row, COVENANT_COLS.grade)] }))

describe.skipIf(!HAVE)('Covenants sheet recalculated by LibreOffice and Gnumeric', () => {
  beforeAll(async () => {
    for (const [i, [, make]] of CASES.entries()) exported.push(await exportProject(make(), join(dir, `case${i}.xlsx`)))
    for (const [i, e] of EDITS.entries()) editFiles.push(await editInputs(exported[PGM]!.file, join(dir, `edit${i}.xlsx`), e.cells))
    read = await recalcBoth([...exported.map((e) => e.file), ...editFiles], dir)
  }, 400_000)

  it.each(CASES.map(([n], i) => [n, i] as const))('%s: every grade equals the checklist', (_n, i) => {
    const e = exported[i]!
    const want = checklistGrades(e.project)
    for (const engine of ['lo', 'gn'] as const) expect({ engine, grades: fileGrades(read.get(e.file)![engine], e) }).toEqual({ engine, grades: want })
  })

  it.each(EDITS.map((e, i) => [e.name, i] as const))('%s: the grades change as the checklist says', (_n, i) => {
    const base = exported[PGM]!
    const project = structuredClone(base.project)
    EDITS[i]!.apply(project)
    const want = checklistGrades(project)
    const before = checklistGrades(base.project)
    // The edit crosses a threshold: the named items change grade in the app…
    for (const id of EDITS[i]!.moves) expect({ id, changed: want[id] !== before[id] }).toEqual({ id, changed: true })
    // …and the file, recalculated, says the same.
    for (const engine of ['lo', 'gn'] as const) expect({ engine, grades: fileGrades(read.get(editFiles[i]!)![engine], base) }).toEqual({ engine, grades: want })
    console.info(`${EDITS[i]!.name}: ${JSON.stringify(before)} -> ${JSON.stringify(want)}`)
  })
})
