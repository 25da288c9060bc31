import { describe, expect, it } from 'vitest'
import { csvCell } from '@shared/analysis/monte-carlo/draws-table'
import { readCsv } from '@shared/import/csv-reader'

describe('csvCell (CSV formula injection)', () => {
  it('prefixes an apostrophe to text starting with = + - @ tab CR or LF', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r', '\n']) expect(csvCell(`${lead}cmd`).replace(/^"/, '')).toMatch(/^'/)
    expect(csvCell('\n=cmd')).toBe(`"'\n=cmd"`)
    expect(csvCell('Platinum')).toBe('Platinum')
    expect(csvCell(1.5)).toBe('1.5')
  })

  it('the CSV reader removes the apostrophe again, so names round-trip', () => {
    const text = ['\n=cmd', '=1+1', 'plain'].map(csvCell).join(',') + '\r\n'
    const wb = readCsv(new TextEncoder().encode(text))
    if (!wb.ok) throw new Error(wb.message)
    const row = wb.sheets[0]!.rows.get(1)!
    expect([1, 2, 3].map((c) => row.get(c))).toEqual(['\n=cmd', '=1+1', 'plain'].map((value) => ({ kind: 'text', value })))
  })
})
