import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import { buildStatements } from '@shared/engine/statements'
import { parseProject } from '@shared/model'
import { statementRows, unbalancedPeriods } from '@renderer/features/results/statement-rows'
import { dec } from '@shared/decimal'
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

describe('the balance check named by period (#17)', () => {
  it('none when the balance sheet balances; a period out by more than 1e-9 of its assets is named, one within it is not', () => {
    const s = hand()
    expect(unbalancedPeriods(s.perPeriod, 'USD')).toEqual([])
    const check = s.perPeriod.balance.balanceCheck
    const assets = s.perPeriod.balance.totalAssets
    const k = assets.findIndex((a) => a.gt(1000))
    const off = [...check]
    off[k] = assets[k]!.times('2e-9')
    off[k + 1] = assets[k + 1]!.times('0.5e-9')
    const broken = { ...s.perPeriod, balance: { ...s.perPeriod.balance, balanceCheck: off } }
    expect(unbalancedPeriods(broken, 'USD')).toEqual([k + 1])
    // An empty balance sheet is measured against a cent, not against nothing.
    const empty = { ...s.perPeriod, balance: { ...s.perPeriod.balance, totalAssets: assets.map(() => dec(0)), balanceCheck: assets.map((_, i) => dec(i === 0 ? '0.02' : '0.000000000001')) } }
    expect(unbalancedPeriods(empty, 'USD')).toEqual([1])
  })
})
