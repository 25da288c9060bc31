import type { Decimal } from '@shared/decimal'
import type { Statements } from '@shared/engine/statements'

/**
 * The three statements (methodology §12) as rows for the Statements view: one value per column
 * (calendar year or period). Lines a project does not use (an LC, a facility, FX on debt…) are
 * left out when they are zero in every column, so a simple project reads simply.
 */
export type StatementKind = 'income' | 'balance' | 'cashFlow'
export type StatementRow = { id: string; label: string; kind: 'line' | 'subtotal' | 'detail' | 'check' | 'heading'; values: Decimal[] }

type Line = { id: string; label: string; kind?: StatementRow['kind']; optional?: boolean }

const INCOME: readonly Line[] = [
  { id: 'revenue', label: 'Revenue' },
  { id: 'feedstock', label: 'Feedstock purchases' },
  { id: 'opex', label: 'Operating costs' },
  { id: 'ebitda', label: 'EBITDA', kind: 'subtotal' },
  { id: 'depreciation', label: 'Depreciation (tax book)' },
  { id: 'maintenanceExpensed', label: 'Maintenance capex expensed', optional: true },
  { id: 'ebit', label: 'Operating profit (EBIT)', kind: 'subtotal' },
  { id: 'seniorInterest', label: 'Senior interest' },
  { id: 'hedgeCost', label: 'Hedge cost (cross-currency swaps)', optional: true },
  { id: 'lcFee', label: 'DSRA letter of credit fee', optional: true },
  { id: 'lcInterest', label: 'Interest on LC draws', optional: true },
  { id: 'wcFacilityInterest', label: 'Working-capital facility interest', optional: true },
  { id: 'fxRevaluation', label: 'FX revaluation of foreign-currency debt', optional: true },
  { id: 'profitBeforeTax', label: 'Profit before tax', kind: 'subtotal' },
  { id: 'tax', label: 'Tax' },
  { id: 'netIncome', label: 'Net income', kind: 'subtotal' }
]

const ASSETS: readonly Line[] = [
  { id: 'fixedAssets', label: 'Fixed assets (tax book value)' },
  { id: 'land', label: 'Land (at cost)', optional: true },
  { id: 'receivables', label: 'Receivables', optional: true },
  { id: 'inventory', label: 'Inventory', optional: true },
  { id: 'dsraCash', label: 'Cash in the DSRA', optional: true },
  { id: 'mraCash', label: 'Cash in the MRA', optional: true },
  { id: 'lockupCash', label: 'Cash in the lock-up account', optional: true },
  { id: 'totalAssets', label: 'Total assets', kind: 'subtotal' }
]
const LIABILITIES_AFTER_DEBT: readonly Line[] = [
  { id: 'wcFacility', label: 'Working-capital facility', optional: true },
  { id: 'lcDrawn', label: 'Letter of credit drawn', optional: true },
  { id: 'totalLiabilities', label: 'Total liabilities', kind: 'subtotal' },
  { id: 'paidInEquity', label: 'Paid-in equity' },
  { id: 'sponsorSupport', label: 'Sponsor support (standby equity)', optional: true },
  { id: 'capitalGrants', label: 'Capital grants (reserve)', optional: true },
  { id: 'retainedEarnings', label: 'Retained earnings' },
  { id: 'totalEquity', label: 'Total equity', kind: 'subtotal' },
  { id: 'balanceCheck', label: 'Balance check: assets − liabilities − equity', kind: 'check' }
]

const CASH_FLOW: readonly Line[] = [
  { id: 'ebitda', label: 'EBITDA' },
  { id: 'workingCapital', label: 'Working capital (increase −)' },
  { id: 'tax', label: 'Tax paid' },
  { id: 'operating', label: 'Operating cash flow', kind: 'subtotal' },
  { id: 'capex', label: 'Capex and contingency' },
  { id: 'capitalisedFinanceCosts', label: 'Capitalised interest and fees', optional: true },
  { id: 'maintenanceCapex', label: 'Maintenance capex', optional: true },
  { id: 'investing', label: 'Investing cash flow', kind: 'subtotal' },
  { id: 'drawdowns', label: 'Senior debt drawn' },
  { id: 'principal', label: 'Principal repaid' },
  { id: 'interestAndFees', label: 'Interest and fees paid' },
  { id: 'wcFacility', label: 'Working-capital facility (net)', optional: true },
  { id: 'lcNet', label: 'Letter of credit draws (net)', optional: true },
  { id: 'equity', label: 'Equity paid in' },
  { id: 'sponsorSupport', label: 'Sponsor support', optional: true },
  { id: 'grants', label: 'Grants received', optional: true },
  { id: 'distributions', label: 'Distributions' },
  { id: 'sweep', label: 'Cash sweep', optional: true },
  { id: 'financing', label: 'Financing cash flow', kind: 'subtotal' },
  { id: 'netChange', label: 'Change in cash', kind: 'subtotal' },
  { id: 'openingCash', label: 'Cash at the start', kind: 'detail' },
  { id: 'closingCash', label: 'Cash at the end (reserve accounts)', kind: 'detail' }
]

const rows = (o: object, lines: readonly Line[]): StatementRow[] =>
  lines.flatMap((l) => {
    const values = (o as Record<string, Decimal[]>)[l.id]!
    return l.optional && values.every((v) => v.isZero()) ? [] : [{ id: l.id, label: l.label, kind: l.kind ?? 'line', values }]
  })

export function statementRows(s: Statements, kind: StatementKind): StatementRow[] {
  if (kind === 'income') return rows(s.income, INCOME)
  if (kind === 'cashFlow') return rows(s.cashFlow, CASH_FLOW)
  const b = s.balance
  const single = b.tranches.length === 1
  const debt: StatementRow[] = single
    ? [{ id: 'seniorDebt', label: 'Senior debt', kind: 'line', values: b.seniorDebt }]
    : [
        ...b.tranches.map((t): StatementRow => ({ id: `debt-${t.id}`, label: `Senior debt: ${t.name} (${t.currency}${t.hedged ? ', hedged' : ''})`, kind: 'line', values: t.balance })),
        { id: 'seniorDebt', label: 'Senior debt', kind: 'subtotal', values: b.seniorDebt }
      ]
  return [...rows(b, ASSETS), ...rows(b, [{ id: 'payables', label: 'Payables', optional: true }]), ...debt, ...rows(b, LIABILITIES_AFTER_DEBT)]
}
