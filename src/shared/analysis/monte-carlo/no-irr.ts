import { floatIrr } from '@shared/finance/irr'

/**
 * Why a draw has no IRR (issue 17: "28 % of draws no value" needs a reason on screen). An IRR needs
 * money in and money out; a draw fails when:
 * - `allNegative`: every flow is out — the equity never gets a distribution back (cash stays locked
 *   up below the lock-up DSCR, or all of it goes to debt service and reserves);
 * - `allPositive`: every flow is in — nothing was put in (the debt and grants fund all the capex);
 * - `allZero`: no flow at all;
 * - `neverPaysBack`: money goes in and out more than once, but NPV stays below zero at every rate —
 *   what comes back never covers what went in (late sponsor support, say, after thin distributions);
 * - `noRoot`: the same with NPV above zero at every rate;
 * - `multipleRoots`: the flows change sign more than once and two rates give NPV = 0;
 * - `outOfRange`: the rate lies beyond the search range (−99.99 % … +1,000,000 % a period).
 */
export const NO_IRR_REASONS = ['allNegative', 'allPositive', 'allZero', 'neverPaysBack', 'noRoot', 'multipleRoots', 'outOfRange'] as const
export type NoIrrReason = (typeof NO_IRR_REASONS)[number]
export type NoIrrCounts = Record<NoIrrReason, number>

export const NO_IRR_TEXT: Record<NoIrrReason, string> = {
  allNegative: 'every flow is out: no distribution ever comes back (cash locked up, or all of it to debt service and reserves)',
  allPositive: 'every flow is in: nothing was put in (debt and grants fund all of it)',
  allZero: 'no cash flow at all',
  neverPaysBack: 'money goes in and out more than once, but what comes back never covers what went in, at any rate',
  noRoot: 'money goes in and out more than once, and NPV stays above zero at every rate',
  multipleRoots: 'the flows change sign more than once and two rates both give NPV = 0',
  outOfRange: 'the rate is beyond −99.99 % … +1,000,000 % a period'
}

/** The reason `flows` have no IRR, or null when they have one. */
export function noIrrReason(flows: ArrayLike<number>): NoIrrReason | null {
  const r = floatIrr(flows)
  if (r.ok) return null
  if (r.code === 'multiple-roots') return 'multipleRoots'
  if (r.code === 'out-of-range') return 'outOfRange'
  let sum = 0
  for (let k = 0; k < flows.length; k++) sum += flows[k]!
  // No root anywhere: NPV keeps one sign at every rate, the sign it has at 0 % (the plain sum).
  // Stryker disable next-line EqualityOperator: equivalent, a sum of exactly 0 is a root at 0 %, so never 'no-root'
  if (r.code === 'no-root') return sum < 0 ? 'neverPaysBack' : 'noRoot'
  let ins = 0
  let outs = 0
  // Stryker disable next-line EqualityOperator: equivalent, flows[length] is undefined, neither > 0 nor < 0
  for (let k = 0; k < flows.length; k++) {
    const f = flows[k]!
    if (f > 0) ins++
    else if (f < 0) outs++
  }
  // no-sign-change: one side is empty (a single flow of either sign counts as that side).
  return outs > 0 ? 'allNegative' : ins > 0 ? 'allPositive' : 'allZero'
}

export const emptyNoIrrCounts = (): NoIrrCounts => ({ allNegative: 0, allPositive: 0, allZero: 0, neverPaysBack: 0, noRoot: 0, multipleRoots: 0, outOfRange: 0 })
