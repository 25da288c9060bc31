import { Decimal, ZERO } from '../decimal'
import type { Series } from './types'

/** Small helpers for per-period series (index 0 = period 1). */
export const zeros = (n: number): Series => new Array<Decimal>(n).fill(ZERO)

export const sumSeries = (s: readonly Decimal[]): Decimal => {
  let t = ZERO
  for (const x of s) t = t.plus(x)
  return t
}

/** `(1 + rate)^steps` cached per integer step count (escalation on anniversaries, §1). */
export function escalationFactors(rate: Decimal, steps: readonly number[]): Series {
  const cache = new Map<number, Decimal>()
  const growth = rate.plus(1)
  return steps.map((s) => {
    let f = cache.get(s)
    // Stryker disable next-line ConditionalExpression: equivalent, the cache only saves recomputing the same power
    if (!f) {
      f = growth.pow(s)
      cache.set(s, f)
    }
    return f
  })
}

/**
 * Map over periods computing only each group's representative: periods with the same phase, operating
 * year, calendar year, escalation step and contract activity have identical operating values, so a
 * 30-year monthly model evaluates ~31 groups instead of 372 periods. `rep[i]` = first period of i's group.
 */
export function gmap(rep: readonly number[], f: (i: number) => Decimal): Series {
  // Stryker disable next-line ArrayDeclaration: equivalent, every index is assigned below, so a pre-sized and an empty array end the same
  const out = new Array<Decimal>(rep.length)
  for (let i = 0; i < rep.length; i++) {
    const r = rep[i]!
    out[i] = r === i ? f(i) : out[r]!
  }
  return out
}

/** Group representatives from a key per period. */
export function groupRepresentatives(keys: readonly string[]): number[] {
  const first = new Map<string, number>()
  return keys.map((k, i) => {
    const f = first.get(k)
    if (f !== undefined) return f
    first.set(k, i)
    return i
  })
}
