import type { Decimal } from '../decimal'

/**
 * FX revaluation of a foreign-currency loan (methodology §12): the opening balance, owed in the
 * tranche's currency, translated at this period's rate less what it was carried at (the previous
 * period's closing balance in the reporting currency). Positive = the debt grew in the reporting
 * currency: a loss in the income statement. Drawdowns and principal are translated at the period's
 * rate already (§10), so only the opening balance moves. A hedged tranche is translated at the swap
 * rate in every period and a reporting-currency one at 1: both revalue by zero.
 *
 * `perReporting`: units of the tranche currency per unit of reporting currency in this period.
 */
export const fxRevaluationLoss = (openingInCurrency: Decimal, perReporting: Decimal, openingReporting: Decimal): Decimal =>
  openingInCurrency.div(perReporting).minus(openingReporting)

/** The Excel form: cells of the opening balance in its currency, the period's FX and the carried balance. */
export const fxRevaluationLossExcel = (openingInCurrency: string, perReporting: string, openingReporting: string): string =>
  `${openingInCurrency}/${perReporting}-${openingReporting}`
