import { Decimal, ONE, ZERO } from '../decimal'

/**
 * Net present value of end-of-period cash flows (methodology §8):
 * `NPV = Σ_{k=1..n} flow_k / (1 + r)^(k·m/12)`, with `r` the annual effective rate and `m` months per period.
 * `flows[0]` is period 1 (discounted by one full period). Unit: the flows' currency. Sign: as the flows
 * (cash in positive). Requires r > −1.
 */
export function npv(annualRate: Decimal, flows: readonly Decimal[], periodMonths: number): Decimal {
  // One period's factor (1+r)^(m/12), then repeated division: exact to the Decimal precision.
  const growth = ONE.plus(annualRate).pow(new Decimal(periodMonths).div(12))
  let df = ONE
  let total = ZERO
  for (const flow of flows) {
    df = df.div(growth)
    total = total.plus(flow.times(df))
  }
  return total
}

/**
 * NPV at a periodic rate `i` with the first flow at time 0 (undiscounted):
 * `Σ_{k=0..n−1} flow_k / (1 + i)^k`. The form the IRR is defined on. Requires i > −1.
 */
export function npvAtPeriodicRate(periodicRate: Decimal, flows: readonly Decimal[]): Decimal {
  // Horner in v = 1/(1+i): Σ f_k v^k = f_0 + v(f_1 + v(f_2 + …)).
  const v = ONE.div(ONE.plus(periodicRate))
  let acc = ZERO
  for (let k = flows.length - 1; k >= 0; k--) acc = acc.times(v).plus(flows[k]!)
  return acc
}
