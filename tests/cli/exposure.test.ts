import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exposureCommand } from '../../src/cli/commands/exposure'
import { computeExposureLedger } from '@shared/analysis'
import { captureOutput, runCliProcess } from './cli-helpers'
import { lithiumCase } from '../shared/analysis/exposure/fixtures'
import { inrPlantUsdDebt } from '../shared/engine/two-tranche-project'

const dir = mkdtempSync(join(tmpdir(), 'bankable-exposure-'))
const file = join(dir, 'li.json')
const project = lithiumCase((p) => void (p.feedstock[0]!.purchase = { basis: 'pctOfContained', pctOfContained: '0.7', logisticsPerTonne: '0', escalation: '0' }))
writeFileSync(file, JSON.stringify(project))

describe('cli exposure', () => {
  it('--json: the ledger at full precision, exit 0', async () => {
    const c = captureOutput()
    expect(await exposureCommand([file, '--json'], c.sink)).toBe(0)
    const j = JSON.parse(c.out.stdout) as { project: string; ledger: unknown; joint?: unknown }
    expect(j.ledger).toEqual(JSON.parse(JSON.stringify(computeExposureLedger(project, { step: '0.1' }))))
    expect(j.joint).toBeUndefined()
  })

  it('text: one row per driver with gross, every offset and net; the hand case nets 30 % of gross', async () => {
    const c = captureOutput()
    expect(await exposureCommand([file], c.sink)).toBe(0)
    expect(c.out.stdout).toContain('natural-hedge ledger, per +10 % move, summed over the loan life 2027-01-01 to 2029-12-31 (periods 2–4), debt held as sized')
    // Gross 798,450; the feed at 70 % of contained removes 558,915; 239,535 is left, 16.02 % of CFADS 1,495,350.
    expect(c.out.stdout).toMatch(/Li price\s+798,450\s+0\s+558,915\s+0\s+0\s+0\s+0\s+0\s+0\s+239,535\s+16\.02 %/)
  })

  it('--joint A,B adds the grid and its sentence; --step changes the move', async () => {
    const f = join(dir, 'fx.json')
    writeFileSync(f, JSON.stringify(inrPlantUsdDebt()))
    const c = captureOutput()
    expect(await exposureCommand([f, '--joint', 'metal:Ni,fx:INR', '--step', '0.2'], c.sink)).toBe(0)
    expect(c.out.stdout).toContain('per +20 % move')
    expect(c.out.stdout).toMatch(/Joint stress: minimum DSCR over the loan life, debt held as sized\nNi price \\ FX: INR per USD\s+-10 %/)
    expect(c.out.stdout).toMatch(/If Ni prices fall 30 % and INR weakens against USD \(units per USD \+10 %\), with the debt held as sized, the minimum DSCR over the loan life goes from \d\.\d\dx to/)
  })

  it('exit 2 on a bad step, option or joint pair; 1 on a missing file', async () => {
    for (const args of [[], [file, '--step', '1'], [file, '--nope'], [file, '--joint', 'metal:Li'], [file, '--joint', 'metal:Li,fx:INR']]) {
      const c = captureOutput()
      expect(await exposureCommand(args, c.sink), args.join(' ')).toBe(2)
      expect(c.out.stderr).toContain('usage: exposure FILE')
    }
    const c = captureOutput()
    expect(await exposureCommand([join(dir, 'nope.json')], c.sink)).toBe(1)
  })

  it('is registered in the command table and its help', () => {
    const r = runCliProcess(['help'])
    expect(r.stdout).toContain('exposure FILE [--step 0.1] [--joint A,B] [--json]')
  })
})
