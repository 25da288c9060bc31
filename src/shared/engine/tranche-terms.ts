import { Decimal, ONE, ZERO, dec } from '../decimal'
import { periodicFromNominal } from '../finance'
import type { Currency, Tranche } from '../model'
import { minorUnit } from '../rules/minor-unit'
import type { Prepared } from './prepare'
import { withRateDelta } from './scenario-inputs'
import { trancheWindow } from './timeline'
import type { FixedDebt, Series } from './types'

/**
 * One tranche's terms as the engine uses them (§10), resolved once per run: rates per period,
 * fees as Decimals, its repayment window, and how its amounts translate to the reporting currency.
 */
export type TrancheTerms = {
  tranche: Tranche
  share: Decimal
  /** Periodic all-in rate per period: (fixed, or base rate of the period's calendar year + margin) + scenario delta, floored at 0, × m/12. */
  rate: Series
  upfrontFee: Decimal
  /** Commitment fee per period on the undrawn commitment: annual × m/12. */
  commitmentPeriodic: Decimal
  ecaPremium: Decimal
  /** Hedge cost per period on the outstanding balance (in the reporting currency): annual × m/12; 0 unhedged. */
  hedgePeriodic: Decimal
  /** 0-based first repayment and final maturity periods. */
  first: number
  last: number
  /** True when the tranche is in the reporting currency: no translation at all (not even ×1). */
  sameCurrency: boolean
  /**
   * Units of tranche currency per unit of reporting currency, per period, for drawdowns and for debt
   * service: unhedged, the period's FX; hedged (cross-currency swap), the financial-close FX (period 1)
   * in every period. Unused when `sameCurrency`.
   */
  perReporting: Series
  /** The tranche currency's minor unit: the balance is repaid when less than this is left. */
  unit: Decimal
}

/** Base rate of calendar year `year`: the latest listed year not after it, else the first (as FX). */
function baseRateIn(points: readonly { year: number; annualRate: string }[], year: number): Decimal {
  let chosen = points[0]!
  for (const p of points) if (p.year <= year) chosen = p
  return dec(chosen.annualRate)
}

/**
 * Resolve every tranche of the project for this run (scenario rate delta included). With held debt, a
 * hedged tranche keeps the swap rate it was struck at (`held.tranches[k].swapPerReporting`): the swap is
 * part of the debt as signed, so a stress that moves the close year's FX (an FX multiplier) leaves the
 * hedged service where it was; without a held rate (sizing, or a re-sized case) the swap is struck at
 * this run's financial-close FX.
 */
export function resolveTranches(prep: Prepared, held?: FixedDebt): TrancheTerms[] {
  const { tl, project, inputs } = prep
  const m = tl.periodMonths
  const reporting = project.reportingCurrency
  const fxOf = (c: Currency) => prep.fx[c]
  const heldTranches = held?.tranches?.length === project.financing.tranches.length ? held.tranches : undefined
  return project.financing.tranches.map((t, k) => {
    const w = trancheWindow(t, tl.constructionPeriods, m)
    const interest = t.interest
    let rate: Series
    if (interest.kind === 'fixed') {
      const r = periodicFromNominal(withRateDelta(dec(interest.annualRate), inputs.rateDelta), m)
      rate = tl.periods.map(() => r)
    } else {
      const margin = dec(interest.marginAnnualRate)
      rate = tl.periods.map((p) => periodicFromNominal(withRateDelta(baseRateIn(interest.baseRates, p.calendarYear).plus(margin), inputs.rateDelta), m))
    }
    const sameCurrency = t.currency === reporting
    const spot = tl.periods.map((_, i) => fxOf(t.currency)[i]!.div(fxOf(reporting)[i]!))
    const hedged = t.hedge.hedged && !sameCurrency
    const swap = heldTranches?.[k]!.swapPerReporting ?? spot[0]!
    const perReporting = sameCurrency ? tl.periods.map(() => ONE) : hedged ? spot.map(() => swap) : spot
    return {
      tranche: t, share: dec(t.share), rate, upfrontFee: dec(t.upfrontFee), commitmentPeriodic: periodicFromNominal(dec(t.commitmentFeeAnnualRate), m),
      ecaPremium: dec(t.ecaPremium), hedgePeriodic: hedged ? periodicFromNominal(dec(t.hedge.annualCost), m) : ZERO,
      first: w.firstRepayment - 1, last: w.maturity - 1, sameCurrency, perReporting, unit: minorUnit(t.currency)
    }
  })
}

/** An amount in the tranche currency in the reporting currency at period `i` (identity in the same currency). */
export const toReporting = (t: TrancheTerms, amount: Decimal, i: number): Decimal => (t.sameCurrency ? amount : amount.div(t.perReporting[i]!))
/** An amount in the reporting currency in the tranche currency at period `i`. */
export const toTrancheCurrency = (t: TrancheTerms, amount: Decimal, i: number): Decimal => (t.sameCurrency ? amount : amount.times(t.perReporting[i]!))

/**
 * The single-debt fast lane: one tranche in the reporting currency at a fixed rate, no commitment fee,
 * no ECA premium (every project file before version 3). Its arithmetic is today's, kept exactly.
 */
export function isSingleReportingTranche(terms: readonly TrancheTerms[]): boolean {
  if (terms.length !== 1) return false
  const t = terms[0]!
  return t.sameCurrency && t.tranche.interest.kind === 'fixed' && t.commitmentPeriodic.isZero() && t.ecaPremium.isZero()
}

/**
 * The same terms as workbook formulas (the Debt and Sizing sheets' tranche rows; one rule, one place,
 * held to the Decimal forms above by tests/shared/engine/tranche-excel-forms.test.ts). Cell references
 * and names are the caller's; `Period_Months` and `Months_Per_Year` are the Inputs sheet's names.
 */
export const trancheTermsExcel = {
  /** Periodic rate of a fixed all-in rate with the scenario's change: MAX(0, rate + delta) × m/12 (`withRateDelta`, `periodicFromNominal`). */
  fixedRate: (annualRate: string, delta: string) => `MAX(0,${annualRate}+${delta})*Period_Months/Months_Per_Year`,
  /**
   * Periodic rate of a floating rate: the base rate of the period's calendar year (the latest listed
   * year not after it, else the first: `baseRateIn`) + margin + the scenario's change, floored at 0,
   * × m/12. `years` is the named list of years; `nthRate(n)` the n-th listed base rate.
   */
  floatingRate: (calendarYear: string, years: string, nthRate: (n: string) => string, firstYear: string, margin: string, delta: string) =>
    `MAX(0,IF(${calendarYear}<${firstYear},${nthRate('1')},${nthRate(`MATCH(${calendarYear},${years},1)`)})+${margin}+${delta})*Period_Months/Months_Per_Year`,
  /**
   * Units of tranche currency per unit of reporting currency (`perReporting`): the period's FX rates
   * (units per USD) divided, or — hedged — those of the first period (financial close) in every period.
   */
  perReporting: (hedged: string, tranchePerUsd: string, reportingPerUsd: string, tranchePerUsdAtClose: string, reportingPerUsdAtClose: string) =>
    `IF(${hedged}=1,${tranchePerUsdAtClose}/${reportingPerUsdAtClose},${tranchePerUsd}/${reportingPerUsd})`,
  /** An amount in the tranche currency in the reporting currency (`toReporting`). */
  toReporting: (amount: string, perReporting: string) => `${amount}/${perReporting}`,
  /** An amount in the reporting currency in the tranche currency (`toTrancheCurrency`). */
  toTrancheCurrency: (amount: string, perReporting: string) => `${amount}*${perReporting}`,
  /** Hedge cost per period: only a hedged tranche in another currency pays it (`hedgePeriodic`). */
  hedgePeriodic: (hedged: string, annualCost: string) => `${hedged}*${annualCost}*Period_Months/Months_Per_Year`,
  /** Commitment fee per period on the undrawn commitment (`commitmentPeriodic`). */
  commitmentPeriodic: (annualRate: string) => `${annualRate}*Period_Months/Months_Per_Year`,
  /** 1-based first repayment and final maturity periods (`trancheWindow`, engine/timeline.ts). */
  firstRepayment: (graceMonths: string) => `Constr_Periods+${graceMonths}/Period_Months+1`,
  maturity: (graceMonths: string, tenorYears: string) => `Constr_Periods+${graceMonths}/Period_Months+${tenorYears}*Months_Per_Year/Period_Months`
}
