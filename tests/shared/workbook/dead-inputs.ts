/**
 * Input-styled cells (on Inputs, or any other sheet that has them) that no formula reads: a dead input looks like a switch a
 * lender can flip, and flipping it changes nothing. A cell is read when a formula anywhere refers to
 * it by cell reference or range (qualified, or unqualified on the Inputs sheet itself) or by a defined
 * name whose range covers it.
 */
import { parseFormula, type Node } from '../../../src/shared/workbook/formula-parse'
import { cellRef } from '../../../src/shared/workbook/a1'
import type { WorkbookDesc } from '../../../src/shared/workbook/types'

type Box = { sheet: string; r1: number; c1: number; r2: number; c2: number }

const INPUTS = 'Inputs'

function boxesOf(n: Node, here: string, names: Map<string, Box>, out: Box[]) {
  switch (n.k) {
    case 'ref': out.push({ sheet: n.sheet ?? here, r1: n.row, c1: n.col, r2: n.row, c2: n.col }); return
    case 'range': out.push({ sheet: n.sheet ?? here, r1: n.r1, c1: n.c1, r2: n.r2, c2: n.c2 }); return
    case 'name': { const b = names.get(n.name.toUpperCase()); if (b) out.push(b); return }
    case 'neg': boxesOf(n.e, here, names, out); return
    case 'bin': boxesOf(n.a, here, names, out); boxesOf(n.b, here, names, out); return
    case 'call': for (const a of n.args) boxesOf(a, here, names, out); return
    default:
  }
}

/** Every input-styled cell of Inputs that no formula reads, as "C12 Label". */
export function deadInputs(wb: WorkbookDesc): string[] {
  const names = new Map<string, Box>()
  for (const d of wb.names) {
    const n = parseFormula(`'${d.sheet.replace(/'/g, "''")}'!${d.ref.replace(/\$/g, '')}`)
    if (n.k === 'ref') names.set(d.name.toUpperCase(), { sheet: d.sheet, r1: n.row, c1: n.col, r2: n.row, c2: n.col })
    else if (n.k === 'range') names.set(d.name.toUpperCase(), { sheet: d.sheet, r1: n.r1, c1: n.c1, r2: n.r2, c2: n.c2 })
  }
  const read: Box[] = []
  for (const s of wb.sheets) for (const row of s.rows) for (const c of row ?? []) if (c?.t === 'f') boxesOf(parseFormula(c.f), s.name, names, read)
  if (!wb.sheets.some((s) => s.name === INPUTS)) throw new Error('no Inputs sheet')
  const dead: string[] = []
  // Inputs and every other sheet that holds input cells (the scenario table).
  for (const sheet of wb.sheets) {
  const onSheet = read.filter((b) => b.sheet.toUpperCase() === sheet.name.toUpperCase())
  const where = sheet.name === INPUTS ? '' : `${sheet.name}!`
  sheet.rows.forEach((row, ri) => row?.forEach((c, ci) => {
    if (!c?.style?.startsWith('in')) return
    const r = ri + 1
    const col = ci + 1
    if (onSheet.some((b) => b.r1 <= r && r <= b.r2 && b.c1 <= col && col <= b.c2)) return
    const label = row[0]
    dead.push(`${where}${cellRef(r, col)} ${label?.t === 's' ? label.v : ''}`)
  }))
  }
  return dead
}
