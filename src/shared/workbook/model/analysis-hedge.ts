/**
 * "Natural hedge (values)": the natural-hedge ledger and the last joint stress (issue 19), as the app
 * computed them by finite differences of the engine (each figure a full model run with the debt held
 * as sized). Values, like the other analysis sheets — except that each row's Net and Share of CFADS are
 * formulas of the row's own cells (rules/natural-hedge.ts), so a reader who disputes an offset can
 * overwrite it and read what is left. Nothing in the model refers to this sheet.
 */
import { OFFSET_KEYS, OFFSET_LABELS, type ExposureLedger, type JointStress } from '@shared/analysis/exposure'
import { netExposureExcel, shareOfCfadsExcel } from '@shared/rules/natural-hedge'
import { cellRef } from '../a1'
import type { Cell, SheetDesc } from '../types'
import { ValueSheet, decimal, text } from './value-sheet'

export const HEDGE_SHEET = 'Natural hedge (values)'

export const hedgeBanner = (banner: string) => `${banner}. Net and Share of CFADS are formulas of each row's own cells.`

const pctText = (s: string) => `${Number(s) > 0 ? '+' : ''}${(Number(s) * 100).toFixed(1).replace(/\.0$/, '')} %`

export function hedgeSheet(parts: { exposure?: ExposureLedger; joint?: JointStress; currency: string }, title: string, banner: string): SheetDesc {
  const sh = new ValueSheet(HEDGE_SHEET, title, hedgeBanner(banner), [34, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 12, 16, 14, 16, 14])
  sh.freeze = { rows: 2, cols: 1 }
  if (parts.exposure) ledger(sh, parts.exposure, parts.currency)
  if (parts.joint) joint(sh, parts.joint)
  return sh.toDesc()
}

function ledger(sh: ValueSheet, l: ExposureLedger, cur: string) {
  const step = pctText(l.step)
  const w = l.window
  sh.section(`Natural-hedge ledger: each driver moved ${step} (and −${step.slice(1)}) alone, debt held as sized; ${cur} summed over the ${w.kind === 'loanLife' ? 'loan life' : 'operating life (no debt)'} ${w.from} to ${w.to}`)
  const cfadsRow = sh.line([text(`Base CFADS over the window (${cur})`, 'label'), decimal(l.baseCfads, 'money', '')])
  sh.line([text(`Base debt service over the window (${cur})`, 'label'), decimal(l.baseDebtService, 'money', '')])
  sh.line([text('Base minimum DSCR (x)', 'label'), decimal(l.baseMinDscr, 'ratio', 'no debt service')])
  sh.note('Offsets: the amount each removes from the gross move (negative: adds to it). Net = gross − offsets = the change of CFADS less debt service.')
  sh.line([
    text('Driver', 'header'), text(`Gross per ${step} (${cur})`, 'header'), ...OFFSET_KEYS.map((k) => text(`${OFFSET_LABELS[k]} (${cur})`, 'header')),
    text(`Net per ${step} (${cur})`, 'header'), text('Share of CFADS (%)', 'header'), text(`Min DSCR at ${step} (x)`, 'header'), text(`Net per −${step.slice(1)} (${cur})`, 'header'),
    text(`Min DSCR at −${step.slice(1)} (x)`, 'header')
  ])
  for (const r of l.rows) {
    const row = sh.next
    const offsetCells = OFFSET_KEYS.map((_, i) => cellRef(row, 3 + i))
    const netCol = 3 + OFFSET_KEYS.length
    const cells: (Cell | undefined)[] = [
      text(r.label, 'label'), decimal(r.gross, 'money', ''), ...OFFSET_KEYS.map((k) => decimal(r.removed[k], 'money', '')),
      { t: 'f', f: netExposureExcel(cellRef(row, 2), offsetCells), style: 'money' },
      { t: 'f', f: shareOfCfadsExcel(cellRef(row, netCol), cellRef(cfadsRow, 2, true)), style: 'pct' },
      decimal(r.minDscrUp, 'ratio', 'no debt service'), decimal(r.netDown, 'money', ''), decimal(r.minDscrDown, 'ratio', 'no debt service')
    ]
    sh.line(cells)
  }
  sh.note(`${l.evaluations} full model runs.`)
}

function joint(sh: ValueSheet, j: JointStress) {
  sh.section(`Joint stress: minimum DSCR over the loan life, ${j.a.label} (rows) × ${j.b.label} (columns), both moved at once, debt held as sized`)
  sh.line([text(`${j.a.label} \\ ${j.b.label}`, 'header'), ...j.bMoves.map((m) => text(pctText(m), 'header'))])
  j.aMoves.forEach((m, i) => sh.line([text(pctText(m), 'label'), ...j.cells[i]!.map((c) => decimal(c.minDscr, 'ratio', 'no debt service'))]))
  sh.note(`Base minimum DSCR ${j.baseMinDscr === null ? 'n/a' : Number(j.baseMinDscr).toFixed(3)}x; covenant ${Number(j.covenantDscr).toFixed(2)}x. FX moves are of the units per USD (+ = the other currencies weaker).`)
}
