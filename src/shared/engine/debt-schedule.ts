import type { Decimal } from '../decimal'
import { ZERO } from '../decimal'
import { annuityPayment } from '../finance'
import { settlePrincipal, settlePrincipalExcel } from '../rules/minor-unit'
import type { Series } from './values'

/** How principal is set in each repayment period (§7). `s` = 1 / DSCR* for sculpting. */
export type RepaymentRule =
  | { kind: 'annuity' }
  | { kind: 'equal' }
  | { kind: 'sculpted'; s: Decimal }
  | { kind: 'fixed'; principal: Series }

/** Cash interest of a period on its opening balance (§7). */
export const periodInterest = (opening: Decimal, periodicRate: Decimal): Decimal => opening.times(periodicRate)
/** The same as a workbook formula: cash interest after COD (`op` = operations flag) at `Periodic_Rate`. */
export const periodInterestExcel = (op: string, opening: string): string => `${op}*${opening}*Periodic_Rate`

/**
 * Principal by the rule, one period at a time, in a forward pass (§7): never below zero nor above the
 * opening balance (sculpted: `min(opening, max(0, CFADS·s − interest))`), so debt service is at least
 * the interest; final maturity clears the balance; repaid to the currency's minor unit. `first` and
 * `last` are the 0-based first repayment and maturity periods.
 */
export class Repayment {
  /** Balance left at maturity before the last instalment was forced to clear it (0 for a consistent rule). */
  residualAtMaturity: Decimal = ZERO
  private level: Decimal = ZERO // annuity payment or equal instalment, set at the first repayment period
  private readonly periods: number

  constructor(
    private readonly rule: RepaymentRule,
    private readonly first: number,
    private readonly last: number,
    private readonly periodicRate: Decimal,
    private readonly unit: Decimal,
    /** A floating rate per period: the annuity is re-levelled each period at that period's rate over the periods left (§10). */
    private readonly floatingRates?: Series
  ) {
    this.periods = last - first + 1
  }

  /** Principal of period `i` (0-based) given its opening balance, interest and CFADS. */
  principal(i: number, opening: Decimal, interest: Decimal, cfads: Decimal): Decimal {
    const { rule, first, last } = this
    if (rule.kind === 'fixed') return rule.principal[i] ?? ZERO
    // Stryker disable next-line ConditionalExpression: equivalent, maturity clears the balance so no later period opens above zero
    if (!(i >= first && i <= last && opening.gt(0))) return ZERO
    let principal: Decimal
    if (rule.kind === 'annuity') {
      if (this.floatingRates) this.level = annuityPayment(opening, this.floatingRates[i]!, last - i + 1)
      else if (i === first) this.level = annuityPayment(opening, this.periodicRate, this.periods)
      principal = this.level.minus(interest)
    } else if (rule.kind === 'equal') {
      if (i === first) this.level = opening.div(this.periods)
      principal = this.level
    } else {
      // Interest is always paid in cash; principal is floored at zero, so the balance never grows
      // inside the repayment window (docs/methodology.md §7, the project's reading of the spec).
      const sculpted = cfads.times(rule.s).minus(interest)
      principal = sculpted.isNegative() ? ZERO : sculpted
    }
    if (i === last) {
      // Final maturity clears the balance; what the rule would have left is reported.
      this.residualAtMaturity = opening.minus(principal)
      principal = opening
    }
    // More than the opening balance leaves less than one minor unit (a negative amount): the settle
    // clears the balance, so it also caps principal at the opening balance.
    return settlePrincipal(opening, principal, this.unit)
  }
}

/**
 * The same rule as one workbook formula for a period (the Debt sheet and the Sizing sheet's blocks):
 * inside the repayment window and while a balance is open, principal by the profile, never below zero
 * nor above the opening balance, the whole balance at `Maturity_Period`, settled to the minor unit.
 * `sculptedService` is the debt service the sculpted profile asks for (CFADS / DSCR*).
 */
export function principalExcel(
  kind: Exclude<RepaymentRule['kind'], 'fixed'>,
  ref: { repay: string; opening: string; period: string; interest: string; debtAtCod: string; sculptedService: string }
): string {
  const { repay, opening, period, interest, debtAtCod, sculptedService } = ref
  const rule = kind === 'annuity' ? `PMT(Periodic_Rate,Tenor_Periods,-${debtAtCod})-${interest}`
    : kind === 'equal' ? `${debtAtCod}/Tenor_Periods`
      : `MAX(0,${sculptedService}-${interest})`
  return `IF(AND(${repay}=1,${opening}>0),IF(${period}=Maturity_Period,${opening},${settlePrincipalExcel(opening, `MIN(${opening},${rule})`)}),0)`
}
