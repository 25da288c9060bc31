import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sensitivityCommand } from '../../src/cli/commands/sensitivity'
import { computeTornado } from '@shared/analysis'
import { captureOutput } from './cli-helpers'
import { handProject } from '../shared/engine/hand-project'
import { inrPlantUsdDebt } from '../shared/engine/two-tranche-project'

const dir = mkdtempSync(join(tmpdir(), 'bankable-sens-'))
const file = join(dir, 'hand.json')
writeFileSync(file, JSON.stringify(handProject()))

describe('cli sensitivity', () => {
  it('--json: the tornado and breakeven grid at full precision, exit 0', async () => {
    const c = captureOutput()
    expect(await sensitivityCommand([file, '--json', '--step', '0.2'], c.sink)).toBe(0)
    const j = JSON.parse(c.out.stdout) as { tornado: { rows: { driverId: string; lowFactor: string }[] }; breakeven: { rows: { cells: { minDscr1: { multiplier: { ok: boolean } } } }[] } }
    expect(j.tornado.rows.map((r) => r.driverId).sort()).toEqual(['capex', 'feedstockCost', 'interestRate', 'opex', 'price:all', 'recovery', 'volume'])
    expect(j.tornado.rows[0]!.lowFactor).toBe('0.8')
    expect(j.tornado).toEqual(JSON.parse(JSON.stringify(computeTornado(handProject(), { step: '0.2' }))))
    expect(j.breakeven.rows[0]!.cells.minDscr1.multiplier.ok).toBe(true)
  })
  it('text output lists drivers and breakevens', async () => {
    const c = captureOutput()
    expect(await sensitivityCommand([file], c.sink)).toBe(0)
    expect(c.out.stdout).toMatch(/All prices: min DSCR 1\.00x at \d\.\d{4}×/)
  })
  it('prints the FX breakeven when an amount is in INR (an unhedged USD tranche in an INR project)', async () => {
    const f = join(dir, 'fx.json')
    writeFileSync(f, JSON.stringify(inrPlantUsdDebt()))
    const c = captureOutput()
    expect(await sensitivityCommand([f], c.sink)).toBe(0)
    // The hand figure of tests/shared/analysis/fx-breakeven.test.ts: (1 + d)³ = 776,183.33 / 107,500 → d = 93.28 %.
    expect(c.out.stdout).toContain('FX breakeven: INR depreciation against USD a year from 2026 (debt held at base)\nmin DSCR 1.00x at 93.28 %/yr; covenant at 55.90 %/yr; NPV 0 at not reachable: NPV ≥ 0 still holds')
    const j = captureOutput()
    await sensitivityCommand([f, '--json'], j.sink)
    expect((JSON.parse(j.out.stdout) as { breakeven: { fx: { currencies: string[] } } }).breakeven.fx.currencies).toEqual(['INR'])
    const usd = captureOutput()
    await sensitivityCommand([file], usd.sink)
    expect(usd.out.stdout).not.toContain('FX breakeven')
  })
  it('exit 2 on a bad step or option, 1 on a missing file', async () => {
    for (const args of [[], [file, '--step', '1.5'], [file, '--step', 'abc'], [file, '--nope']]) {
      const c = captureOutput()
      expect(await sensitivityCommand(args, c.sink), args.join(' ')).toBe(2)
    }
    const c = captureOutput()
    expect(await sensitivityCommand([join(dir, 'nope.json')], c.sink)).toBe(1)
  })
})
