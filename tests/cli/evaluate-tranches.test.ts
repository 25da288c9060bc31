import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateCommand, type EvaluateJson } from '../../src/cli/commands/evaluate'
import { handProject } from '../shared/engine/hand-project'
import { tranche } from '../shared/model/tranche-fixtures'
import { captureOutput } from './cli-helpers'

const dir = mkdtempSync(join(tmpdir(), 'bankable-evaluate-tranches-'))

/** The two-tranche hand case of tests/shared/engine/tranches.test.ts (USD 10 % equal over 3 years; INR 8 % equal over 2 years, unhedged). */
function twoTrancheFile(): string {
  const p = handProject()
  p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '80' }, { year: 2028, perUsd: '100' }] }] }
  p.financing.tranches = [
    tranche('USD', { annualRate: '0.1', tenorYears: 3, graceMonths: 0, repayment: 'equal', upfrontFee: '0' }, { id: 'us-bank', name: 'US bank', lenderType: 'commercialBank', share: '0.5' }),
    tranche('INR', { annualRate: '0.08', tenorYears: 2, graceMonths: 0, repayment: 'equal', upfrontFee: '0' }, { id: 'india-dfi', name: 'India DFI', lenderType: 'dfi', share: '0.5' })
  ]
  const file = join(dir, 'two.json')
  writeFileSync(file, JSON.stringify(p))
  return file
}

describe('evaluate --json: the tranche contract (issue #14)', () => {
  it('a top-level "tranches" array, one object per tranche with exactly the contract keys; debtAtCod adds up to metrics.debtAtCod', async () => {
    const { out, sink } = captureOutput()
    expect(await evaluateCommand([twoTrancheFile(), '--json'], sink)).toBe(0)
    const doc = JSON.parse(out.stdout) as EvaluateJson
    expect(doc.tranches).toEqual([
      { id: 'us-bank', name: 'US bank', lenderType: 'commercialBank', currency: 'USD', hedged: false, debtAtCod: 300000, debtAtCodInCurrency: 300000, finalMaturity: '2029-12-31' },
      { id: 'india-dfi', name: 'India DFI', lenderType: 'dfi', currency: 'INR', hedged: false, debtAtCod: 300000, debtAtCodInCurrency: 24000000, finalMaturity: '2028-12-31' }
    ])
    for (const t of doc.tranches) expect(Object.keys(t)).toEqual(['id', 'name', 'lenderType', 'currency', 'hedged', 'debtAtCod', 'debtAtCodInCurrency', 'finalMaturity'])
    expect(doc.tranches.reduce((a, t) => a + t.debtAtCod, 0)).toBe(doc.metrics.debtAtCod)
  })

  it('every period carries each tranche (reporting currency unless InCurrency); a tranche is zero from its final maturity on', async () => {
    const { out, sink } = captureOutput()
    expect(await evaluateCommand([twoTrancheFile(), '--json'], sink)).toBe(0)
    const doc = JSON.parse(out.stdout) as EvaluateJson
    for (const p of doc.periods) {
      expect(p.tranches.map((t) => t.id)).toEqual(['us-bank', 'india-dfi'])
      for (const t of p.tranches) expect(Object.keys(t)).toEqual(['id', 'balance', 'balanceInCurrency', 'interest', 'principal', 'fees'])
    }
    // 2028 (period 3) at INR 100 per USD: interest 960,000 / 100, principal 12 m / 100, balance 0 from maturity.
    expect(doc.periods[2]!.tranches[1]).toEqual({ id: 'india-dfi', balance: 0, balanceInCurrency: 0, interest: 9600, principal: 120000, fees: 0 })
    expect(doc.periods[3]!.tranches[1]).toEqual({ id: 'india-dfi', balance: 0, balanceInCurrency: 0, interest: 0, principal: 0, fees: 0 })
    expect(doc.periods[1]!.tranches[1]).toEqual({ id: 'india-dfi', balance: 150000, balanceInCurrency: 12000000, interest: 24000, principal: 150000, fees: 0 })
    for (const p of doc.periods) expect(p.tranches.reduce((a, t) => a + t.balance, 0)).toBeCloseTo(p.balance, 6)
  })

  it('a single-debt project reports one tranche in the reporting currency', async () => {
    const file = join(dir, 'one.json')
    writeFileSync(file, JSON.stringify(handProject()))
    const { out, sink } = captureOutput()
    expect(await evaluateCommand([file, '--json'], sink)).toBe(0)
    const doc = JSON.parse(out.stdout) as EvaluateJson
    expect(doc.tranches).toEqual([{ id: 'senior', name: 'Senior debt', lenderType: 'other', currency: 'USD', hedged: false, debtAtCod: 600000, debtAtCodInCurrency: 600000, finalMaturity: '2029-12-31' }])
    expect(doc.periods[1]!.tranches[0]!.balance).toBe(doc.periods[1]!.balance)
  })
})
