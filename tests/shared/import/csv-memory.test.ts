/**
 * Issue 11: peak memory of a CSV read was ~50× the file (a 19.8 MB CSV of tiny cells peaked at
 * 952 MB). The heap the parsed sheet retains is bounded relative to the file: a ratio, not an
 * absolute figure, so the machine does not matter. Measured: old reader ~39×, now ~7×.
 */
import { describe, expect, it } from 'vitest'
import { readCsv } from '../../../src/shared/import/csv-reader'

describe('CSV memory is bounded by the file size', () => {
  it('a 4 MB CSV of tiny cells retains under 25× its size', () => {
    const row = Array(200).fill('1').join(',')
    const bytes = new TextEncoder().encode(`${row}\n`.repeat(10_000))
    const before = process.memoryUsage().heapUsed
    const book = readCsv(bytes)
    const retained = process.memoryUsage().heapUsed - before
    expect(book.ok).toBe(true)
    if (process.env.IMPORT_BENCH_LOG) console.info(retained / bytes.length)
    expect(retained / bytes.length, `${(retained / 1e6).toFixed(0)} MB for ${(bytes.length / 1e6).toFixed(1)} MB`).toBeLessThan(25)
  })
})
