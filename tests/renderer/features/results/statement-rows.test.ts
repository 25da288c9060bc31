import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import { buildStatements } from '@shared/engine/statements'
import { parseProject } from '@shared/model'
import { statementRows } from '@renderer/features/results/statement-rows'
import { handProject } from '../../../shared/engine/hand-project'
import { twoTranches } from '../../../shared/engine/two-tranche-project'

const hand = () => {
  const r = parseProject(handProject())
  if (!r.ok) throw new Error('hand project invalid')
  return buildStatements(runModel(r.value))
}

describe('Statements view rows (§12)', () => {
  it('a simple project reads simply: lines it does not use are left out, the check row closes the balance sheet', () => {
    const s = hand()
    expect(statementRows(s.annual, 'income').map((r) => r.id)).toEqual(['revenue', 'feedstock', 'opex', 'ebitda', 'depreciation', 'ebit', 'seniorInterest', 'profitBeforeTax', 'tax', 'netIncome'])
    const balance = statementRows(s.perPeriod, 'balance')
    expect(balance.map((r) => r.id)).toEqual(['fixedAssets', 'receivables', 'totalAssets', 'seniorDebt', 'totalLiabilities', 'paidInEquity', 'retainedEarnings', 'totalEquity', 'balanceCheck'])
    expect(balance.at(-1)!.kind).toBe('check')
    expect(statementRows(s.perPeriod, 'cashFlow').map((r) => r.id)).toContain('netChange')
  })
  it('several tranches: one debt line each (currency, hedged) and their subtotal; the FX revaluation line appears', () => {
    const s = buildStatements(runModel(twoTranches(false)))
    const balance = statementRows(s.annual, 'balance')
    expect(balance.filter((r) => r.id.startsWith('debt-')).map((r) => r.label)).toEqual(['Senior debt: US bank (USD)', 'Senior debt: India DFI (INR)'])
    expect(balance.find((r) => r.id === 'seniorDebt')!.kind).toBe('subtotal')
    expect(statementRows(s.annual, 'income').map((r) => r.id)).toContain('fxRevaluation')
  })
})
