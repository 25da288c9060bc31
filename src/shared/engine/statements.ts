import { Decimal, ZERO } from '../decimal'
import { fxRevaluationLoss } from '../rules/fx-revaluation'
import { minorUnit } from '../rules/minor-unit'
import type { Currency } from '../model'
import type { ModelResult } from './result-types'
import type { Series } from './values'

/**
 * Financial statements that balance (methodology §12), derived from a model result — pure, and on
 * demand: `runModel` does not build them, because analysis runs the model thousands of times and
 * never reads them (docs/methodology.md §12 gives the timings).
 *
 * Signs: income-statement and cash-flow lines are signed (income and cash in positive, expenses and
 * cash out negative); balance-sheet lines are balances, positive on their own side.
 *
 * Accounting base (stated once, kept everywhere): fixed assets are carried at the **tax** book value —
 * uses of funds (capex + contingency + IDC + fees, premia and construction hedge cost) less land, less
 * tax depreciation, plus capitalised maintenance — with land at cost beside it. One ledger, so the
 * statements' depreciation is the tax computation's and maintenance capex is capitalised or expensed as
 * tax treats it. Grants do not reduce the asset (the engine depreciates full cost, §7): they sit in
 * equity as a capital grant reserve. Tax is paid in the period it arises, so there is no tax payable.
 */

type Flow = Series

export type IncomeStatement = {
  revenue: Flow
  feedstock: Flow
  opex: Flow
  ebitda: Flow
  depreciation: Flow
  /** Maintenance capex the tax treatment expenses (zero when capitalised). */
  maintenanceExpensed: Flow
  ebit: Flow
  seniorInterest: Flow
  hedgeCost: Flow
  lcFee: Flow
  lcInterest: Flow
  wcFacilityInterest: Flow
  /** Unrealised FX on unhedged foreign-currency debt: a gain positive, a loss negative. */
  fxRevaluation: Flow
  profitBeforeTax: Flow
  tax: Flow
  netIncome: Flow
}

export type TrancheBalance = { id: string; name: string; currency: Currency; hedged: boolean; balance: Series; fxRevaluation: Flow }

export type BalanceSheet = {
  /** Depreciable fixed assets at tax book value (capitalised maintenance included). */
  fixedAssets: Series
  land: Series
  receivables: Series
  inventory: Series
  dsraCash: Series
  mraCash: Series
  lockupCash: Series
  /** All cash: the reserve accounts (the operating account is emptied by distributions every period). */
  cash: Series
  totalAssets: Series
  payables: Series
  /** Senior debt per tranche, at the period-end translation rate (hedged: the swap rate). */
  tranches: TrancheBalance[]
  seniorDebt: Series
  wcFacility: Series
  lcDrawn: Series
  totalLiabilities: Series
  /** Construction equity, the DSRA's initial funding included. */
  paidInEquity: Series
  sponsorSupport: Series
  capitalGrants: Series
  /** Cumulative net income − cumulative distributions. */
  retainedEarnings: Series
  totalEquity: Series
  /** totalAssets − totalLiabilities − totalEquity. Not a plug: nothing here forces it to zero. */
  balanceCheck: Series
}

export type CashFlowStatement = {
  ebitda: Flow
  workingCapital: Flow
  tax: Flow
  operating: Flow
  capex: Flow
  /** IDC, upfront and commitment fees, ECA premia and construction hedge cost, paid and capitalised. */
  capitalisedFinanceCosts: Flow
  maintenanceCapex: Flow
  investing: Flow
  drawdowns: Flow
  principal: Flow
  /** Senior interest, hedge cost, LC fee and interest, facility interest paid. */
  interestAndFees: Flow
  wcFacility: Flow
  lcNet: Flow
  equity: Flow
  sponsorSupport: Flow
  grants: Flow
  distributions: Flow
  sweep: Flow
  financing: Flow
  netChange: Flow
  openingCash: Series
  closingCash: Series
}

export type Statements = { income: IncomeStatement; balance: BalanceSheet; cashFlow: CashFlowStatement }

export type StatementsResult = {
  perPeriod: Statements
  /** Calendar years (`result.annual`): flows summed, balances at the year's last period, opening cash at its first. */
  annual: Statements & { years: number[] }
  /** max over periods of |balanceCheck|, and of |balanceCheck| / totalAssets (at least one minor unit of the reporting currency). */
  maxAbsBalanceCheck: Decimal
  maxRelativeBalanceCheck: Decimal
}

const neg = (s: Series): Series => s.map((x) => x.negated())
const add = (...xs: Series[]): Series => xs[0]!.map((_, i) => xs.reduce((a, s) => a.plus(s[i]!), ZERO))
const sub = (a: Series, b: Series): Series => a.map((x, i) => x.minus(b[i]!))
const cumulative = (s: Series): Series => {
  let acc = ZERO
  return s.map((x) => (acc = acc.plus(x)))
}
const zeros = (n: number): Series => new Array<Decimal>(n).fill(ZERO)

/** Build the three statements from a model result (methodology §12). */
export function buildStatements(result: ModelResult): StatementsResult {
  const n = result.periods.length
  const C = result.constructionPeriods
  const ops = result.operations
  const f = result.financing
  const w = f.waterfall
  const tax = result.tax
  const operating = (s: Series): Series => s.map((x, i) => (i < C ? ZERO : x))

  // Debt per tranche and its FX revaluation (§10: amounts at the period's rate, so only the opening balance moves).
  const tranches: TrancheBalance[] = f.tranches.map((t) => ({
    id: t.id, name: t.name, currency: t.currency, hedged: t.hedged, balance: t.balance,
    fxRevaluation: t.balance.map((_, i) => (i === 0 ? ZERO : fxRevaluationLoss(t.balanceInCurrency[i - 1]!, t.perReporting[i]!, t.balance[i - 1]!).negated()))
  }))
  const fxRevaluation = tranches.length > 0 ? add(...tranches.map((t) => t.fxRevaluation)) : zeros(n)
  const maintenance = ops.maintenanceCapex
  const maintenanceExpensed = sub(maintenance, tax.maintenanceCapitalised)

  const ebitda = ops.ebitda
  const ebit = sub(sub(ebitda, tax.depreciation), maintenanceExpensed)
  const interestLines = [f.interest, f.debtFees, w.lcFee, w.lcInterest, w.wcFacilityInterest].map(operating)
  const profitBeforeTax = add(sub(ebit, add(...interestLines)), fxRevaluation)
  const netIncome = sub(profitBeforeTax, tax.tax)
  const income: IncomeStatement = {
    revenue: ops.revenue, feedstock: neg(ops.feedstockCost), opex: neg(ops.opex), ebitda, depreciation: neg(tax.depreciation),
    maintenanceExpensed: neg(maintenanceExpensed), ebit, seniorInterest: neg(interestLines[0]!), hedgeCost: neg(interestLines[1]!), lcFee: neg(interestLines[2]!),
    lcInterest: neg(interestLines[3]!), wcFacilityInterest: neg(interestLines[4]!), fxRevaluation, profitBeforeTax, tax: neg(tax.tax), netIncome
  }

  // Cash-flow statement: cash is every account (DSRA, MRA, lock-up); the operating account ends each period empty.
  const capitalisedFinanceCosts = sub(f.uses, result.capex.capexWithContingency)
  const cfOperating = sub(sub(ebitda, ops.deltaWorkingCapital), tax.tax)
  const cfInvesting = neg(add(result.capex.capexWithContingency, capitalisedFinanceCosts, maintenance))
  const interestAndFees = neg(add(...interestLines))
  const wcFacility = sub(w.wcFacilityDraw, w.wcFacilityRepay)
  const lcNet = sub(w.lcDraw, w.lcRepay)
  const cfFinancing = add(f.drawdowns, neg(f.principal), interestAndFees, wcFacility, lcNet, f.equityContributions, w.sponsorSupport, result.capex.grants, neg(w.distributions), neg(w.sweep))
  const netChange = add(cfOperating, cfInvesting, cfFinancing)
  const closingCash = cumulative(netChange)
  const cashFlow: CashFlowStatement = {
    ebitda, workingCapital: neg(ops.deltaWorkingCapital), tax: neg(tax.tax), operating: cfOperating,
    capex: neg(result.capex.capexWithContingency), capitalisedFinanceCosts: neg(capitalisedFinanceCosts), maintenanceCapex: neg(maintenance), investing: cfInvesting,
    drawdowns: f.drawdowns, principal: neg(f.principal), interestAndFees, wcFacility, lcNet, equity: f.equityContributions, sponsorSupport: w.sponsorSupport,
    grants: result.capex.grants, distributions: neg(w.distributions), sweep: neg(w.sweep), financing: cfFinancing, netChange,
    openingCash: closingCash.map((_, i) => (i === 0 ? ZERO : closingCash[i - 1]!)), closingCash
  }

  // Balance sheet: every line from its own flows or the engine's balances — none is solved for.
  const land = cumulative(result.capex.land)
  const fixedAssets = sub(cumulative(add(sub(f.uses, result.capex.land), tax.maintenanceCapitalised)), cumulative(tax.depreciation))
  const cash = add(w.dsraBalance, w.mraBalance, w.lockupBalance)
  const totalAssets = add(fixedAssets, land, ops.receivables, ops.inventory, cash)
  const seniorDebt = tranches.length > 0 ? add(...tranches.map((t) => t.balance)) : zeros(n)
  const totalLiabilities = add(ops.payables, seniorDebt, w.wcFacilityBalance, w.lcDrawnBalance)
  const paidInEquity = cumulative(f.equityContributions)
  const sponsorSupport = cumulative(w.sponsorSupport)
  const capitalGrants = cumulative(result.capex.grants)
  const retainedEarnings = cumulative(sub(netIncome, w.distributions))
  const totalEquity = add(paidInEquity, sponsorSupport, capitalGrants, retainedEarnings)
  const balanceCheck = sub(sub(totalAssets, totalLiabilities), totalEquity)
  const balance: BalanceSheet = {
    fixedAssets, land, receivables: ops.receivables, inventory: ops.inventory, dsraCash: w.dsraBalance, mraCash: w.mraBalance, lockupCash: w.lockupBalance, cash, totalAssets,
    payables: ops.payables, tranches, seniorDebt, wcFacility: w.wcFacilityBalance, lcDrawn: w.lcDrawnBalance, totalLiabilities,
    paidInEquity, sponsorSupport, capitalGrants, retainedEarnings, totalEquity, balanceCheck
  }
  const perPeriod: Statements = { income, balance, cashFlow }

  let maxAbs = ZERO
  let maxRel = ZERO
  // A period with (almost) nothing on the books — the plant written down, working capital released — is
  // measured against one minor unit, not against Decimal dust of 1e-34 in its total assets.
  const unit = minorUnit(result.currency)
  balanceCheck.forEach((b, i) => {
    if (b.abs().gt(maxAbs)) maxAbs = b.abs()
    const a = totalAssets[i]!.abs()
    const rel = b.abs().div(a.gt(unit) ? a : unit)
    if (rel.gt(maxRel)) maxRel = rel
  })
  return { perPeriod, annual: annualStatements(perPeriod, result), maxAbsBalanceCheck: maxAbs, maxRelativeBalanceCheck: maxRel }
}

type Aggregate = 'sum' | 'last' | 'first'

/** Per calendar year: flows summed, balances at the year's last period, opening cash at its first. */
function annualStatements(s: Statements, result: ModelResult): Statements & { years: number[] } {
  const rows = result.annual
  const agg = (series: Series, how: Aggregate): Series =>
    rows.map((r) => {
      const ks = r.periods.map((p) => p - 1)
      if (how === 'last') return series[ks[ks.length - 1]!]!
      if (how === 'first') return series[ks[0]!]!
      return ks.reduce((a, k) => a.plus(series[k]!), ZERO)
    })
  const all = <T extends Record<string, unknown>>(o: T, how: (key: string) => Aggregate): T =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Array.isArray(v) && (v.length === 0 || Decimal.isDecimal(v[0])) ? agg(v as Series, how(k)) : v])) as T
  const income = all(s.income, () => 'sum')
  const cashFlow = all(s.cashFlow, (k) => (k === 'openingCash' ? 'first' : k === 'closingCash' ? 'last' : 'sum'))
  const balance = all(s.balance, () => 'last')
  balance.tranches = s.balance.tranches.map((t) => ({ ...t, balance: agg(t.balance, 'last'), fxRevaluation: agg(t.fxRevaluation, 'sum') }))
  return { years: rows.map((r) => r.year), income, balance, cashFlow }
}
