/**
 * The three statement sheets of the Excel model (methodology §12; model/statements.ts), evaluated by the
 * in-repo evaluator: every line equals the engine's statements (engine/statements.ts) on projects whose
 * waterfall the Cash flow sheet lays out (the hand project; a grant with a cash DSRA; the two-tranche case
 * with its FX revaluation), and Checks!chk.statements is TRUE.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runModel, type ModelResult } from '@shared/engine'
import { buildStatements } from '@shared/engine/statements'
import { parseProject, type Project } from '@shared/model'
import { readProjectFile } from '@shared/model/project-file'
import { describeModel } from '@shared/workbook/build-model'
import { WorkbookEvaluator } from '@shared/workbook/formula-eval'
import { FIRST_PERIOD_COL } from '@shared/workbook/grid'
import { handProject } from '../engine/hand-project'
import { twoTranches } from '../engine/two-tranche-project'

const META = { exportedAt: '2026-01-01T00:00:00Z', appVersion: 'test', projectSha256: '0'.repeat(64) }

function evaluated(project: Project) {
  const result = runModel(project)
  const d = describeModel(project, result, META)
  if (!d.ok) throw new Error(d.message)
  const ev = new WorkbookEvaluator(d.workbook)
  const row = (key: string) => {
    const loc = d.rows[key]
    if (!loc) throw new Error(`no row ${key}`)
    return result.periods.map((_, i) => Number(ev.cell(loc.sheet, loc.row, FIRST_PERIOD_COL + i)))
  }
  const scalar = (key: string) => ev.cell(d.rows[key]!.sheet, d.rows[key]!.row, 3)
  return { result, row, scalar }
}

/** Workbook row key → the engine's line. */
const LINES: [string, (s: ReturnType<typeof buildStatements>['perPeriod']) => { toNumber(): number }[]][] = [
  ['is.ebitda', (s) => s.income.ebitda], ['is.dep', (s) => s.income.depreciation], ['is.interest', (s) => s.income.seniorInterest], ['is.hedge', (s) => s.income.hedgeCost],
  ['is.fx', (s) => s.income.fxRevaluation], ['is.tax', (s) => s.income.tax], ['is.ni', (s) => s.income.netIncome],
  ['cs.op', (s) => s.cashFlow.operating], ['cs.inv', (s) => s.cashFlow.investing], ['cs.fin', (s) => s.cashFlow.financing], ['cs.closing', (s) => s.cashFlow.closingCash],
  ['bs.fixed', (s) => s.balance.fixedAssets], ['bs.assets', (s) => s.balance.totalAssets], ['bs.debt', (s) => s.balance.seniorDebt], ['bs.liab', (s) => s.balance.totalLiabilities],
  ['bs.paidIn', (s) => s.balance.paidInEquity], ['bs.grants', (s) => s.balance.capitalGrants], ['bs.retained', (s) => s.balance.retainedEarnings], ['bs.equity', (s) => s.balance.totalEquity]
]

function expectSameAsEngine(project: Project) {
  const { result, row, scalar } = evaluated(project)
  const s = buildStatements(result as ModelResult).perPeriod
  for (const [key, line] of LINES) {
    const engine = line(s).map((x) => x.toNumber())
    row(key).forEach((v, i) => expect(Math.abs(v - engine[i]!), `${key} period ${i + 1}: workbook ${v}, engine ${engine[i]}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(engine[i]!))))
  }
  for (const v of row('bs.check')) expect(Math.abs(v)).toBeLessThan(1e-6)
  expect(scalar('chk.statements')).toBe(true)
  expect(scalar('chk.all')).toBe(true)
}

const valid = (p: Project): Project => {
  const r = parseProject(p)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('; '))
  return r.value
}

describe('Excel statements: Income, Balance sheet, Cash flow statement', () => {
  it('the hand project: every line as the engine, balanced, chk.statements TRUE', () => expectSameAsEngine(valid(handProject())))
  it('a grant and a cash DSRA', () => {
    const p = handProject()
    p.financing.grants = [{ id: 'g', name: 'PLI', amount: '100000' }]
    p.financing.dsra = { enabled: true, months: 6 }
    expectSameAsEngine(valid(p))
  })
  it('two tranches, the INR one unhedged: the FX gain of 30,000 in 2028', () => {
    expectSameAsEngine(twoTranches(false))
    expect(evaluated(twoTranches(false)).row('is.fx').map((x) => Math.round(x * 100) / 100 + 0)).toEqual([0, 0, 30000, 0])
  })
  it('two tranches, hedged', () => expectSameAsEngine(twoTranches(true)))
})

describe('Excel statements of the samples', () => {
  for (const name of ['pgm-catalyst-recovery', 'india-black-mass-hydromet', 'india-black-mass-three-lenders']) {
    it(`${name}: the Balance sheet balances in every period and chk.statements is TRUE`, () => {
      const r = readProjectFile(readFileSync(`resources/samples/${name}.json`, 'utf8'))
      if (!r.ok) throw new Error(`${name} does not read`)
      const { row, scalar } = evaluated(r.value)
      const assets = row('bs.assets')
      row('bs.check').forEach((v, i) => expect(Math.abs(v), `period ${i + 1}`).toBeLessThanOrEqual(1e-9 * Math.max(1, assets[i]!)))
      expect(scalar('chk.statements')).toBe(true)
    }, 120_000)
  }
})
