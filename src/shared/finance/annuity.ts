import { Decimal, ONE } from '../decimal'

/**
 * Level payment per period that repays `principal` over `n` periods at periodic rate `i`, payments
 * at period end (annuity / PMT): `P · i / (1 − (1 + i)^−n)`, or `P / n` when i = 0.
 * Unit: the principal's currency per period; returned POSITIVE for a positive principal (Excel's PMT
 * returns it negative). Requires n ≥ 1 and i > −1.
 */
export function annuityPayment(principal: Decimal, periodicRate: Decimal, n: number): Decimal {
  if (n < 1) throw new RangeError('annuityPayment: n must be ≥ 1')
  if (periodicRate.isZero()) return principal.div(n)
  const factor = ONE.minus(ONE.plus(periodicRate).pow(-n))
  return principal.times(periodicRate).div(factor)
}

/**
 * Present value at time 0 of `n` end-of-period payments of `payment` at periodic rate `i`:
 * `payment · (1 − (1 + i)^−n) / i` (or `payment · n` when i = 0). Inverse of `annuityPayment`.
 */
export function annuityPresentValue(payment: Decimal, periodicRate: Decimal, n: number): Decimal {
  if (periodicRate.isZero()) return payment.times(n)
  return payment.times(ONE.minus(ONE.plus(periodicRate).pow(-n))).div(periodicRate)
}
