/**
 * "Natural hedge (values)": the natural-hedge ledger and the last joint stress (issue 19), as the app
 * computed them by finite differences of the engine (each figure a full model run with the debt held
 * as sized). Values, like the other analysis sheets — except:
 * - each row's Gross is a live formula of the model where it is one of inputs (`liveGross`): the move ×
 *   Σ over the ledger's window of output × merchant price (Revenue sheet) of the driver's products — or,
 *   for a currency, that sum × ((1 + move)^e − 1) with e = +1 for the reporting currency, −1 for the deck
 *   currency (0 otherwise: no merchant price moves, the gross stays the app's value); for the by-products, the move × their sales. It follows an edit of a price,
 *   a recovery, a volume or the case in view; the offsets (clamps, allocation, tax, debt) stay the app's
 *   finite differences, labelled as such.
 * - each row's Net and Share of CFADS are formulas of the row's own cells (rules/natural-hedge.ts), so a
 *   reader who disputes an offset can overwrite it and read what is left.
 * Nothing in the model refers to this sheet.
 */
import { OFFSET_KEYS, OFFSET_LABELS, type ExposureLedger, type JointStress, type LedgerRow } from '@shared/analysis/exposure'
import type { Currency, Project } from '@shared/model'
import { netExposureExcel, shareOfCfadsExcel } from '@shared/rules/natural-hedge'
import { cellRef } from '../a1'
import type { Cell, SheetDesc } from '../types'
import { ValueSheet, decimal, text } from './value-sheet'

export const HEDGE_SHEET = 'Natural hedge (values)'

export const hedgeBanner = (banner: string, live: boolean) =>
  `${banner}. ${live ? 'Gross is a live formula of the model (Revenue sheet, the case in view); ' : ''}Net and Share of CFADS are formulas of each row's own cells.`

/**
 * Where the live Gross reads the model: each Revenue row over the model's periods as an absolute range
 * ("Revenue!$E$40:$AB$40"), null when the model has no such row. `project`: the exported project (its
 * products' metals, the deck and reporting currencies).
 */
export type HedgeLive = { project: Project; range: (rowKey: string) => string | null }

/**
 * The live Gross of a ledger row (see the module comment), or null when it is not a formula of the model
 * (a row the model lays out no line for). `step`: the cell holding the move (0.1 = +10 %).
 */
export function liveGross(r: LedgerRow, live: HedgeLive, step: string): string | null {
  const p = live.project
  const window = live.range('coverWindow')
  if (window === null) return null
  const merchant = (pis: number[]) => {
    const terms = pis.map((pi) => [live.range(`p${pi}.out`), live.range(`p${pi}.merchPrice`)])
    if (terms.length === 0 || terms.some(([o, m]) => o === null || m === null)) return null
    return terms.map(([o, m]) => `SUMPRODUCT(${o},${m},${window})`).join('+')
  }
  if (r.kind === 'metal') {
    const sum = merchant(p.products.flatMap((x, pi) => (`metal:${x.metal}` === r.driverId ? [pi] : [])))
    return sum === null ? null : `${step}*(${sum})`
  }
  if (r.kind === 'fx') {
    const c = r.driverId.slice('fx:'.length) as Currency
    const deck = p.prices.decks.find((d) => d.id === p.prices.activeDeckId)!.currency
    // Merchant price in the reporting currency = deck price × fx_R / fx_D: a move of c's units per USD scales it by (1 + s)^e.
    const e = (c === p.reportingCurrency ? 1 : 0) - (c === deck ? 1 : 0)
    // e = 0: the currency moves no merchant price (its exposure is elsewhere: a contract, a tranche, EPR), so the gross is no formula of the model.
    const sum = e === 0 ? null : merchant(p.products.map((_, pi) => pi))
    return sum === null ? null : `((1+${step})^${e}-1)*(${sum})`
  }
  const by = live.range('byproductRev')
  return by === null ? null : `${step}*SUMPRODUCT(${by},${window})`
}

const pctText = (s: string) => `${Number(s) > 0 ? '+' : ''}${(Number(s) * 100).toFixed(1).replace(/\.0$/, '')} %`

export function hedgeSheet(parts: { exposure?: ExposureLedger; joint?: JointStress; currency: string; live?: HedgeLive }, title: string, banner: string): SheetDesc {
  const live = parts.exposure && parts.live ? parts.live : undefined
  const sh = new ValueSheet(HEDGE_SHEET, title, hedgeBanner(banner, live !== undefined), [34, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 12, 16, 14, 16, 14])
  sh.freeze = { rows: 2, cols: 1 }
  if (parts.exposure) ledger(sh, parts.exposure, parts.currency, live)
  if (parts.joint) joint(sh, parts.joint)
  return sh.toDesc()
}

function ledger(sh: ValueSheet, l: ExposureLedger, cur: string, live: HedgeLive | undefined) {
  const step = pctText(l.step)
  const w = l.window
  sh.section(`Natural-hedge ledger: each driver moved ${step} (and −${step.slice(1)}) alone, debt held as sized; ${cur} summed over the ${w.kind === 'loanLife' ? 'loan life' : 'operating life (no debt)'} ${w.from} to ${w.to}`)
  const cfadsRow = sh.line([text(`Base CFADS over the window (${cur})`, 'label'), decimal(l.baseCfads, 'money', '')])
  sh.line([text(`Base debt service over the window (${cur})`, 'label'), decimal(l.baseDebtService, 'money', '')])
  sh.line([text('Base minimum DSCR (x)', 'label'), decimal(l.baseMinDscr, 'ratio', 'no debt service')])
  const stepRow = live ? sh.line([text('Move the live Gross takes (fraction: 0.1 = +10 %)', 'label'), decimal(l.step, 'pct', '')]) : 0
  if (live) sh.note('Gross (live): the move × Σ over the window (Revenue: coverage window) of output × merchant price of the driver’s products (a currency: that sum × ((1 + move)^e − 1), e = +1 reporting, −1 deck currency); by-products: the move × their sales. The offsets are the app’s values.')
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
      text(r.label, 'label'), grossCell(r, live, cellRef(stepRow, 2, true)), ...OFFSET_KEYS.map((k) => decimal(r.removed[k], 'money', '')),
      { t: 'f', f: netExposureExcel(cellRef(row, 2), offsetCells), style: 'money' },
      { t: 'f', f: shareOfCfadsExcel(cellRef(row, netCol), cellRef(cfadsRow, 2, true)), style: 'pct' },
      decimal(r.minDscrUp, 'ratio', 'no debt service'), decimal(r.netDown, 'money', ''), decimal(r.minDscrDown, 'ratio', 'no debt service')
    ]
    sh.line(cells)
  }
  sh.note(`${l.evaluations} full model runs.`)
}

function grossCell(r: LedgerRow, live: HedgeLive | undefined, step: string): Cell {
  const f = live ? liveGross(r, live, step) : null
  return f === null ? decimal(r.gross, 'money', '') : { t: 'f', f, style: 'money' }
}

function joint(sh: ValueSheet, j: JointStress) {
  sh.section(`Joint stress: minimum DSCR over the loan life, ${j.a.label} (rows) × ${j.b.label} (columns), both moved at once, debt held as sized`)
  sh.line([text(`${j.a.label} \\ ${j.b.label}`, 'header'), ...j.bMoves.map((m) => text(pctText(m), 'header'))])
  j.aMoves.forEach((m, i) => sh.line([text(pctText(m), 'label'), ...j.cells[i]!.map((c) => decimal(c.minDscr, 'ratio', 'no debt service'))]))
  sh.note(`Base minimum DSCR ${j.baseMinDscr === null ? 'n/a' : Number(j.baseMinDscr).toFixed(3)}x; covenant ${Number(j.covenantDscr).toFixed(2)}x. FX moves are of the units per USD (+ = the other currencies weaker).`)
}
