import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sizeCommand } from '../../src/cli/commands/size'
import { COMMANDS } from '../../src/cli/index'
import { DEFAULT_BREACH_SIZING, DEFAULT_MC_SETTINGS, referenceMcSettings, sizeToBreach, type BreachSizingResult } from '@shared/analysis'
import { captureOutput } from './cli-helpers'
import { mcSampleProjects } from '../shared/analysis/fixtures'

const pgm = mcSampleProjects().find((s) => s.name === 'pgm-catalyst-recovery.json')!.project
const dir = mkdtempSync(join(tmpdir(), 'bankable-size-'))
const file = join(dir, 'pgm.json')
writeFileSync(file, JSON.stringify(pgm))

describe('cli size', () => {
  it('is registered with its usage, and the dispatcher loads it on demand', async () => {
    const c = COMMANDS.find((x) => x.name === 'size')!
    expect(c.usage).toMatch(/^size FILE --breach-prob P \[--p90-covenant DSCR\] \[--draws N\] \[--seed S\]/)
    const bad = captureOutput()
    expect(await c.run([], bad.sink)).toBe(2)
    expect(bad.out.stderr).toMatch(/^size: /)
  })
  it('--json: the engine’s result for the same settings, reproducible, exit 0', async () => {
    const a = captureOutput()
    expect(await sizeCommand([file, '--breach-prob', '0.10', '--draws', '400', '--seed', '42', '--ou', '0.5', '--volatility', '0.25', '--json'], a.sink)).toBe(0)
    const j = JSON.parse(a.out.stdout) as BreachSizingResult
    const direct = sizeToBreach(pgm, { ...DEFAULT_BREACH_SIZING, target: { maxBreachProbability: 0.1, p90Covenant: null }, mc: { ...DEFAULT_MC_SETTINGS, draws: 400, seed: 42, process: { kind: 'ou', meanReversionPerYear: 0.5 } } })
    if (!direct.ok) throw new Error(direct.reason)
    expect(j.chosen.amount).toBe(direct.chosen.amount)
    expect(j.chosen.breachProbability).toBeLessThanOrEqual(0.1)
    expect(j.curve).toHaveLength(21)
    const b = captureOutput()
    await sizeCommand([file, '--breach-prob', '0.10', '--draws', '400', '--seed', '42', '--ou', '0.5', '--volatility', '0.25', '--json'], b.sink)
    const strip = (s: string) => s.replace(/"elapsedMs": \d+/, '')
    expect(strip(b.out.stdout)).toBe(strip(a.out.stdout))
  })
  it('text: the sentence, the chosen point with its standard error, the deterministic sizing, the curve', async () => {
    const c = captureOutput()
    expect(await sizeCommand([file, '--breach-prob', '0.1', '--p90-covenant', '1.3', '--draws', '300', '--seed', '7', '--ou', '0.5', '--volatility', '0.25', '--points', '5'], c.sink)).toBe(0)
    const lines = c.out.stdout.split('\n')
    expect(lines[0]).toMatch(/^Sized to P\(min DSCR < 1\.00x\) ≤ 10 % and P90 min DSCR ≥ 1\.30x: USD \d+\.\d\d m \(deterministic sizing USD 4\.95 m\), 300 draws, seed 7, mean-reverting/)
    expect(lines[1]).toMatch(/^P\(min DSCR < 1\.00x\) = [\d.]+ % ± [\d.]+ % \(1 s\.e\.; 95 % /)
    expect(c.out.stdout).toMatch(/deterministic \(gearing\)\s+USD 4\.95 m\s+1\.0000×/)
    expect(lines.filter((l) => /^ {2}\d+ /.test(l))).toHaveLength(5)
  })
  it('without --volatility or --ou: the reference price process, its sources in the sentence; --ou alone keeps the reference volatilities', async () => {
    const a = captureOutput()
    expect(await sizeCommand([file, '--breach-prob', '0.5', '--draws', '300', '--seed', '3', '--points', '5', '--json'], a.sink)).toBe(0)
    const j = JSON.parse(a.out.stdout) as BreachSizingResult
    const mc = referenceMcSettings(pgm, { ...DEFAULT_MC_SETTINGS, draws: 300, seed: 3 })
    expect(j.settings.mc).toEqual(mc)
    const direct = sizeToBreach(pgm, { ...DEFAULT_BREACH_SIZING, curvePoints: 5, target: { maxBreachProbability: 0.5, p90Covenant: null }, mc })
    if (!direct.ok) throw new Error(direct.reason)
    expect(j.chosen.amount).toBe(direct.chosen.amount)
    expect(j.assumptions.process).toBe('mean-reverting (Ornstein–Uhlenbeck, κ = 0.17/yr, assumption: no price series of the metal stored — the pooled κ, estimated from IMF monthly Ni prices 1980–2015) to the deck')
    expect(j.assumptions.prices.map((p) => p.volatility)).toEqual([0.265, 0.353, 0.5])
    const b = captureOutput()
    expect(await sizeCommand([file, '--breach-prob', '0.5', '--draws', '50', '--ou', '0.4', '--points', '3', '--json'], b.sink)).toBe(0)
    const k = JSON.parse(b.out.stdout) as BreachSizingResult
    expect(k.settings.mc.process).toEqual({ kind: 'ou', meanReversionPerYear: 0.4 })
    expect(k.assumptions.prices.map((p) => p.volatility)).toEqual([0.265, 0.353, 0.5])
  })
  it('usage errors exit 2; a refused project exits 1', async () => {
    const cases: [string[], RegExp][] = [
      [[file], /give --breach-prob P, --p90-covenant DSCR, or both/],
      [[file, '--breach-prob', '1'], /--breach-prob must be from 0 to below 1/],
      [[file, '--p90-covenant', '0'], /--p90-covenant must be a DSCR above 0/],
      [[file, '--breach-prob', '0.1', '--draws', '50001'], /--draws must be a whole number from 1 to 50000/],
      [[file, '--breach-prob', '0.1', '--points', '2'], /--points must be a whole number from 3 to 101/],
      [['--breach-prob', '0.1'], /missing FILE/],
      [[file, '--breach-prob', '0.1', '--bogus'], /unknown option --bogus/]
    ]
    for (const [args, message] of cases) {
      const c = captureOutput()
      expect(await sizeCommand(args, c.sink)).toBe(2)
      expect(c.out.stderr).toMatch(message)
      expect(c.out.stderr).toContain('usage: size FILE')
    }
    const p = structuredClone(pgm)
    p.financing.gearing = '0'
    const f = join(dir, 'no-debt.json')
    writeFileSync(f, JSON.stringify(p))
    const c = captureOutput()
    expect(await sizeCommand([f, '--breach-prob', '0.1', '--draws', '20'], c.sink)).toBe(1)
    expect(c.out.stderr).toMatch(/^size: the deterministic sizing gives no senior debt to scale/)
  })
})
