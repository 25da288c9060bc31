import { metricLabel } from '@shared/metrics/registry'
import type { McResult } from './simulate'

/**
 * The draws as one plain table: for the CSV download and for the Excel export's "Sensitivity" values
 * sheet (one header row, one row per draw; null = no value, e.g. no IRR in that draw).
 */
export type DrawsTable = { columns: { key: string; header: string; unit: string }[]; rows: (number | null)[][] }

export function drawsTable(result: McResult): DrawsTable {
  const draws = result.draws
  const columns = [
    { key: 'draw', header: 'Draw', unit: '#' },
    ...draws.products.map((p) => ({ key: `price:${p.id}`, header: `${p.name} price multiplier (mean over operating years)`, unit: '×' })),
    ...(draws.fx?.currencies ?? []).map((c) => ({ key: `fx:${c}`, header: `${c} per USD multiplier (mean over operating years)`, unit: '×' })),
    { key: 'volume', header: 'Volume multiplier', unit: '×' },
    { key: 'recovery', header: 'Recovery multiplier', unit: '×' },
    { key: 'equityIrr', header: metricLabel('equityIrr'), unit: 'fraction' },
    { key: 'projectIrr', header: metricLabel('projectIrr'), unit: 'fraction' },
    { key: 'npv', header: metricLabel('npv', 'shortLabel'), unit: result.currency },
    { key: 'minDscr', header: metricLabel('minDscr'), unit: 'x' }
  ]
  const fx = draws.fx?.meanMultiplier ?? []
  const rows = draws.npv.map((npv, i) => [i + 1, ...draws.meanPriceMultiplier.map((s) => s[i]!), ...fx.map((s) => s[i]!), draws.volume[i]!, draws.recovery[i]!, draws.equityIrr[i]!, draws.projectIrr[i]!, npv, draws.minDscr[i]!])
  return { columns, rows }
}

/**
 * A CSV cell that a spreadsheet cannot execute: text starting with = + − @, tab, CR or LF gets a
 * leading apostrophe (OWASP CSV injection: a leading line break hides a formula on the "next line" of
 * a quoted cell); quotes are doubled and the cell quoted when needed. Headers go through it too, as
 * they carry product names.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  let s = value
  if (/^[=+\-@\t\r\n]/.test(s)) s = `'${s}`
  return /[",\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s
}

/** CSV (RFC 4180, CRLF) of the draws with units in the header. */
export function drawsCsv(result: McResult): string {
  const table = drawsTable(result)
  const lines = [table.columns.map((c) => csvCell(`${c.header} (${c.unit})`)).join(',')]
  for (const row of table.rows) lines.push(row.map(csvCell).join(','))
  return `${lines.join('\r\n')}\r\n`
}
