import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lotCommand } from '../../src/cli/commands/lot'
import { captureOutput, runCliProcess } from './cli-helpers'

const C1 = 'resources/lots/c1-catalyst-lot.json'
const C3 = 'resources/lots/c3-black-mass-lot.json'

describe('lot (spawned CLI)', () => {
  it('prints the C1 settlement table with net 254,869.51', () => {
    const r = runCliProcess(['lot', C1])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/Net settlement \(USD\)\s+254,869\.51/)
    expect(r.stdout).toMatch(/Pt\s+1000\s+98 %\s+63\.337\s+62\.070\s+1,308\.00\s+81,187\.86\s+15\.00\s+-931\.05/)
    expect(r.stdout).toMatch(/Treatment charge\s+-3,000\.00/)
  })

  it('prints the C3 black-mass table with 3,698.24 per t', () => {
    const r = runCliProcess(['lot', C3])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/Value per dry t\s+3,698\.24/)
    expect(r.stdout).toMatch(/Ni\s+20 %\s+15,200\.00\s+3,040\.00\s+74 %\s+2,249\.60/)
    expect(r.stdout).toMatch(/Li \(as LCE\)\s+3\.5 %\s+8,400\.00\s+1,564\.87\s+5 %\s+78\.24/)
    expect(r.stdout).toContain('Li-inclusive: Ni 75.6 %, Co 75.6 %')
  })

  it('--json gives every intermediate at full precision and the rounded settlement', () => {
    const r = runCliProcess(['lot', C1, '--json'])
    expect(r.code).toBe(0)
    const j = JSON.parse(r.stdout) as { valuation: { netDryKg: string; metals: { containedToz: string }[]; settlement: { net: string } } }
    expect(j.valuation.netDryKg).toBe('1970')
    expect(j.valuation.metals[0]!.containedToz.startsWith('63.33697074')).toBe(true)
    expect(j.valuation.settlement.net).toBe('254869.51')
    const b = JSON.parse(runCliProcess(['lot', '--json', C3]).stdout) as { valuation: { settlement: { valuePerTonne: string } } }
    expect(b.valuation.settlement.valuePerTonne).toBe('3698.24')
  })

  it('usage errors exit 2', () => {
    expect(runCliProcess(['lot']).code).toBe(2)
    expect(runCliProcess(['lot', C1, '--csv']).code).toBe(2)
  })
})

describe('lot (in-process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bankable-lot-'))
  it('an invalid lot exits 1 with path lines', async () => {
    const path = join(dir, 'bad.json')
    writeFileSync(path, JSON.stringify({ schemaVersion: 1, kind: 'catalyst-lot', id: 'x', name: 'x', currency: 'USD', pricingDate: '2025-02-30',
      weights: { grossKg: '0', netWetKg: '1e3', moistureFraction: '0' }, assays: {}, treatmentChargePerWetKg: '0', lotCharges: [], advance: null }))
    const { out, sink } = captureOutput()
    expect(await lotCommand([path], sink)).toBe(1)
    const lines = out.stdout.trim().split('\n')
    expect(lines.some((l) => l.startsWith('pricingDate: '))).toBe(true)
    expect(lines.some((l) => l.startsWith('weights.netWetKg: '))).toBe(true)
    expect(lines.some((l) => l.startsWith('assays: needs at least one assayed metal'))).toBe(true)
  })
  it('a 100k-deep lot file is refused before JSON.parse (no "Maximum call stack size exceeded")', async () => {
    const path = join(dir, 'deep.json')
    writeFileSync(path, '  ' + '['.repeat(100_000) + ']'.repeat(100_000))
    const { out, sink } = captureOutput()
    expect(await lotCommand([path], sink)).toBe(1)
    expect(out.stdout).toBe('(file): nested deeper than 200 levels at byte 202\n')
  })

  it('a number JSON reads as Infinity is named by its path', async () => {
    const path = join(dir, 'huge.json')
    writeFileSync(path, '{"kind":"catalyst-lot","weights":{"netWetKg":1e400},"list":[1,-1e999]}')
    const { out, sink } = captureOutput()
    expect(await lotCommand([path], sink)).toBe(1)
    expect(out.stdout).toBe('weights.netWetKg: number is too large (not finite)\n')
  })

  it('not JSON exits 1', async () => {
    const path = join(dir, 'text.json')
    writeFileSync(path, 'hello')
    const { out, sink } = captureOutput()
    expect(await lotCommand([path], sink)).toBe(1)
    expect(out.stdout).toContain('(file): not valid JSON')
  })
})
