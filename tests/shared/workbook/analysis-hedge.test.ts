/**
 * The "Natural hedge (values)" sheet of `export --with-analysis`: the ledger and the joint stress as the
 * engine computed them, bannered as values, with each row's Gross a live formula of the model's Revenue
 * rows and its Net and Share of CFADS formulas of the row's own cells (rules/natural-hedge.ts), all
 * recalculating to the engine's figures (LibreOffice on an analyst's edit: tests/xlsx/hedge-recalc.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { computeExposureLedger, computeJointStress, OFFSET_KEYS } from '@shared/analysis'
import { runModel } from '@shared/engine'
import { buildModelWorkbook } from '@shared/workbook/build-model'
import { WorkbookEvaluator } from '@shared/workbook/formula-eval'
import { HEDGE_SHEET } from '@shared/workbook/model/analysis-sheets'
import type { Cell } from '@shared/workbook/types'
import type { Project } from '@shared/model'
import { richProject, sampleProjects } from '../analysis/fixtures'

const META = { exportedAt: '2026-02-03T04:05:06Z', appVersion: '9.8.7', projectSha256: '0'.repeat(64) }
const p = richProject()
const exposure = computeExposureLedger(p, { step: '0.1' })
const joint = computeJointStress(p, { a: 'metal:Li', b: 'fx:INR', aMoves: ['-0.3', '0'], bMoves: ['0', '0.1'] })
if (!joint.ok) throw new Error(joint.reason)
const built = buildModelWorkbook(p, runModel(p), { ...META, analysis: { computedAt: '2026-01-02T03:04:05Z', exposure, jointStress: joint.value } })
if (!built.ok) throw new Error(built.message)
const wb = built.workbook
const sheet = wb.sheets.find((s) => s.name === HEDGE_SHEET)!
const rowOf = (label: string) => sheet.rows.findIndex((r) => r[0]?.t === 's' && r[0].v === label) + 1
const textOf = (c: Cell | undefined) => (c?.t === 's' ? c.v : null)

describe('Excel: the natural-hedge sheet', () => {
  it('is added after the model, titled and bannered as values, and listed on the cover', () => {
    expect(sheet).toBeDefined()
    expect(wb.sheets.at(-1)!.name).toBe(HEDGE_SHEET)
    expect(textOf(sheet.rows[0]![0])).toBe(`${p.name}: natural hedge (values)`)
    expect(textOf(sheet.rows[1]![0])).toBe("Values computed by Bankable 9.8.7 on 2026-01-02 03:04 UTC — not linked to the model's formulas (they do not move when you change an input here). Gross is a live formula of the model (Revenue sheet, the case in view); Net and Share of CFADS are formulas of each row's own cells.")
    const cover = wb.sheets.find((s) => s.name === 'Cover')!
    expect(cover.rows.some((r) => textOf(r[0]) === HEDGE_SHEET)).toBe(true)
  })

  it('carries each row’s offsets as values, and its Gross, Net and Share as formulas that recalculate to the engine’s figures', () => {
    const ev = new WorkbookEvaluator(wb)
    for (const r of exposure.rows) {
      const row = rowOf(r.label)
      expect(row, r.label).toBeGreaterThan(0)
      const cells = sheet.rows[row - 1]!
      expect(cells[1]!.t, r.label).toBe('f')
      const gross = ev.cell(HEDGE_SHEET, row, 2) as number
      expect(Math.abs(gross - Number(r.gross)), r.label).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(Number(r.gross))))
      OFFSET_KEYS.forEach((k, i) => expect(cells[2 + i]).toMatchObject({ t: 'n', v: Number(r.removed[k]) }))
      const netCol = 3 + OFFSET_KEYS.length
      expect(cells[netCol - 1]!.t).toBe('f')
      const net = ev.cell(HEDGE_SHEET, row, netCol) as number
      expect(Math.abs(net - Number(r.net))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(Number(r.gross))))
      const share = ev.cell(HEDGE_SHEET, row, netCol + 1) as number
      expect(share).toBeCloseTo(Number(r.shareOfCfads), 12)
      expect(cells[netCol + 1]).toMatchObject({ t: 'n', v: Number(r.minDscrUp) })
    }
  })

  it('lays the joint stress grid: rows driver A, columns driver B, minimum DSCR per cell', () => {
    const head = rowOf('Li price \\ FX: INR per USD')
    expect(sheet.rows[head - 1]!.slice(1).map(textOf)).toEqual(['0 %', '+10 %'])
    expect(textOf(sheet.rows[head]![0])).toBe('-30 %')
    expect(sheet.rows[head]![2]).toMatchObject({ t: 'n', v: Number(joint.value.cells[0]![1]!.minDscr) })
    expect(sheet.rows[head + 1]![1]).toMatchObject({ t: 'n', v: Number(joint.value.baseMinDscr) })
  })
})

/** The live Gross against the ledger on every sample and on a deck in another currency than the reporting one. */
function liveGrossMatches(q: Project) {
  const l = computeExposureLedger(q, { step: '0.1' })
  const b = buildModelWorkbook(q, runModel(q), { ...META, analysis: { exposure: l } })
  if (!b.ok) throw new Error(b.message)
  const ev = new WorkbookEvaluator(b.workbook)
  const sh = b.workbook.sheets.find((x) => x.name === HEDGE_SHEET)!
  for (const r of l.rows) {
    const row = sh.rows.findIndex((x) => x[0]?.t === 's' && x[0].v === r.label) + 1
    // A currency that is neither the reporting nor the deck currency moves no merchant price: its gross (0) stays a value.
    const none = r.kind === 'fx' && r.driverId !== `fx:${q.reportingCurrency}` && r.driverId !== `fx:${q.prices.decks.find((d) => d.id === q.prices.activeDeckId)!.currency}`
    expect(sh.rows[row - 1]![1]!.t, r.label).toBe(none ? 'n' : 'f')
    if (none) expect(Number(r.gross)).toBe(0)
    const gross = ev.cell(HEDGE_SHEET, row, 2) as number
    expect({ row: r.label, ok: Math.abs(gross - Number(r.gross)) <= 1e-9 * Math.max(1, Math.abs(Number(r.gross))) }).toEqual({ row: r.label, ok: true })
  }
  return l
}

describe('Excel: the live Gross equals the ledger’s', () => {
  it.each(sampleProjects().filter((x) => x.name.endsWith('.json')).map((x) => [x.name, x.project] as const))('%s', (_, q) => void liveGrossMatches(q))

  it('a deck in JPY on an INR project: INR +10 % lifts the merchant price (e = +1), JPY +10 % lowers it (e = −1)', () => {
    const q = richProject()
    q.fx.rates.push({ currency: 'JPY', points: [{ year: 2026, perUsd: '150' }] })
    q.prices.decks.find((d) => d.id === q.prices.activeDeckId)!.currency = 'JPY'
    const l = liveGrossMatches(q)
    expect(Number(l.rows.find((r) => r.driverId === 'fx:INR')!.gross)).toBeGreaterThan(0)
    expect(Number(l.rows.find((r) => r.driverId === 'fx:JPY')!.gross)).toBeLessThan(0)
  })
})
