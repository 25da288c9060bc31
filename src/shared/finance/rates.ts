import { Decimal, ONE } from '../decimal'

/**
 * Rate conversions and discount factors. Rates are fractions (0.08 = 8 %).
 * "Annual effective" compounds once a year; "periodic" applies to one period of `m` months.
 */

/**
 * Periodic rate equivalent to an annual effective rate `r` over periods of `m` months:
 * `(1 + r)^(m/12) − 1`. Unit: fraction per period. Requires r > −1.
 */
export function periodicFromAnnualEffective(annualRate: Decimal, periodMonths: number): Decimal {
  return ONE.plus(annualRate).pow(new Decimal(periodMonths).div(12)).minus(1)
}

/**
 * Annual effective rate equivalent to a periodic rate `i` on `m`-month periods: `(1 + i)^(12/m) − 1`.
 * Used to annualise a periodic IRR (methodology §8). Requires i > −1.
 */
export function annualEffectiveFromPeriodic(periodicRate: Decimal, periodMonths: number): Decimal {
  return ONE.plus(periodicRate).pow(new Decimal(12).div(periodMonths)).minus(1)
}

/**
 * Periodic rate of a nominal annual rate compounded per period (debt convention, §7): `rate · m/12`.
 */
export function periodicFromNominal(nominalAnnualRate: Decimal, periodMonths: number): Decimal {
  return nominalAnnualRate.times(periodMonths).div(12)
}

/**
 * End-of-period discount factor `1 / (1 + i)^n` for `n` periods at periodic rate `i` (n may be 0).
 * Dimensionless. Requires i > −1.
 */
export function discountFactor(periodicRate: Decimal, periods: number): Decimal {
  return ONE.div(ONE.plus(periodicRate).pow(periods))
}

/**
 * Discount factors for periods 1..n at periodic rate `i`: `DF_k = (1 + i)^−k`, built by repeated
 * division so a 372-period series costs n divisions, not n powers.
 */
export function discountFactors(periodicRate: Decimal, n: number): Decimal[] {
  const out: Decimal[] = []
  const growth = ONE.plus(periodicRate)
  let df = ONE
  for (let k = 0; k < n; k++) {
    df = df.div(growth)
    out.push(df)
  }
  return out
}
