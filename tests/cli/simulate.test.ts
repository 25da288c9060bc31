import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { simulateCommand } from '../../src/cli/commands/simulate'
import { captureOutput } from './cli-helpers'
import { richProject } from '../shared/analysis/fixtures'
import { inrPlantUsdDebt } from '../shared/engine/two-tranche-project'

const dir = mkdtempSync(join(tmpdir(), 'bankable-sim-'))
const file = join(dir, 'rich.json')
writeFileSync(file, JSON.stringify(richProject()))

describe('cli simulate', () => {
  it('--json: P10/P50/P90 per metric, same seed → same output, exit 0', async () => {
    const a = captureOutput()
    expect(await simulateCommand([file, '--draws', '300', '--seed', '5', '--json'], a.sink)).toBe(0)
    const j = JSON.parse(a.out.stdout) as { stats: Record<string, { p50: number | null; count: number }>; probabilityBelowCovenant: number; draws?: unknown }
    expect(j.stats.npv.count).toBe(300)
    expect(typeof j.stats.minDscr.p50).toBe('number')
    expect(j.draws).toBeUndefined()
    const b = captureOutput()
    await simulateCommand([file, '--draws', '300', '--seed', '5', '--json'], b.sink)
    const strip = (s: string) => s.replace(/"elapsedMs": \d+/, '')
    expect(strip(b.out.stdout)).toBe(strip(a.out.stdout))
  })
  it('--csv: one line per draw plus a header', async () => {
    const c = captureOutput()
    expect(await simulateCommand([file, '--draws', '20', '--csv', '--ou', '0.7'], c.sink)).toBe(0)
    expect(c.out.stdout.trimEnd().split('\r\n')).toHaveLength(21)
  })
  it('--csv neutralises formula-looking product names in the header (they are user text)', async () => {
    const p = richProject()
    p.products[0]!.name = '=HYPERLINK("http://x.invalid","click")'
    p.products[1]!.name = '\n=cmd'
    p.products[2]!.name = '@SUM(A1)'
    const f = join(dir, 'formula-names.json')
    writeFileSync(f, JSON.stringify(p))
    const c = captureOutput()
    const code = await simulateCommand([f, '--draws', '5', '--csv'], c.sink)
    expect(c.out.stderr).toBe('')
    expect(code).toBe(0)
    const header = c.out.stdout.split('\r\n')[0]!
    expect(header).toContain(`"'=HYPERLINK(""http://x.invalid"",""click"") price multiplier (mean over operating years) (×)"`)
    expect(header).toContain(`"'\n=cmd price multiplier`)
    expect(header).toContain(`'@SUM(A1) price multiplier`)
  })
  it('text output names the covenant probability', async () => {
    const c = captureOutput()
    expect(await simulateCommand([file, '--draws', '50'], c.sink)).toBe(0)
    expect(c.out.stdout).toMatch(/P\(min DSCR < covenant 1\.30x\) = \d+\.\d\d %/)
  })
  it('the header names the price process: the reference one by default, a flat GBM at --volatility', async () => {
    const c = captureOutput()
    expect(await simulateCommand([file, '--draws', '20'], c.sink)).toBe(0)
    expect(c.out.stdout.split('\n')[0]).toMatch(/20 draws, seed 1, OU κ=0\.17 \(reference price process\), volatility \S.* \d+\.\d\d %/)
    const d = captureOutput()
    expect(await simulateCommand([file, '--draws', '20', '--volatility', '0.3'], d.sink)).toBe(0)
    expect(d.out.stdout.split('\n')[0]).toContain('20 draws, seed 1, GBM, volatility 30.00 %;')
  })
  it('--fx: FX as a driver on a project with an unhedged USD tranche (INR reporting); FX fixed without it', async () => {
    const f = join(dir, 'fx.json')
    writeFileSync(f, JSON.stringify(inrPlantUsdDebt()))
    const on = captureOutput()
    expect(await simulateCommand([f, '--draws', '200', '--volatility', '0', '--fx', '--fx-volatility', '0.2', '--json'], on.sink)).toBe(0)
    const j = JSON.parse(on.out.stdout) as { settings: { fx: { volatility: Record<string, number> } }; stats: { minDscr: { p10: number; p90: number } } }
    expect(j.settings.fx.volatility.INR).toBe(0.2)
    // Prices fixed (volatility 0): the spread of the minimum DSCR is FX moving the USD tranche's service.
    expect(j.stats.minDscr.p90 - j.stats.minDscr.p10).toBeGreaterThan(0.2)
    const off = captureOutput()
    await simulateCommand([f, '--draws', '200', '--volatility', '0', '--json'], off.sink)
    const k = JSON.parse(off.out.stdout) as { settings: { fx?: unknown }; stats: { minDscr: { p10: number; p90: number } } }
    expect(k.settings.fx).toBeUndefined()
    expect(k.stats.minDscr.p90).toBe(k.stats.minDscr.p10)
    const text = captureOutput()
    await simulateCommand([f, '--draws', '20', '--fx-price-correlation', '0.3'], text.sink)
    expect(text.out.stdout).toContain('; FX INR volatility 10.00 %, FX–price correlation 0.30')
    const usd = captureOutput()
    await simulateCommand([file, '--draws', '20'], usd.sink)
    expect(usd.out.stdout).toContain('; FX fixed on the table path')
  })
  it('exit 2 on usage errors, 1 on an unreadable file', async () => {
    for (const args of [[], [file, '--draws'], [file, '--draws', 'x'], [file, '--bogus'], [file, '--json', '--csv'], [file, '--volatility', '-1'], [file, '--fx-volatility', '-0.1'], [file, '--fx-price-correlation', '2']]) {
      const c = captureOutput()
      expect(await simulateCommand(args, c.sink), args.join(' ')).toBe(2)
      expect(c.out.stderr).toMatch(/usage: simulate FILE/)
    }
    const c = captureOutput()
    expect(await simulateCommand([join(dir, 'missing.json'), '--json'], c.sink)).toBe(1)
    expect(c.out.stderr).toMatch(/no such file/)
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, '{"schemaVersion":1}')
    const d = captureOutput()
    expect(await simulateCommand([bad], d.sink)).toBe(1)
  })
})
