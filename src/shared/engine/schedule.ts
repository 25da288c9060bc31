import type { Decimal } from '../decimal'
import { ZERO, dec } from '../decimal'
import { minorUnit } from '../rules/minor-unit'
import { cfadsOf } from '../rules/cfads'
import { taxStep } from '../rules/tax-with-losses'
import { maintenanceDeducted, taxableBeforeLosses } from '../rules/taxable-income'
import type { ConstructionFunding } from './construction'
import { Repayment, periodInterest, type RepaymentRule } from './debt-schedule'
import { additionsCharges, depreciationCharge, depreciationPlan } from './depreciation'
import type { Prepared } from './prepare'
import type { OperationsResult, Series, TaxResult } from './types'

export type { RepaymentRule } from './debt-schedule'

/** The debt lines, the tax lines (as `TaxResult` carries them, less its base) and CFADS, per period. */
export type Schedule = Omit<TaxResult, 'depreciableBase' | 'maintenanceCapitalised'> & {
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
export type TaxedPeriod = { depreciation: Decimal; book: Decimal; before: Decimal; used: Decimal; losses: Decimal; taxable: Decimal; tax: Decimal; cfads: Decimal }

/**
 * The tax side of the period walk, shared by one debt (`runSchedule`) and tranches (tranche-schedule.ts):
 * the depreciation pool (construction uses less land, capitalised maintenance from the period after it is
 * spent), taxable income and tax with loss carry-forward, then CFADS. Called once per period in order;
 * `deductible` is the period's interest (with tranches, plus the hedge cost).
 */
export function taxWalk(prep: Prepared, ops: OperationsResult, funding: Pick<ConstructionFunding, 'depreciableBase' | 'depreciable'>) {
  const { tl, project } = prep
  const constructionPeriods = tl.constructionPeriods
  const taxRate = dec(project.tax.rate)
  const plan = depreciationPlan(project.tax.depreciation, funding.depreciableBase, tl.periodMonths)
  const treatment = project.tax.maintenanceCapex
  const additions = prep.maintenanceCapitalised
  const onAdditions = additionsCharges(plan, additions)
  let book = ZERO
  let losses = ZERO
  return {
    construction(i: number): { book: Decimal; losses: Decimal } {
      book = book.plus(funding.depreciable[i]!)
      return { book, losses }
    },
    operating(i: number, deductible: Decimal): TaxedPeriod {
      const depreciation = depreciationCharge(plan, book, i - constructionPeriods, onAdditions[i]!)
      // Capitalised maintenance joins the pool at the end of the period: depreciated from the next.
      book = book.minus(depreciation).plus(additions[i]!)
      const ebitda = ops.ebitda[i]!
      const maint = ops.maintenanceCapex[i]!
      const before = taxableBeforeLosses(ebitda, depreciation, deductible, maintenanceDeducted(treatment, maint))
      const taxed = taxStep(before, losses, taxRate)
      losses = taxed.carried
      const cfads = cfadsOf(ebitda, taxed.tax, ops.deltaWorkingCapital[i]!, maint)
      return { depreciation, book, before, used: taxed.used, losses, taxable: taxed.taxable, tax: taxed.tax, cfads }
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
  s.cfads.push(row.cfads)
}

/**
 * Walk the periods forward, one rule after another in each: interest on the opening balance
 * (debt-schedule.ts), depreciation on the pool (depreciation.ts: construction uses less land, plus
 * capitalised maintenance from the period after it is spent), taxable income and tax with loss carry-forward
 * (rules/taxable-income.ts, rules/tax-with-losses.ts), CFADS (rules/cfads.ts), then principal by the
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
    taxableIncomeBeforeLosses: [], lossesUsed: [], lossesCarriedForward: [], taxableIncome: [], tax: [], cfads: [], residualAtMaturity: ZERO
  }
  let balance = ZERO
  for (let i = 0; i < periodCount; i++) {
    const opening = balance
    if (i < constructionPeriods) {
      balance = balance.plus(funding.drawdowns[i]!)
      const t = walk.construction(i)
      record(schedule, {
        openingBalance: opening, closingBalance: balance, interest: ZERO, principal: ZERO, debtService: ZERO, depreciation: ZERO, bookValue: t.book,
        taxableIncomeBeforeLosses: ZERO, lossesUsed: ZERO, lossesCarriedForward: t.losses, taxableIncome: ZERO, tax: ZERO, cfads: ZERO
      })
      continue
    }
    const interest = periodInterest(opening, periodicRate)
    const t = walk.operating(i, interest)
    const principal = repayment.principal(i, opening, interest, t.cfads)
    balance = opening.minus(principal)

    record(schedule, {
      openingBalance: opening, closingBalance: balance, interest, principal, debtService: interest.plus(principal), depreciation: t.depreciation, bookValue: t.book,
      taxableIncomeBeforeLosses: t.before, lossesUsed: t.used, lossesCarriedForward: t.losses, taxableIncome: t.taxable, tax: t.tax, cfads: t.cfads
    })
  }
  schedule.residualAtMaturity = repayment.residualAtMaturity
  return schedule
}
