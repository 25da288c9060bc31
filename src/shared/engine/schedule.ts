import type { Decimal } from '../decimal'
import { ZERO, dec } from '../decimal'
import { minorUnit } from '../rules/minor-unit'
import { cfadsOf } from '../rules/cfads'
import { taxStep } from '../rules/tax-with-losses'
import { lossLedger, lossLifePeriods } from '../rules/tax-losses'
import { holidayPeriods, periodTaxRate } from '../rules/tax-holiday'
import { maintenanceDeducted, taxableBeforeLosses } from '../rules/taxable-income'
import type { ConstructionFunding } from './construction'
import { Repayment, periodInterest, type RepaymentRule } from './debt-schedule'
import { blockDepreciation } from './tax-blocks'
import type { Prepared } from './prepare'
import type { OperationsResult, Series, TaxResult } from './types'

export type { RepaymentRule } from './debt-schedule'

/** The debt lines, the tax lines (as `TaxResult` carries them, less its base and blocks) and CFADS, per period. */
export type Schedule = Omit<TaxResult, 'depreciableBase' | 'maintenanceCapitalised' | 'blocks' | 'unabsorbedDepreciation'> & {
  /** Zero in every period when losses do not expire (the result then reports null). */
  unabsorbedDepreciation: Series
  openingBalance: Series
  closingBalance: Series
  interest: Series
  principal: Series
  debtService: Series
  cfads: Series
  /** Balance left at maturity before the last instalment was forced to clear it (0 for a consistent rule). */
  residualAtMaturity: Decimal
}

type Row = { [K in Exclude<keyof Schedule, 'residualAtMaturity'>]: Decimal }

/** One period's tax lines and CFADS, as `taxWalk` returns them. */
export type TaxedPeriod = {
  depreciation: Decimal; book: Decimal; before: Decimal; used: Decimal; losses: Decimal; taxable: Decimal; tax: Decimal; cfads: Decimal
  /** The period's tax rate (holiday or not), business losses lapsed, unabsorbed depreciation carried (0 without expiry). */
  rate: Decimal; expired: Decimal; unabsorbed: Decimal
}

/**
 * One operating period's debt and tax lines appended to a schedule with a hedge-cost line (tranches,
 * the cash sweep): debt service = interest + hedge cost + principal. One writer, so every schedule
 * lists the lines the same way.
 */
export function pushDebtRow(s: Omit<Schedule, 'closingBalance' | 'residualAtMaturity'> & { debtFees: Series }, opening: Decimal, interest: Decimal, fees: Decimal, principal: Decimal, t: TaxedPeriod): void {
  s.openingBalance.push(opening)
  s.interest.push(interest)
  s.debtFees.push(fees)
  s.principal.push(principal)
  s.debtService.push(interest.plus(fees).plus(principal))
  s.depreciation.push(t.depreciation)
  s.bookValue.push(t.book)
  s.taxableIncomeBeforeLosses.push(t.before)
  s.lossesUsed.push(t.used)
  s.lossesCarriedForward.push(t.losses)
  s.taxableIncome.push(t.taxable)
  s.tax.push(t.tax)
  s.taxRate.push(t.rate)
  s.lossesExpired.push(t.expired)
  s.unabsorbedDepreciation.push(t.unabsorbed)
  s.cfads.push(t.cfads)
}

/**
 * The tax side of the period walk, shared by one debt (`runSchedule`) and tranches (tranche-schedule.ts):
 * depreciation by block (tax-blocks.ts: construction uses less land, capitalised maintenance from the
 * period after it is spent), taxable income, tax at the period's rate (rules/tax-holiday.ts) with loss
 * carry-forward — one pool without expiry (rules/tax-with-losses.ts), or business losses that lapse and
 * unabsorbed depreciation that does not (rules/tax-losses.ts) — then CFADS. Called once per period in
 * order; `deductible` is the period's interest (with tranches, plus the hedge cost).
 */
export function taxWalk(prep: Prepared, ops: OperationsResult, funding: Pick<ConstructionFunding, 'depreciableBase' | 'depreciable' | 'idc' | 'fees'>) {
  const { tl, project } = prep
  const constructionPeriods = tl.constructionPeriods
  const taxRate = dec(project.tax.rate)
  const h = project.tax.holiday
  const holiday = h === undefined ? undefined : { periods: holidayPeriods(h.years, tl.periodMonths), rate: dec(h.rate) }
  const expiry = project.tax.lossExpiryYears
  const ledger = expiry === undefined ? null : lossLedger(lossLifePeriods(expiry, tl.periodMonths))
  const dep = blockDepreciation(prep, funding)
  const treatment = project.tax.maintenanceCapex
  let losses = ZERO
  return {
    construction(i: number): { book: Decimal; losses: Decimal; rate: Decimal } {
      ledger?.idle(i)
      return { book: dep.bookValue[i]!, losses, rate: taxRate }
    },
    operating(i: number, deductible: Decimal): TaxedPeriod {
      const depreciation = dep.depreciation[i]!
      const ebitda = ops.ebitda[i]!
      const maint = ops.maintenanceCapex[i]!
      const before = taxableBeforeLosses(ebitda, depreciation, deductible, maintenanceDeducted(treatment, maint))
      const rate = periodTaxRate(i - constructionPeriods, taxRate, holiday)
      let taxed: { used: Decimal; carried: Decimal; taxable: Decimal; tax: Decimal; expired: Decimal; unabsorbed: Decimal }
      if (ledger === null) taxed = { ...taxStep(before, losses, rate), expired: ZERO, unabsorbed: ZERO }
      else taxed = ledger.step(i, before, depreciation, rate)
      losses = taxed.carried
      const cfads = cfadsOf(ebitda, taxed.tax, ops.deltaWorkingCapital[i]!, maint)
      return {
        depreciation, book: dep.bookValue[i]!, before, used: taxed.used, losses, taxable: taxed.taxable, tax: taxed.tax, cfads,
        rate, expired: taxed.expired, unabsorbed: taxed.unabsorbed
      }
    }
  }
}

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
  s.taxRate.push(row.taxRate)
  s.lossesExpired.push(row.lossesExpired)
  s.unabsorbedDepreciation.push(row.unabsorbedDepreciation)
  s.cfads.push(row.cfads)
}

/**
 * Walk the periods forward, one rule after another in each: interest on the opening balance
 * (debt-schedule.ts), the tax lines of `taxWalk` (depreciation by block, taxable income, tax with loss
 * carry-forward), CFADS (rules/cfads.ts), then principal by the
 * rule (debt-schedule.ts). Sequential, so sculpting with tax has no circularity inside a period:
 * interest_k only needs the opening balance (§6, §7).
 */
export function runSchedule(prep: Prepared, ops: OperationsResult, funding: ConstructionFunding, periodicRate: Decimal, rule: RepaymentRule): Schedule {
  const { tl, project } = prep
  const periodCount = tl.count
  const constructionPeriods = tl.constructionPeriods
  const walk = taxWalk(prep, ops, funding)
  const repayment = new Repayment(rule, tl.firstRepayment - 1, tl.maturity - 1, periodicRate, minorUnit(project.reportingCurrency))

  const schedule: Schedule = {
    openingBalance: [], closingBalance: [], interest: [], principal: [], debtService: [], depreciation: [], bookValue: [],
    taxableIncomeBeforeLosses: [], lossesUsed: [], lossesCarriedForward: [], taxableIncome: [], tax: [], taxRate: [], lossesExpired: [], unabsorbedDepreciation: [],
    cfads: [], residualAtMaturity: ZERO
  }
  let balance = ZERO
  for (let i = 0; i < periodCount; i++) {
    const opening = balance
    if (i < constructionPeriods) {
      balance = balance.plus(funding.drawdowns[i]!)
      const t = walk.construction(i)
      record(schedule, {
        openingBalance: opening, closingBalance: balance, interest: ZERO, principal: ZERO, debtService: ZERO, depreciation: ZERO, bookValue: t.book,
        taxableIncomeBeforeLosses: ZERO, lossesUsed: ZERO, lossesCarriedForward: t.losses, taxableIncome: ZERO, tax: ZERO, taxRate: t.rate,
        lossesExpired: ZERO, unabsorbedDepreciation: ZERO, cfads: ZERO
      })
      continue
    }
    const interest = periodInterest(opening, periodicRate)
    const t = walk.operating(i, interest)
    const principal = repayment.principal(i, opening, interest, t.cfads)
    balance = opening.minus(principal)

    record(schedule, {
      openingBalance: opening, closingBalance: balance, interest, principal, debtService: interest.plus(principal), depreciation: t.depreciation, bookValue: t.book,
      taxableIncomeBeforeLosses: t.before, lossesUsed: t.used, lossesCarriedForward: t.losses, taxableIncome: t.taxable, tax: t.tax, taxRate: t.rate,
      lossesExpired: t.expired, unabsorbedDepreciation: t.unabsorbed, cfads: t.cfads
    })
  }
  schedule.residualAtMaturity = repayment.residualAtMaturity
  return schedule
}
