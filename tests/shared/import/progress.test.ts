/**
 * importRows' onProgress: rows done of the data rows, growing, ending at done === total, reported
 * at a bounded rate — and the result is the same whether anyone listens or not.
 */
import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { importRows, PROGRESS_EVERY } from '../../../src/shared/import'
import { BLACK_MASS_LOT_COLUMNS, CATALYST_LOT_COLUMNS } from '../../../src/shared/import/lot-import'
import { progressCounter } from '../../../src/shared/import/progress'

const header = BLACK_MASS_LOT_COLUMNS.map((c) => c.header).join(',')
const line = (i: number) => `bm-${i},Lot ${i},USD,2025-01-15,,12.5,18%,6%,4%,16000,t,30000,t,10000,t,li-separate,75%,78%,60%`
const lotsCsv = (n: number) => strToU8(`${header}\n${Array.from({ length: n }, (_, i) => line(i)).join('\n')}\n`)

type Call = [done: number, total: number]
const record = () => {
  const calls: Call[] = []
  return { calls, onProgress: (done: number, total: number) => void calls.push([done, total]) }
}

describe('importRows progress', () => {
  const N = 10_000
  const bytes = lotsCsv(N)

  it('a 10k-row CSV reports growing `done` of a fixed total, ending at done === total, at a bounded rate', () => {
    const { calls, onProgress } = record()
    const r = importRows(bytes, 'lots.csv', 'black-mass-lots', { onProgress })
    expect(r.ok && r.value.length).toBe(N)
    expect(calls.length).toBeGreaterThan(2)
    // Two steps per row (typed, checked), one report every PROGRESS_EVERY steps, plus the last.
    expect(calls.length).toBeLessThanOrEqual(Math.ceil((2 * N) / PROGRESS_EVERY) + 1)
    expect(calls.every(([, total]) => total === N)).toBe(true)
    for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).toBeGreaterThan(calls[i - 1]![0])
    expect(calls[0]![0]).toBeGreaterThan(0)
    expect(calls.at(-1)).toEqual([N, N])
  })

  it('gives the same result with and without a callback (good file and bad file)', () => {
    const without = importRows(bytes, 'lots.csv', 'black-mass-lots')
    const withCb = importRows(bytes, 'lots.csv', 'black-mass-lots', { onProgress: () => {} })
    expect(withCb).toEqual(without)
    expect(without.ok).toBe(true)
    const catHeader = CATALYST_LOT_COLUMNS.map((c) => c.header).join(',')
    const bad = strToU8(`${catHeader}\n${'x\n'.repeat(5000)}`)
    const a = importRows(bad, 'bad.csv', 'catalyst-lots')
    const { calls, onProgress } = record()
    const b = importRows(bad, 'bad.csv', 'catalyst-lots', { onProgress })
    expect(b).toEqual(a)
    expect(a.ok).toBe(false)
    // Typed rows were reported before the errors stopped the import; never past the total.
    expect(calls.length).toBeGreaterThan(0)
    expect(calls.every(([d, t]) => d <= t && t === 5000)).toBe(true)
  })

  it('counts blank rows in the total and still ends at done === total', () => {
    const text = `${header}\n${line(1)}\n ,  ,\n${line(2)}\n`
    const { calls, onProgress } = record()
    const r = importRows(strToU8(text), 'lots.csv', 'black-mass-lots', { onProgress })
    expect(r.ok && r.value.length).toBe(2)
    expect(calls).toEqual([[3, 3]])
  })

  it('the counter reports rows, half a row per step over two stages, and nothing without a callback', () => {
    const { calls, onProgress } = record()
    const p = progressCounter(onProgress, 3000, 2)
    for (let i = 0; i < 6000; i++) p.step()
    p.finish()
    expect(calls).toEqual([[1000, 3000], [2000, 3000], [3000, 3000]])
    expect(() => progressCounter(undefined, 10, 2).step()).not.toThrow()
  })
})
