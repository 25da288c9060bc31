import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { simulateCommand } from '../../src/cli/commands/simulate'
import { captureOutput } from './cli-helpers'
import { richProject } from '../shared/analysis/fixtures'

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
  it('exit 2 on usage errors, 1 on an unreadable file', async () => {
    for (const args of [[], [file, '--draws'], [file, '--draws', 'x'], [file, '--bogus'], [file, '--json', '--csv'], [file, '--volatility', '-1']]) {
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
