import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateCommand, type EvaluateJson } from '../../src/cli/commands/evaluate'
import { handProject } from '../shared/engine/hand-project'
import { captureOutput, ROOT } from './cli-helpers'

const dir = mkdtempSync(join(tmpdir(), 'bankable-evaluate-statements-'))

async function evaluate(file: string): Promise<EvaluateJson> {
  const { out, sink } = captureOutput()
  expect(await evaluateCommand([file, '--json'], sink)).toBe(0)
  return JSON.parse(out.stdout) as EvaluateJson
}

describe('evaluate --json: statements (§12, issue #15)', () => {
  it('every period has totalAssets and balanceCheck; the statements block per period and per year (hand case: statements.test.ts)', async () => {
    const file = join(dir, 'hand.json')
    writeFileSync(file, JSON.stringify(handProject()))
    const doc = await evaluate(file)
    // 2027: fixed assets 666,666.67 + receivables 152,100.
    expect(doc.periods.map((p) => Math.round(p.totalAssets * 100) / 100)).toEqual([1000000, 818766.67, 485433.33, 0])
    for (const p of doc.periods) expect(Math.abs(p.balanceCheck)).toBeLessThanOrEqual(1e-9 * Math.max(p.totalAssets, 0))
    const s = doc.statements
    expect(s.perPeriod.map((p) => p.index)).toEqual([1, 2, 3, 4])
    expect(s.annual.map((a) => a.year)).toEqual([2026, 2027, 2028, 2029])
    expect(s.perPeriod[1]!.income.netIncome).toBeCloseTo(245750, 6)
    expect(s.perPeriod[1]!.balanceSheet.seniorDebt).toBeCloseTo(418731.1178, 3)
    expect(s.perPeriod[1]!.debtByTranche.map((t) => [t.currency, Math.round(t.balance * 100) / 100, t.fxRevaluation])).toEqual([['USD', 418731.12, 0]])
    expect(s.perPeriod[1]!.cashFlow.operating).toBeCloseTo(486983.33, 1)
    expect(Object.keys(s.perPeriod[1]!.balanceSheet)).toEqual([
      'fixedAssets', 'land', 'receivables', 'inventory', 'dsraCash', 'mraCash', 'lockupCash', 'cash', 'totalAssets', 'payables', 'seniorDebt', 'wcFacility', 'lcDrawn',
      'totalLiabilities', 'paidInEquity', 'sponsorSupport', 'capitalGrants', 'retainedEarnings', 'totalEquity', 'balanceCheck'
    ])
  })

  for (const name of ['pgm-catalyst-recovery', 'india-black-mass-hydromet', 'india-black-mass-three-lenders']) {
    it(`${name}: |balanceCheck| ≤ 1e-9 · totalAssets in every period, and the cash-flow statement's closing cash is the cash balance`, async () => {
      const doc = await evaluate(join(ROOT, 'resources/samples', `${name}.json`))
      for (const p of doc.periods) expect(Math.abs(p.balanceCheck)).toBeLessThanOrEqual(1e-9 * p.totalAssets)
      doc.statements.perPeriod.forEach((s, i) => expect(s.cashFlow.closingCash).toBeCloseTo(doc.periods[i]!.cashBalance, 4))
      expect(doc.statements.maxRelativeBalanceCheck).toBeLessThan(1e-30)
    })
  }
})

describe('evaluate (text): the statements line', () => {
  it('says the balance sheet balances', async () => {
    const file = join(dir, 'hand-text.json')
    writeFileSync(file, JSON.stringify(handProject()))
    const { out, sink } = captureOutput()
    expect(await evaluateCommand([file], sink)).toBe(0)
    expect(out.stdout).toMatch(/Statements: the balance sheet balances in every period \(largest \|assets − liabilities − equity\| \S+ USD/)
  })
})
