import { Decimal, ONE, ZERO } from '@shared/decimal'
import type { Currency, Project } from '@shared/model'
import { runModel } from '@shared/engine/run-model'
import { applyExposureDriver, baseCase, exposureDrivers, type ExposureDriver } from './drivers'
import { runHeld } from './ledger'
import { exposureWindow, windowTotals } from './lines'

/** The grid's default moves (relative): prices ±30 % in 15 % steps; FX ±10 % in 5 % steps. */
export const DEFAULT_PRICE_MOVES: readonly string[] = ['-0.3', '-0.15', '0', '0.15', '0.3']
export const DEFAULT_FX_MOVES: readonly string[] = ['-0.1', '-0.05', '0', '0.05', '0.1']
export const defaultMoves = (d: ExposureDriver): readonly string[] => (d.kind === 'fx' ? DEFAULT_FX_MOVES : DEFAULT_PRICE_MOVES)

export type JointSettings = { a: string; b: string; aMoves?: readonly string[]; bMoves?: readonly string[] }

/** One cell: both drivers moved at once, debt held as sized. Money over the window (the ledger's). */
export type JointCell = { aMove: string; bMove: string; minDscr: string | null; cfadsChange: string; debtServiceChange: string }

/** A driver as the grid names it; `subject` is what moves in a sentence ("Li", "INR", "by-product"). */
export type JointAxis = { id: string; label: string; kind: ExposureDriver['kind']; subject: string }

export type JointStress = {
  currency: Currency
  a: JointAxis
  b: JointAxis
  aMoves: string[]
  bMoves: string[]
  /** cells[i][j]: a moved by aMoves[i], b by bMoves[j]. */
  cells: JointCell[][]
  baseMinDscr: string | null
  covenantDscr: string
  evaluations: number
}

export type JointResult = { ok: true; value: JointStress } | { ok: false; reason: string }

const MAX_MOVES = 9

function checkMoves(moves: readonly string[], what: string): string | null {
  if (moves.length < 1 || moves.length > MAX_MOVES) return `${what}: between 1 and ${MAX_MOVES} moves`
  for (const m of moves) {
    let x: Decimal
    try {
      x = new Decimal(m)
    } catch {
      return `${what}: "${m}" is not a number`
    }
    if (!x.gt(-1) || x.gt(4)) return `${what}: a move of ${m} is outside −100 % … +400 % (exclusive of −100 %)`
  }
  return null
}

/**
 * Joint stress (issue 19): two drivers of the ledger moved at once on a small grid — "Li falls 30 % and
 * INR weakens 10 %" — each cell a full engine run with the debt held as sized, read for the loan-life
 * minimum DSCR and the change of CFADS and debt service over the window.
 */
export function computeJointStress(project: Project, settings: JointSettings, onProgress?: (done: number, total: number) => void): JointResult {
  const drivers = exposureDrivers(project)
  const a = drivers.find((d) => d.id === settings.a)
  const b = drivers.find((d) => d.id === settings.b)
  if (!a || !b) return { ok: false, reason: `unknown driver "${!a ? settings.a : settings.b}"; this project has ${drivers.map((d) => d.id).join(', ')}` }
  if (a.id === b.id) return { ok: false, reason: 'pick two different drivers' }
  const aMoves = [...(settings.aMoves ?? defaultMoves(a))]
  const bMoves = [...(settings.bMoves ?? defaultMoves(b))]
  const bad = checkMoves(aMoves, a.label) ?? checkMoves(bMoves, b.label)
  if (bad) return { ok: false, reason: bad }
  const fixedDebt = runModel(project).debt
  const start = baseCase(project)
  const heldBase = runHeld(start, fixedDebt)
  const { inWindow } = exposureWindow(heldBase)
  const base = windowTotals(heldBase, inWindow)
  const total = aMoves.length * bMoves.length
  let done = 0
  const cells = aMoves.map((am) =>
    bMoves.map((bm): JointCell => {
      const c = applyExposureDriver(applyExposureDriver(start, a, ONE.plus(am)), b, ONE.plus(bm))
      const t = windowTotals(runHeld(c, fixedDebt), inWindow)
      onProgress?.(++done, total)
      return {
        aMove: new Decimal(am).toString(), bMove: new Decimal(bm).toString(), minDscr: t.minDscr?.toString() ?? null,
        cfadsChange: t.cfads.minus(base.cfads).toString(), debtServiceChange: t.debtService.minus(base.debtService).toString()
      }
    })
  )
  const pick = (d: ExposureDriver): JointAxis => ({ id: d.id, label: d.label, kind: d.kind, subject: d.kind === 'metal' ? d.metal : d.kind === 'fx' ? d.currency : 'by-product' })
  return {
    ok: true,
    value: {
      currency: project.reportingCurrency, a: pick(a), b: pick(b), aMoves: aMoves.map((m) => new Decimal(m).toString()), bMoves: bMoves.map((m) => new Decimal(m).toString()),
      cells, baseMinDscr: base.minDscr?.toString() ?? null, covenantDscr: project.lender.minDscr, evaluations: total + 2
    }
  }
}

/** A move in words: "Li prices fall 30 %", "INR weakens against USD (units per USD +10 %)". */
export function moveWords(d: JointAxis, move: string): string {
  const x = new Decimal(move)
  const pct = `${x.abs().times(100).toDecimalPlaces(1).toString()} %`
  if (d.kind === 'fx') {
    // One currency per FX driver (each its own driver), so the verb is singular.
    if (x.isZero()) return `${d.subject} stays at the FX table`
    return `${d.subject} ${x.gt(ZERO) ? 'weakens' : 'strengthens'} against USD (units per USD ${x.gt(ZERO) ? '+' : '−'}${pct})`
  }
  if (x.isZero()) return `${d.subject} prices stay at the deck`
  return `${d.subject} prices ${x.gt(ZERO) ? 'rise' : 'fall'} ${pct}`
}

/** The plain answer for one cell: both moves, the minimum DSCR before and after, and where it lands against 1.00x and the covenant. */
export function jointSentence(j: JointStress, i: number, k: number): string {
  const cell = j.cells[i]![k]!
  const f = (s: string | null) => (s === null ? 'none (no debt service)' : `${new Decimal(s).toFixed(2)}x`)
  const covenant = new Decimal(j.covenantDscr)
  let verdict = ''
  if (cell.minDscr !== null) {
    const m = new Decimal(cell.minDscr)
    verdict = m.lt(1) ? ': below 1.00x, cash flow does not meet debt service' : m.lt(covenant) ? `: below the ${covenant.toFixed(2)}x covenant, above 1.00x` : `: at or above the ${covenant.toFixed(2)}x covenant`
  }
  return `If ${moveWords(j.a, cell.aMove)} and ${moveWords(j.b, cell.bMove)}, with the debt held as sized, the minimum DSCR over the loan life goes from ${f(j.baseMinDscr)} to ${f(cell.minDscr)}${verdict}.`
}
