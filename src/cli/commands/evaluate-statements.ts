import type { Decimal } from '@shared/decimal'
import type { ModelResult } from '@shared/engine'
import { buildStatements, type Statements, type StatementsResult } from '@shared/engine/statements'

/**
 * The statements `evaluate --json` prints (methodology §12, issue #15): per period and per calendar
 * year, the income statement, balance sheet and cash-flow statement with the lines of
 * src/shared/engine/statements.ts, as JSON numbers in the reporting currency (income and cash in
 * positive, expenses and cash out negative; balances positive). `balanceSheet.balanceCheck` is
 * assets − liabilities − equity, computed and never solved for.
 */
type Lines = Record<string, number>
export type StatementsRowJson = {
  income: Lines
  balanceSheet: Lines
  /** Senior debt per tranche at the period-end translation rate (their sum is balanceSheet.seniorDebt) and its FX revaluation (a gain positive). */
  debtByTranche: { id: string; currency: string; hedged: boolean; balance: number; fxRevaluation: number }[]
  cashFlow: Lines
}
export type EvaluateStatementsJson = {
  perPeriod: ({ index: number } & StatementsRowJson)[]
  annual: ({ year: number } & StatementsRowJson)[]
  /** The largest |balanceCheck| over the periods, absolute and relative to that period's total assets. */
  maxAbsBalanceCheck: number
  maxRelativeBalanceCheck: number
}

const lines = (o: object, i: number): Lines =>
  Object.fromEntries(Object.entries(o).flatMap(([k, v]) => (Array.isArray(v) && k !== 'tranches' ? [[k, (v as Decimal[])[i]!.toNumber()]] : [])))

function row(s: Statements, i: number): StatementsRowJson {
  return {
    income: lines(s.income, i),
    balanceSheet: lines(s.balance, i),
    debtByTranche: s.balance.tranches.map((t) => ({ id: t.id, currency: t.currency, hedged: t.hedged, balance: t.balance[i]!.toNumber(), fxRevaluation: t.fxRevaluation[i]!.toNumber() })),
    cashFlow: lines(s.cashFlow, i)
  }
}

export function evaluateStatementsJson(r: ModelResult, st: StatementsResult = buildStatements(r)): EvaluateStatementsJson {
  return {
    perPeriod: r.periods.map((p, i) => ({ index: p.index, ...row(st.perPeriod, i) })),
    annual: st.annual.years.map((year, i) => ({ year, ...row(st.annual, i) })),
    maxAbsBalanceCheck: st.maxAbsBalanceCheck.toNumber(),
    maxRelativeBalanceCheck: st.maxRelativeBalanceCheck.toNumber()
  }
}
