import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArgs, parseJsonSafely, readTextFile } from '../../src/cli/io'
import { Decimal } from '../../src/shared/decimal'
import { amount as formatAmount, percent as formatPercent, quantity as formatQuantity, table } from '../../src/cli/text'

describe('CLI I/O helpers', () => {
  it('parseArgs separates known flags and positionals, refuses unknown flags, honours --', () => {
    expect(parseArgs(['a.json', '--json'], ['--json'])).toEqual({ ok: true, positionals: ['a.json'], flags: new Set(['--json']) })
    expect(parseArgs(['--xml'], ['--json'])).toEqual({ ok: false, message: 'unknown option --xml' })
    expect(parseArgs(['--', '--json'], ['--json'])).toEqual({ ok: true, positionals: ['--json'], flags: new Set() })
    expect(parseArgs(['-'], [])).toMatchObject({ ok: true, positionals: ['-'] })
  })

  it('readTextFile refuses files above the limit and names the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bankable-io-'))
    const path = join(dir, 'big.json')
    writeFileSync(path, 'x'.repeat(2048))
    expect(await readTextFile(path, 1024)).toEqual({ ok: false, message: `${path}: larger than 0 MB` })
    expect(await readTextFile(path)).toMatchObject({ ok: true })
  })

  it('parseJsonSafely strips prototype keys and reports bad JSON', () => {
    const r = parseJsonSafely('{"__proto__":{"polluted":1},"a":{"constructor":{"x":1},"b":2}}')
    expect(r).toEqual({ ok: true, value: { a: { b: 2 } } })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(parseJsonSafely('{').ok).toBe(false)
  })

  it('formats amounts half-up with grouping, quantities at full precision, percents trimmed', () => {
    expect(formatAmount(new Decimal('1234567.005'), 'USD', 2)).toBe('1,234,567.01')
    expect(formatAmount(new Decimal('-931.0534'), 'INR', 2)).toBe('-931.05')
    expect(formatAmount(new Decimal('2.5'), 'JPY', 0)).toBe('3')
    expect(formatQuantity(new Decimal('1970'))).toBe('1,970')
    expect(formatPercent(new Decimal('0.015'))).toBe('1.5 %')
    expect(table([['a', 'bb'], ['ccc', 'd']])).toBe('a    bb\nccc   d\n')
  })
})
