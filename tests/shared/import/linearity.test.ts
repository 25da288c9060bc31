/**
 * Issue 11 defect 3: every import reader is linear. Asserted as a ratio of times at two sizes (N and
 * 4N), never as a wall-clock limit, so a slow or busy machine does not fail it: linear work grows
 * ~4×, the old quadratic scans grew ~16×. The bound 8 leaves a wide margin for noise.
 */
import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { importRows } from '../../../src/shared/import'
import { CATALYST_LOT_COLUMNS } from '../../../src/shared/import/lot-import'
import { buildXlsx, row } from './build-xlsx'

const MAX_RATIO = 8

/** Best of several runs (the minimum is the least disturbed by other work on the machine). */
function bestMs(fn: () => void, runs = 5): number {
  let best = Infinity
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    best = Math.min(best, performance.now() - t0)
  }
  return best
}

function ratio(make: (n: number) => Uint8Array, name: string, target: 'catalyst-lots', n: number): { small: number; large: number; ratio: number } {
  const a = make(n)
  const b = make(4 * n)
  importRows(a, name, target) // warm up the JIT before timing
  const small = bestMs(() => importRows(a, name, target))
  const large = bestMs(() => importRows(b, name, target))
  const out = { small, large, ratio: large / Math.max(small, 0.5) }
  if (process.env.IMPORT_BENCH_LOG) console.info(name, n, out)
  return out
}

const header = CATALYST_LOT_COLUMNS.map((c) => c.header).join(',')
/** The catalyst header and n lines that each miss every required value but the id. */
const badCsv = (n: number) => strToU8(`${header}\n${Array.from({ length: n }, (_, i) => `lot-${i}`).join('\n')}\n`)

// Stored (level 0), as an attacker would write them: deflated, these repeats would be refused by
// the 100:1 ratio check before any parsing, and the scan would never be timed.
const stored = (text: string) => [strToU8(text), { level: 0 }] as [Uint8Array, { level: 0 }]
const workbookPrRepeats = (n: number) => buildXlsx([{ xml: row(1, ['Lot ID']) }], {
  extra: { 'xl/workbook.xml': stored(`<?xml version="1.0"?><workbook xmlns:r="r">${'<workbookPr '.repeat(n)}<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`) }
})
const manyV = (n: number) => buildXlsx([{ xml: '' }], {
  extra: { 'xl/worksheets/sheet1.xml': stored(`<?xml version="1.0"?><worksheet><sheetData>${row(1, ['Lot ID'])}<row r="2"><c r="A2">${'<v>'.repeat(n)}1</v></c></row></sheetData></worksheet>`) }
})

describe('import time grows linearly with the input', () => {
  it('CSV with N bad lines (errors capped, no search over all errors per row)', () => {
    const r = ratio(badCsv, 'bad.csv', 'catalyst-lots', 5_000)
    expect(r.ratio, JSON.stringify(r)).toBeLessThan(MAX_RATIO)
    const res = importRows(badCsv(5_000), 'bad.csv', 'catalyst-lots')
    if (res.ok || !('errors' in res)) throw new Error('expected invalid rows')
    expect(res.errors).toHaveLength(200)
    expect(res.errors.length + res.omitted).toBeGreaterThan(5_000)
  }, 60_000)

  it('.xlsx whose workbook repeats "<workbookPr " without closing it', () => {
    const r = ratio(workbookPrRepeats, 'w.xlsx', 'catalyst-lots', 20_000)
    expect(r.ratio, JSON.stringify(r)).toBeLessThan(MAX_RATIO)
    expect(importRows(workbookPrRepeats(10), 'w.xlsx', 'catalyst-lots')).toMatchObject({ ok: false, code: 'invalid-rows' })
  }, 60_000)

  it('.xlsx with many "<v>" in one cell', () => {
    const r = ratio(manyV, 'v.xlsx', 'catalyst-lots', 20_000)
    expect(r.ratio, JSON.stringify(r)).toBeLessThan(MAX_RATIO)
    expect(importRows(manyV(10), 'v.xlsx', 'catalyst-lots')).toMatchObject({ ok: false, code: 'invalid-cell' })
  }, 60_000)
})
