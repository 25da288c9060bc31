import type { Decimal } from '@shared/decimal'
import type { Statements } from '@shared/engine/statements'
import type { MessageKey } from '@shared/i18n'
import type { Currency } from '@shared/model'
import { minorUnit } from '@shared/rules/minor-unit'
import { english, type Translate } from './translate'

/**
 * The three statements (methodology §12) as rows for the Statements view: one value per column
 * (calendar year or period). Lines a project does not use (an LC, a facility, FX on debt…) are
 * left out when they are zero in every column, so a simple project reads simply.
 */
export type StatementKind = 'income' | 'balance' | 'cashFlow'
export type StatementRow = { id: string; label: string; kind: 'line' | 'subtotal' | 'detail' | 'check' | 'heading'; values: Decimal[] }

type Line = { id: string; label: MessageKey; kind?: StatementRow['kind']; optional?: boolean }

const INCOME: readonly Line[] = [
  { id: 'revenue', label: 'results.st.revenue' },
  { id: 'feedstock', label: 'results.st.feedstock' },
  { id: 'opex', label: 'results.st.opex' },
  { id: 'ebitda', label: 'results.st.ebitda', kind: 'subtotal' },
  { id: 'depreciation', label: 'results.st.depreciation' },
  { id: 'maintenanceExpensed', label: 'results.st.maintenanceExpensed', optional: true },
  { id: 'ebit', label: 'results.st.ebit', kind: 'subtotal' },
  { id: 'seniorInterest', label: 'results.st.seniorInterest' },
  { id: 'hedgeCost', label: 'results.st.hedgeCost', optional: true },
  { id: 'lcFee', label: 'results.st.lcFee', optional: true },
  { id: 'lcInterest', label: 'results.st.lcInterest', optional: true },
  { id: 'wcFacilityInterest', label: 'results.st.wcFacilityInterest', optional: true },
  { id: 'fxRevaluation', label: 'results.st.fxRevaluation', optional: true },
  { id: 'profitBeforeTax', label: 'results.st.profitBeforeTax', kind: 'subtotal' },
  { id: 'tax', label: 'results.st.tax' },
  { id: 'netIncome', label: 'results.st.netIncome', kind: 'subtotal' }
]

const ASSETS: readonly Line[] = [
  { id: 'fixedAssets', label: 'results.st.fixedAssets' },
  { id: 'land', label: 'results.st.land', optional: true },
  { id: 'receivables', label: 'results.st.receivables', optional: true },
  { id: 'inventory', label: 'results.st.inventory', optional: true },
  { id: 'dsraCash', label: 'results.st.dsraCash', optional: true },
  { id: 'mraCash', label: 'results.st.mraCash', optional: true },
  { id: 'lockupCash', label: 'results.st.lockupCash', optional: true },
  { id: 'totalAssets', label: 'results.st.totalAssets', kind: 'subtotal' }
]
const LIABILITIES_AFTER_DEBT: readonly Line[] = [
  { id: 'wcFacility', label: 'results.st.wcFacility', optional: true },
  { id: 'lcDrawn', label: 'results.st.lcDrawn', optional: true },
  { id: 'totalLiabilities', label: 'results.st.totalLiabilities', kind: 'subtotal' },
  { id: 'paidInEquity', label: 'results.st.paidInEquity' },
  { id: 'sponsorSupport', label: 'results.st.sponsorSupport', optional: true },
  { id: 'capitalGrants', label: 'results.st.capitalGrants', optional: true },
  { id: 'retainedEarnings', label: 'results.st.retainedEarnings' },
  { id: 'totalEquity', label: 'results.st.totalEquity', kind: 'subtotal' },
  { id: 'balanceCheck', label: 'results.st.balanceCheck', kind: 'check' }
]

const CASH_FLOW: readonly Line[] = [
  { id: 'ebitda', label: 'results.st.ebitda' },
  { id: 'workingCapital', label: 'results.st.workingCapital' },
  { id: 'tax', label: 'results.st.taxPaid' },
  { id: 'operating', label: 'results.st.operating', kind: 'subtotal' },
  { id: 'capex', label: 'results.st.capex' },
  { id: 'capitalisedFinanceCosts', label: 'results.st.capitalisedFinanceCosts', optional: true },
  { id: 'maintenanceCapex', label: 'results.st.maintenanceCapex', optional: true },
  { id: 'investing', label: 'results.st.investing', kind: 'subtotal' },
  { id: 'drawdowns', label: 'results.st.drawdowns' },
  { id: 'principal', label: 'results.st.principal' },
  { id: 'interestAndFees', label: 'results.st.interestAndFees' },
  { id: 'wcFacility', label: 'results.st.wcFacilityNet', optional: true },
  { id: 'lcNet', label: 'results.st.lcNet', optional: true },
  { id: 'equity', label: 'results.st.equity' },
  { id: 'sponsorSupport', label: 'results.st.sponsorSupportPaid', optional: true },
  { id: 'grants', label: 'results.st.grants', optional: true },
  { id: 'distributions', label: 'results.st.distributions' },
  { id: 'sweep', label: 'results.st.sweep', optional: true },
  { id: 'financing', label: 'results.st.financing', kind: 'subtotal' },
  { id: 'netChange', label: 'results.st.netChange', kind: 'subtotal' },
  { id: 'openingCash', label: 'results.st.openingCash', kind: 'detail' },
  { id: 'closingCash', label: 'results.st.closingCash', kind: 'detail' }
]

const rows = (o: object, lines: readonly Line[], t: Translate): StatementRow[] =>
  lines.flatMap((l) => {
    const values = (o as Record<string, Decimal[]>)[l.id]!
    return l.optional && values.every((v) => v.isZero()) ? [] : [{ id: l.id, label: t(l.label), kind: l.kind ?? 'line', values }]
  })

/** `t`: the reader's language (the row labels); English by default. */
export function statementRows(s: Statements, kind: StatementKind, t: Translate = english): StatementRow[] {
  if (kind === 'income') return rows(s.income, INCOME, t)
  if (kind === 'cashFlow') return rows(s.cashFlow, CASH_FLOW, t)
  const b = s.balance
  const single = b.tranches.length === 1
  const debt: StatementRow[] = single
    ? [{ id: 'seniorDebt', label: t('results.st.seniorDebt'), kind: 'line', values: b.seniorDebt }]
    : [
        ...b.tranches.map((tr): StatementRow => ({ id: `debt-${tr.id}`, label: t(tr.hedged ? 'results.st.trancheDebtHedged' : 'results.st.trancheDebt', { name: tr.name, currency: tr.currency }), kind: 'line', values: tr.balance })),
        { id: 'seniorDebt', label: t('results.st.seniorDebt'), kind: 'subtotal', values: b.seniorDebt }
      ]
  return [...rows(b, ASSETS, t), ...rows(b, [{ id: 'payables', label: 'results.st.payables', optional: true }], t), ...debt, ...rows(b, LIABILITIES_AFTER_DEBT, t)]
}

/**
 * The periods (1-based) whose balance check fails the engine's own test (engine/statements.ts):
 * |assets − liabilities − equity| above 1e-9 of total assets, measured against at least one minor
 * unit — so the Statements line names where to look instead of a ratio (#17).
 */
export function unbalancedPeriods(perPeriod: Statements, currency: Currency): number[] {
  const unit = minorUnit(currency)
  const { balanceCheck, totalAssets } = perPeriod.balance
  return balanceCheck.flatMap((b, i) => {
    const a = totalAssets[i]!.abs()
    return b.abs().div(a.gt(unit) ? a : unit).gt('1e-9') ? [i + 1] : []
  })
}
