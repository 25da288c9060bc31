import { Decimal, ONE, ZERO, dec } from '../decimal'
import { annuityPayment, minorUnit, settlePrincipal } from '../finance'
import type { ConstructionFunding } from './construction'
import type { Prepared } from './prepare'
import type { OperationsResult, Series } from './types'

/** How principal is set in each repayment period (§7). `s` = 1 / DSCR* for sculpting. */
export type RepaymentRule =
  | { kind: 'annuity' }
  | { kind: 'equal' }
  | { kind: 'sculpted'; s: Decimal }
  | { kind: 'fixed'; principal: Series }

export type Schedule = {
  openingBalance: Series
  closingBalance: Series
  interest: Series
  principal: Series
  debtService: Series
  depreciation: Series
  bookValue: Series
  taxableIncomeBeforeLosses: Series
  lossesUsed: Series
  lossesCarriedForward: Series
  taxableIncome: Series
  tax: Series
  cfads: Series
  /** Balance left at maturity before the last instalment was forced to clear it (0 for a consistent rule). */
  residualAtMaturity: Decimal
}

type Row = { [K in Exclude<keyof Schedule, 'residualAtMaturity'>]: Decimal }

function record(s: Schedule, row: Row): void {
  // Direct pushes: this runs for every period of every sizing iteration.
  s.openingBalance.push(row.openingBalance)
  s.closingBalance.push(row.closingBalance)
  s.interest.push(row.interest)
  s.principal.push(row.principal)
  s.debtService.push(row.debtService)
  s.depreciation.push(row.depreciation)
  s.bookValue.push(row.bookValue)
  s.taxableIncomeBeforeLosses.push(row.taxableIncomeBeforeLosses)
  s.lossesUsed.push(row.lossesUsed)
  s.lossesCarriedForward.push(row.lossesCarriedForward)
  s.taxableIncome.push(row.taxableIncome)
  s.tax.push(row.tax)
  s.cfads.push(row.cfads)
}

/**
 * Walk the operating periods forward: interest on the opening balance, depreciation, tax with loss
 * carry-forward, CFADS, then principal by the rule, never below zero nor above the opening balance
 * (sculpted: `min(opening, max(0, CFADS·s − interest))`), so debt service is at least the interest.
 * Sequential, so sculpting with tax has no circularity inside a period: interest_k only needs the
 * opening balance (§6, §7).
 */
export function runSchedule(prep: Prepared, ops: OperationsResult, funding: ConstructionFunding, periodicRate: Decimal, rule: RepaymentRule): Schedule {
  const { tl, project } = prep
  const K = tl.count
  const C = tl.constructionPeriods
  const m = tl.periodMonths
  const first = tl.firstRepayment - 1 // 0-based
  const last = tl.maturity - 1
  const N = last - first + 1
  const taxRate = dec(project.tax.rate)
  const dep = project.tax.depreciation
  const slPeriods = dep.method === 'straightLine' ? (dep.years * 12) / m : 0
  const slCharge = dep.method === 'straightLine' ? funding.depreciableBase.div(slPeriods) : ZERO
  const unit = minorUnit(project.reportingCurrency)
  const wdvRate = dep.method === 'wdv' ? ONE.minus(ONE.minus(dep.rate).pow(new Decimal(m).div(12))) : ZERO

  const s: Schedule = {
    openingBalance: [], closingBalance: [], interest: [], principal: [], debtService: [], depreciation: [], bookValue: [],
    taxableIncomeBeforeLosses: [], lossesUsed: [], lossesCarriedForward: [], taxableIncome: [], tax: [], cfads: [], residualAtMaturity: ZERO
  }
  let balance = ZERO
  let book = ZERO
  let losses = ZERO
  let level = ZERO // annuity payment or equal instalment, set at the first repayment period
  for (let i = 0; i < K; i++) {
    const opening = balance
    if (i < C) {
      balance = balance.plus(funding.drawdowns[i]!)
      book = book.plus(funding.uses[i]!)
      record(s, {
        openingBalance: opening, closingBalance: balance, interest: ZERO, principal: ZERO, debtService: ZERO, depreciation: ZERO, bookValue: book,
        taxableIncomeBeforeLosses: ZERO, lossesUsed: ZERO, lossesCarriedForward: losses, taxableIncome: ZERO, tax: ZERO, cfads: ZERO
      })
      continue
    }
    const interest = opening.times(periodicRate)
    let depreciation = dep.method === 'straightLine' ? (i - C < slPeriods ? slCharge : ZERO) : book.times(wdvRate)
    if (depreciation.gt(book)) depreciation = book
    book = book.minus(depreciation)
    const ebitda = ops.ebitda[i]!
    const maint = ops.maintenanceCapex[i]!
    const before = ebitda.minus(depreciation).minus(interest).minus(maint)
    let used = ZERO
    if (before.isNegative()) losses = losses.plus(before.neg())
    else {
      used = losses.lt(before) ? losses : before
      losses = losses.minus(used)
    }
    const taxable = before.isNegative() ? ZERO : before.minus(used)
    const tax = taxable.times(taxRate)
    const cfads = ebitda.minus(tax).minus(ops.deltaWorkingCapital[i]!).minus(maint)

    let principal = ZERO
    if (rule.kind === 'fixed') principal = rule.principal[i] ?? ZERO
    else if (i >= first && i <= last && opening.gt(0)) {
      if (rule.kind === 'annuity') {
        if (i === first) level = annuityPayment(opening, periodicRate, N)
        principal = level.minus(interest)
      } else if (rule.kind === 'equal') {
        if (i === first) level = opening.div(N)
        principal = level
      } else {
        // Interest is always paid in cash; principal is floored at zero, so the balance never grows
        // inside the repayment window (docs/methodology.md §7, the project's reading of the spec).
        const sculpted = cfads.times(rule.s).minus(interest)
        principal = sculpted.isNegative() ? ZERO : sculpted
      }
      if (i === last) {
        // Final maturity clears the balance; what the rule would have left is reported.
        s.residualAtMaturity = opening.minus(principal)
        principal = opening
      }
      if (principal.gt(opening)) principal = opening
      principal = settlePrincipal(opening, principal, unit)
    }
    balance = opening.minus(principal)

    record(s, {
      openingBalance: opening, closingBalance: balance, interest, principal, debtService: interest.plus(principal), depreciation, bookValue: book,
      taxableIncomeBeforeLosses: before, lossesUsed: used, lossesCarriedForward: losses, taxableIncome: taxable, tax, cfads
    })
  }
  return s
}
