/**
 * Why a Monte Carlo draw has no IRR (issue 17), and the counts in a run: every draw without an
 * equity IRR is counted under exactly one reason. Flows below are typed by hand.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseProject } from '@shared/model'
import { NO_IRR_REASONS, NO_IRR_TEXT, emptyNoIrrCounts, noIrrReason } from '@shared/analysis/monte-carlo/no-irr'
import { DEFAULT_MC_SETTINGS, runMonteCarlo } from '@shared/analysis/monte-carlo/simulate'
import { withoutMcUnsupportedOps } from './fixtures'

describe('noIrrReason', () => {
  it('flows with an IRR have no reason: −100 then +110 (10 %)', () => expect(noIrrReason([-100, 110])).toBeNull())
  it('every flow out: all negative (zeros ignored)', () => expect(noIrrReason([-100, 0, -5, 0])).toBe('allNegative'))
  it('a single flow out is all negative too', () => expect(noIrrReason([-100])).toBe('allNegative'))
  it('every flow in: all positive', () => expect(noIrrReason([0, 20, 30])).toBe('allPositive'))
  it('no flow at all', () => expect(noIrrReason([0, 0, 0])).toBe('allZero'))
  // −100, +230, −132: NPV = 0 at 10 % and at 20 % (−100 + 230/1.1 − 132/1.21 = 0; −100 + 230/1.2 − 132/1.44 = 0).
  it('two sign changes and two roots: multiple roots', () => expect(noIrrReason([-100, 230, -132])).toBe('multipleRoots'))
  // −1 then +1e9 in one period: a rate of 1e11 % a period, beyond the search range.
  // −100, +50, −10: NPV at i is −100 + 50/(1+i) − 10/(1+i)² < 0 for every i > −1 (its maximum, at 1/(1+i) = 2.5, is −37.5).
  it('sign changes twice, NPV below zero at every rate: never pays back', () => expect(noIrrReason([-100, 50, -10])).toBe('neverPaysBack'))
  // +100, −50, +10: the mirror image, above zero at every rate.
  it('sign changes twice, NPV above zero at every rate: no root', () => expect(noIrrReason([100, -50, 10])).toBe('noRoot'))
  it('a rate beyond the search range', () => expect(noIrrReason([-1, 1e9])).toBe('outOfRange'))
  it('every reason has its text, and the empty counts are zero for each', () => {
    for (const r of NO_IRR_REASONS) expect(NO_IRR_TEXT[r].length).toBeGreaterThan(10)
    expect(Object.values(emptyNoIrrCounts())).toEqual([0, 0, 0, 0, 0, 0, 0])
    expect(Object.keys(emptyNoIrrCounts())).toEqual([...NO_IRR_REASONS])
  })
})

describe('Monte Carlo counts the draws without an IRR by reason', () => {
  // Run inside the tests (not while collecting them), so a broken count fails a test rather than the file.
  let cached: ReturnType<typeof runMonteCarlo> | null = null
  const result = () => {
    if (!cached) {
      const r = parseProject(JSON.parse(readFileSync('resources/samples/india-black-mass-hydromet.json', 'utf8')))
      if (!r.ok) throw new Error('sample')
      // The sample as Monte Carlo runs it today (without the §13 inputs its fast path refuses).
      cached = runMonteCarlo(withoutMcUnsupportedOps(r.value), { ...DEFAULT_MC_SETTINGS, draws: 2000 })
    }
    if (!cached.ok) throw new Error(cached.reason)
    return cached
  }

  it('the India sample with defaults: the reasons add up to the draws with no value, for both IRRs', () => {
    const run = result()
    const sum = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0)
    expect(sum(run.noIrr!.equityIrr)).toBe(run.stats.equityIrr.missing)
    expect(sum(run.noIrr!.projectIrr)).toBe(run.stats.projectIrr.missing)
    expect(run.stats.equityIrr.missing).toBeGreaterThan(0)
  })

  it('no draw without an equity IRR is left unclassified; the reasons seen on the sample (2,000 draws)', () => {
    const run = result()
    const missing = run.draws.equityIrr.filter((x) => x === null).length
    expect(missing).toBe(run.stats.equityIrr.missing)
    // Seed 1, 2,000 draws: 111 all negative, 306 never paying back, 129 with two rates (305 and 130 before the
    // sample's trailing lock-up: trapping a weak draw's early distributions moves one from two rates to never paying back).
    expect(run.noIrr!.equityIrr).toEqual({ allNegative: 111, allPositive: 0, allZero: 0, neverPaysBack: 306, noRoot: 0, multipleRoots: 129, outOfRange: 0 })
  })
})
