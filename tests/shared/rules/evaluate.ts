import { WorkbookEvaluator } from '@shared/workbook/formula-eval'
import type { Cell, DefinedName } from '@shared/workbook/types'

const COLUMNS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/**
 * Evaluates `formulas` in one row after the values given (null: a blank cell): `values[k]` sits in column k+1 (A1, B1, …)
 * and is also reachable by `names[k]` when given; the formulas follow, each may refer to the ones
 * before it. Returns each formula's value, as the in-repo workbook evaluator reads the sheet.
 */
export function evaluateRow(values: readonly (number | string | null)[], formulas: readonly string[], names: readonly (string | null)[] = []): unknown[] {
  const row: Cell[] = [...values.map((v): Cell => (v === null ? { t: 'blank' } : typeof v === 'string' ? { t: 's', v } : { t: 'n', v })), ...formulas.map((f): Cell => ({ t: 'f', f }))]
  const defined: DefinedName[] = names.flatMap((n, k) => (n === null ? [] : [{ name: n, sheet: 'S', ref: `$${COLUMNS[k]}$1` }]))
  const ev = new WorkbookEvaluator({ title: 't', names: defined, sheets: [{ name: 'S', rows: [row], colWidths: [], groups: [], landscape: false }] })
  return formulas.map((_, k) => ev.cell('S', 1, values.length + k + 1))
}

/** Column letter of the k-th cell of the row (0-based). */
export const col = (k: number): string => `${COLUMNS[k]}1`

/** |a − b| within `rel` of `scale` (at least 1). */
export function close(a: unknown, b: number, scale: number, rel = 1e-12): boolean {
  return typeof a === 'number' && Math.abs(a - b) <= rel * Math.max(1, Math.abs(scale))
}
