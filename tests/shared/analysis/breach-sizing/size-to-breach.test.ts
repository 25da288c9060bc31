import { describe, expect, it } from 'vitest'
import {
  DEFAULT_BREACH_SIZING, DEFAULT_MC_SETTINGS, buildFastModel, createScratch, evaluateDraw, runMonteCarlo, sizeToBreach, sizingSentence,
  type BreachSizingResult, type BreachSizingSettings, type BreachTarget, type McSettings
} from '@shared/analysis'
import { scaleHeldDebt } from '@shared/analysis/breach-sizing/debt-scale'
import { createDrawSource } from '@shared/analysis/monte-carlo/draw-source'
import { mcSampleProjects } from '../fixtures'
import type { Project } from '@shared/model'

const byName = (n: string) => mcSampleProjects().find((s) => s.name === n)!.project
const pgm = byName('pgm-catalyst-recovery.json')
const lenders = byName('india-black-mass-three-lenders.json')
const rich = byName('rich')
const OU: McSettings['process'] = { kind: 'ou', meanReversionPerYear: 0.5 }

const settings = (draws: number, target: BreachTarget, over: Partial<BreachSizingSettings> = {}, mc: Partial<McSettings> = {}): BreachSizingSettings => ({
  ...DEFAULT_BREACH_SIZING, mc: { ...DEFAULT_MC_SETTINGS, draws, seed: 42, process: OU, ...mc }, target, ...over
})
const ok = (r: ReturnType<typeof sizeToBreach>): BreachSizingResult => {
  if (!r.ok) throw new Error(r.reason)
  return r
}
const breach = (p: number): BreachTarget => ({ maxBreachProbability: p, p90Covenant: null })

/**
 * Brute force, independent of the search, the cache of priced draws, the interpolated debt and the
 * cover-only walk: for each scale on a grid, a Decimal build of the fast model with the scaled debt and
 * the full `evaluateDraw` of every draw (the same seed's draws); the answer is the last grid scale below
 * which every grid scale meets the target.
 */
function bruteForce(project: Project, s: BreachSizingSettings, step: number, upper: number): { scale: number; probability: number }[] {
  const one = buildFastModel(project)
  const made = createDrawSource(project, s.mc, one)
  if (!made.ok) throw new Error(made.reason)
  const draws = Array.from({ length: s.mc.draws }, () => {
    const d = made.source.next()
    return { ...d, price: Float64Array.from(d.price), ...(d.fx ? { fx: Float64Array.from(d.fx) } : {}) }
  })
  const out: { scale: number; probability: number }[] = []
  for (let k = 0; k * step <= upper + 1e-12; k++) {
    const scale = k * step
    const m = buildFastModel(project, undefined, scaleHeldDebt(one.base.debt, scale))
    const scratch = createScratch(m)
    let breaches = 0
    for (const d of draws) {
      const x = evaluateDraw(m, d, scratch).minDscr
      if (x !== null && x < 1) breaches++
    }
    out.push({ scale, probability: breaches / draws.length })
  }
  return out
}

describe('sizeToBreach against brute force (a direct scan of debt amounts on the same draws)', () => {
  for (const [name, project, draws, step] of [['pgm-catalyst-recovery', pgm, 200, 0.01], ['rich (INR, sculpted, DSRA)', rich, 200, 0.02]] as const) {
    it(`${name}: the same amount to the scan's step`, () => {
      const s = settings(draws, breach(0.1), { toleranceFraction: step / 4 })
      const r = ok(sizeToBreach(project, s))
      const scan = bruteForce(project, s, step, r.upperScale)
      const firstFail = scan.findIndex((x) => x.probability > 0.1)
      expect(firstFail).toBeGreaterThan(0)
      const scanChosen = scan[firstFail - 1]!.scale
      expect(r.chosen.scale).toBeGreaterThanOrEqual(scanChosen - 1e-12)
      expect(r.chosen.scale).toBeLessThan(scan[firstFail]!.scale)
      // At the scan's own points the search's probabilities are the brute force's, draw for draw.
      for (const p of r.curve) {
        const k = Math.round(p.scale / step)
        if (Math.abs(k * step - p.scale) < 1e-12) expect(p.breachProbability).toBe(scan[k]!.probability)
      }
    })
  }
})

/** The project with a cash sweep in its waterfall (§11): `share` of the cash after reserves prepays senior debt. */
const swept = (p: Project, sweep: NonNullable<NonNullable<Project['financing']['waterfall']>['sweep']>): Project => {
  const q = structuredClone(p)
  q.financing.waterfall = { ...(q.financing.waterfall ?? {}), sweep }
  return q
}

describe('sizeToBreach on a project with a cash sweep (issue 19): against a direct scan of Decimal builds', () => {
  for (const [name, project, step] of [
    ['pgm-catalyst-recovery, 50 % swept every period, pro rata', swept(pgm, { share: '0.5', trigger: null, allocation: 'pro-rata' }), 0.01],
    ['rich (INR, sculpted, DSRA), 100 % swept while DSCR < 1.5x', swept(rich, { share: '1', trigger: '1.5', allocation: 'pro-rata' }), 0.02]
  ] as const) {
    it(`${name}: the same amount to the scan's step, draw for draw at the scan's points`, () => {
      const s = settings(200, breach(0.1), { toleranceFraction: step / 4 })
      const r = ok(sizeToBreach(project, s))
      const scan = bruteForce(project, s, step, r.upperScale)
      const firstFail = scan.findIndex((x) => x.probability > 0.1)
      expect(firstFail).toBeGreaterThan(0)
      expect(r.chosen.scale).toBeGreaterThanOrEqual(scan[firstFail - 1]!.scale - 1e-12)
      expect(r.chosen.scale).toBeLessThan(scan[firstFail]!.scale)
      let compared = 0
      for (const p of r.curve) {
        const k = Math.round(p.scale / step)
        if (Math.abs(k * step - p.scale) < 1e-12) {
          expect(p.breachProbability).toBe(scan[k]!.probability)
          compared++
        }
      }
      expect(compared).toBeGreaterThan(5)
    })
  }
  it('the sweep is walked, not ignored: the swept PGM sample\'s curve differs from the unswept one on the same draws', () => {
    const s = settings(300, breach(0.1))
    const withSweep = ok(sizeToBreach(swept(pgm, { share: '1', trigger: null, allocation: 'pro-rata' }), s))
    const without = ok(sizeToBreach(pgm, s))
    expect(withSweep.deterministic.amount).toBe(without.deterministic.amount)
    expect(withSweep.curve.map((p) => p.breachProbability)).not.toEqual(without.curve.map((p) => p.breachProbability))
  })
})

describe('sizeToBreach', () => {
  const s = settings(1500, breach(0.1))
  const r = ok(sizeToBreach(pgm, s))
  it('the chosen amount meets the target and the next amount up (within the tolerance) does not', () => {
    expect(r.chosen.breachProbability).toBeLessThanOrEqual(0.1)
    expect(r.chosen.meets).toBe(true)
    expect(r.next!.breachProbability).toBeGreaterThan(0.1)
    expect(r.next!.amount - r.chosen.amount).toBeLessThanOrEqual(r.tolerance)
    expect(r.chosen.amount).toBeCloseTo(r.chosen.scale * r.deterministic.amount, 6)
    expect(r.tolerance).toBeCloseTo(1e-4 * r.deterministic.amount, 9)
  })
  it('the curve: 21 amounts from 0 to 1.5× the deterministic sizing, probability rising with the debt (common random numbers)', () => {
    expect(r.curve).toHaveLength(21)
    expect(r.curve[0]!.amount).toBe(0)
    expect(r.curve[0]!.breachProbability).toBe(0) // no debt, no debt service, no breach
    expect(r.curve[20]!.scale).toBe(1.5)
    for (let i = 1; i < r.curve.length; i++) expect(r.curve[i]!.breachProbability).toBeGreaterThanOrEqual(r.curve[i - 1]!.breachProbability)
    expect(r.nonMonotone).toEqual([])
    expect(r.upperScale).toBe(1.5)
    expect(r.cappedAtFullFunding).toBe(false)
    expect(r.evaluations).toBe(1 + 21 + 10) // deterministic, curve, ⌈log2(0.075 / 0.0001)⌉ bisection steps
  })
  it('the deterministic point is the Monte Carlo of the same seed (debt held at the base case)', () => {
    const mc = runMonteCarlo(pgm, s.mc)
    if (!mc.ok) throw new Error(mc.reason)
    expect(r.deterministic.point.scale).toBe(1)
    expect(r.deterministic.point.breachProbability).toBeCloseTo(mc.probabilityBelowOne! * (mc.stats.minDscr.count / s.mc.draws), 12)
    expect(r.deterministic.amount).toBeCloseTo(mc.draws.npv.length > 0 ? buildFastModel(pgm).base.financing.totalDebt.toNumber() : 0, 2)
    expect(r.deterministic.sizingMode).toBe('gearing')
  })
  it('reproducible by seed; another seed moves the answer', () => {
    const again = ok(sizeToBreach(pgm, s))
    expect({ ...again, elapsedMs: 0 }).toEqual({ ...r, elapsedMs: 0 })
    const other = ok(sizeToBreach(pgm, { ...s, mc: { ...s.mc, seed: 43 } }))
    expect(other.chosen.amount).not.toBe(r.chosen.amount)
  })
  it('reports progress up to the total', () => {
    const seen: [number, number][] = []
    ok(sizeToBreach(pgm, settings(200, breach(0.1)), (d, t) => seen.push([d, t])))
    expect(seen.length).toBeGreaterThan(10)
    expect(seen.at(-1)![0]).toBe(seen.at(-1)![1])
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0])
  })
  it('the sentence names target, amount, deterministic sizing, draws, seed and assumptions', () => {
    const text = sizingSentence(r)
    expect(text).toMatch(/^Sized to P\(min DSCR < 1\.00x\) ≤ 10 %: USD \d+\.\d\d m \(deterministic sizing USD 4\.95 m\), 1,500 draws, seed 42, mean-reverting \(Ornstein–Uhlenbeck, κ = 0\.5\/yr, set by the user\)/)
    expect(text).toContain('price volatility 25 %/yr (assumption')
  })
})

describe('sizeToBreach: P90 covenant, FX, edges', () => {
  it('P90 min DSCR ≥ 1.30x: the chosen amount’s P10 meets it, the next one misses', () => {
    const r = ok(sizeToBreach(pgm, settings(1000, { maxBreachProbability: null, p90Covenant: 1.3 })))
    expect(r.chosen.p10MinDscr!).toBeGreaterThanOrEqual(1.3)
    expect(r.next!.p10MinDscr!).toBeLessThan(1.3)
    expect(r.chosen.covenantProbability!).toBeLessThanOrEqual(0.1 + 1 / 1000)
    expect(sizingSentence(r)).toMatch(/^Sized to P90 min DSCR ≥ 1\.30x: /)
  })
  it('both targets: the tighter one binds', () => {
    const a = ok(sizeToBreach(pgm, settings(600, breach(0.1))))
    const b = ok(sizeToBreach(pgm, settings(600, { maxBreachProbability: null, p90Covenant: 1.3 })))
    const both = ok(sizeToBreach(pgm, settings(600, { maxBreachProbability: 0.1, p90Covenant: 1.3 })))
    expect(both.chosen.amount).toBeCloseTo(Math.min(a.chosen.amount, b.chosen.amount), 6)
  })
  it('FX as a driver (INR and JPY at the default volatility) with an unhedged INR tranche: the same draws as the Monte Carlo, and the deterministic point its probability', () => {
    const s = settings(300, breach(0.1), {}, { fx: { volatility: { INR: 0.1 }, priceCorrelation: 0, currencyCorrelation: 0 } })
    const r = ok(sizeToBreach(lenders, s))
    const mc = runMonteCarlo(lenders, s.mc)
    if (!mc.ok) throw new Error(mc.reason)
    expect(mc.draws.fx?.currencies).toEqual(['INR', 'JPY'])
    expect(r.deterministic.point.breachProbability).toBeCloseTo(mc.probabilityBelowOne! * (mc.stats.minDscr.count / 300), 12)
    expect(r.assumptions.fx).toMatch(/^FX random walk: INR 10 %\/yr \(assumption.*JPY 10 %\/yr \(assumption/)
  })
  it('a target met over the whole range: the top of the range, said to be a lower bound', () => {
    const r = ok(sizeToBreach(pgm, settings(100, breach(0.99))))
    expect(r.next).toBeNull()
    expect(r.chosen.scale).toBe(1.5)
    expect(sizingSentence(r)).toContain('a lower bound')
  })
  it('refuses bad settings with a message naming the field', () => {
    const bad = (over: Partial<BreachSizingSettings>, mc: Partial<McSettings> = {}) => {
      const r = sizeToBreach(pgm, { ...settings(100, breach(0.1), {}, mc), ...over })
      return r.ok ? '' : r.reason
    }
    expect(bad({ target: { maxBreachProbability: null, p90Covenant: null } })).toMatch(/breach probability, a P90 covenant, or both/)
    expect(bad({ target: breach(1) })).toMatch(/breach probability must be/)
    expect(bad({ target: breach(-0.1) })).toMatch(/breach probability must be/)
    expect(bad({ target: { maxBreachProbability: null, p90Covenant: 0 } })).toMatch(/P90 covenant/)
    expect(bad({ curvePoints: 2 })).toMatch(/curve points/)
    expect(bad({ upperMultiple: 0 })).toMatch(/range/)
    expect(bad({ toleranceFraction: 0 })).toMatch(/tolerance/)
    expect(bad({}, { draws: 50001 })).toMatch(/at most 50,000 draws/)
    expect(bad({}, { draws: 0 })).toMatch(/draws must be/)
  })
  it('refuses a project with no debt to scale', () => {
    const p = structuredClone(pgm)
    p.financing.gearing = '0'
    const r = sizeToBreach(p, settings(50, breach(0.1)))
    expect(r.ok ? '' : r.reason).toMatch(/no senior debt to scale/)
  })
  it('GBM at 25 %/yr without mean reversion on the PGM sample: no debt meets 10 %, and the sentence says why', () => {
    const r = ok(sizeToBreach(pgm, settings(400, breach(0.1), {}, { process: { kind: 'gbm' } })))
    expect(r.chosen.amount).toBe(0)
    expect(r.next!.breachProbability).toBeGreaterThan(0.1)
    expect(sizingSentence(r)).toMatch(/: USD 0\.00 m — no senior debt meets it: even the smallest amount tried, USD \d+, breaches in [\d.]+ % of draws, those whose CFADS falls to about zero or below/)
  })
})
