import { Decimal, ZERO } from '../decimal'
import type { Series } from './types'

/** Small helpers for per-period series (index 0 = period 1). */
export const zeros = (n: number): Series => new Array<Decimal>(n).fill(ZERO)

export const addInto = (target: Series, add: Series): void => {
  for (let i = 0; i < target.length; i++) target[i] = target[i]!.plus(add[i]!)
}

export const sumSeries = (s: readonly Decimal[]): Decimal => {
  let t = ZERO
  for (const x of s) t = t.plus(x)
  return t
}

export const plus = (a: Series, b: Series): Series => a.map((x, i) => x.plus(b[i]!))
export const minus = (a: Series, b: Series): Series => a.map((x, i) => x.minus(b[i]!))

/** `(1 + rate)^steps` cached per integer step count (escalation on anniversaries, §1). */
export function escalationFactors(rate: Decimal, steps: readonly number[]): Series {
  const cache = new Map<number, Decimal>()
  const growth = rate.plus(1)
  return steps.map((s) => {
    let f = cache.get(s)
    if (!f) {
      f = growth.pow(s)
      cache.set(s, f)
    }
    return f
  })
}
