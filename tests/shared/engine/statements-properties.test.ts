/**
 * Statement invariants (methodology §12) over generated valid projects (fast-check): single-debt projects
 * with waterfall terms (arbitrary-project.ts) and the same split into tranches in three currencies on an FX
 * path (tranched-project.ts). In every period the balance sheet balances to 1e-9 of total assets, the
 * cash-flow statement's change in cash is the change in the balance sheet's cash, and the fixed assets are
 * the tax book value plus land.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal, ZERO } from '@shared/decimal'
import { runModel, type ModelResult } from '@shared/engine'
import { buildStatements } from '@shared/engine/statements'
import { parseProject, type Project } from '@shared/model'
import { readProjectFile } from '@shared/model/project-file'
import { arbitraryProject } from './arbitrary-project'
import { tranched } from './tranched-project'

const sum = (s: readonly Decimal[]) => s.reduce((a, b) => a.plus(b), ZERO)

/** |x| ≤ rel · scale, with an absolute floor far below a minor unit for periods with nothing on the books. */
const within = (x: Decimal, scale: Decimal, rel = '1e-9') => x.abs().lte(scale.abs().times(rel).plus('1e-18'))

function assertStatements(r: ModelResult): void {
  const built = buildStatements(r)
  const { perPeriod: s, annual } = built
  // The summary the view and the CLI print (a period without assets measured against one minor unit).
  expect(built.maxRelativeBalanceCheck.lte('1e-9'), `max relative check ${built.maxRelativeBalanceCheck}`).toBe(true)
  const b = s.balance
  const c = s.cashFlow
  r.periods.forEach((_, i) => {
    // The balance check is computed, never solved for: assets − liabilities − equity.
    expect(within(b.balanceCheck[i]!, b.totalAssets[i]!), `period ${i + 1}: balance check ${b.balanceCheck[i]} on assets ${b.totalAssets[i]}`).toBe(true)
    // Cash conserved: the cash-flow statement's closing cash is the reserve accounts' balances.
    expect(within(c.closingCash[i]!.minus(b.cash[i]!), b.totalAssets[i]!), `period ${i + 1}: cash`).toBe(true)
    // One ledger: fixed assets are the tax book value (plus land).
    expect(within(b.fixedAssets[i]!.minus(r.tax.bookValue[i]!), b.totalAssets[i]!), `period ${i + 1}: book value`).toBe(true)
    for (const line of [b.dsraCash, b.mraCash, b.lockupCash, b.wcFacility, b.lcDrawn, b.seniorDebt]) expect(line[i]!.isNegative()).toBe(false)
  })
  // Annual rows: flows add up to the periods', the year-end balance sheet is the last period's.
  expect(sum(annual.income.netIncome).minus(sum(s.income.netIncome)).abs().lte('1e-18')).toBe(true)
  expect(annual.balance.balanceCheck.at(-1)!.eq(b.balanceCheck.at(-1)!)).toBe(true)
  // Over the life: what equity put in and took out, plus what is left on the books, is the income earned.
  const equityIn = sum(r.financing.equityContributions).plus(sum(r.financing.sponsorSupport)).plus(sum(r.capex.grants))
  expect(within(b.totalEquity.at(-1)!.minus(equityIn.plus(sum(s.income.netIncome)).minus(sum(r.financing.distributions))), b.totalAssets.at(-1)!)).toBe(true)
}

const run = (project: Project): ModelResult => {
  const parsed = parseProject(project)
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '))
  return runModel(parsed.value)
}

describe('statements balance (fast-check)', () => {
  it('single debt with waterfall terms: balanced, cash conserved, one ledger', () => {
    fc.assert(fc.property(arbitraryProject(), (p) => assertStatements(run(p))), { numRuns: 60 })
  })
  it('maintenance capitalised (the generator expenses it): fixed assets take it and still balance', () => {
    fc.assert(fc.property(arbitraryProject(), (p) => assertStatements(run({ ...p, tax: { ...p.tax, maintenanceCapex: 'capitalised' } }))), { numRuns: 30 })
  })
  it('held debt under a price stress (as breakevens and scenarios run it): still balanced', () => {
    fc.assert(fc.property(tranched, fc.integer({ min: 30, max: 150 }), (p, pct) => {
      const base = runModel(p)
      assertStatements(runModel(p, { fixedDebt: base.debt, priceMultipliers: { all: new Decimal(pct).div(100) } }))
    }), { numRuns: 20 })
  })
  it('tranches in USD, INR and JPY, hedged or not, on an FX path: balanced with the FX revaluation', () => {
    fc.assert(fc.property(tranched, (p) => assertStatements(runModel(p))), { numRuns: 30 })
  })
})

describe('statements of the three samples', () => {
  for (const name of ['pgm-catalyst-recovery', 'india-black-mass-hydromet', 'india-black-mass-three-lenders']) {
    it(`${name} balances in every period`, () => {
      const r = readProjectFile(readFileSync(`resources/samples/${name}.json`, 'utf8'))
      if (!r.ok) throw new Error(`${name} does not read`)
      const result = runModel(r.value)
      assertStatements(result)
      // Recorded in docs/methodology.md §12: the largest |check| relative to total assets is below 1e-38.
      expect(buildStatements(result).maxRelativeBalanceCheck.lt('1e-35')).toBe(true)
    })
  }
})
