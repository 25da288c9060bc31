import { describe, expect, it } from 'vitest'
import { runModel } from '@shared/engine'
import {
  DEFAULT_MC_SETTINGS, choleskyOfCorrelation, createRng, drawPricePath, drawsCsv, drawsTable, pathBuffers, runMonteCarlo, type McResult, type McSettings
} from '@shared/analysis'
import { richProject } from './fixtures'

const project = richProject()
const settings = (over: Partial<McSettings>): McSettings => ({ ...DEFAULT_MC_SETTINGS, draws: 400, ...over })
const ok = (r: ReturnType<typeof runMonteCarlo>): McResult => {
  if (!r.ok) throw new Error(r.reason)
  return r
}

const corr = (a: readonly number[], b: readonly number[]) => {
  const n = a.length
  const ma = a.reduce((s, x) => s + x, 0) / n
  const mb = b.reduce((s, x) => s + x, 0) / n
  let sab = 0
  let saa = 0
  let sbb = 0
  for (let i = 0; i < n; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb)
    saa += (a[i]! - ma) ** 2
    sbb += (b[i]! - mb) ** 2
  }
  return sab / Math.sqrt(saa * sbb)
}

describe('Monte Carlo', () => {
  it('the same seed gives the same numbers; another seed does not', () => {
    const s = settings({ seed: 42, volumeSd: 0.05, recoverySd: 0.02 })
    const a = ok(runMonteCarlo(project, s))
    const b = ok(runMonteCarlo(project, s))
    expect(b.draws).toEqual(a.draws)
    expect(b.stats).toEqual(a.stats)
    const c = ok(runMonteCarlo(project, { ...s, seed: 43 }))
    expect(c.draws.npv).not.toEqual(a.draws.npv)
  })

  it('zero volatility and no volume/recovery uncertainty: every draw equals the base case (GBM and OU)', () => {
    const base = runModel(project).metrics
    for (const process of [{ kind: 'gbm' as const }, { kind: 'ou' as const, meanReversionPerYear: 0.5 }]) {
      const r = ok(runMonteCarlo(project, settings({ draws: 50, defaultVolatility: 0, process })))
      for (let i = 0; i < 50; i++) {
        expect(Math.abs(r.draws.npv[i]! - base.npv.toNumber())).toBeLessThan(1e-9 * Math.abs(base.npv.toNumber()))
        expect(r.draws.minDscr[i]).toBeCloseTo(base.minDscr.ok ? base.minDscr.value.toNumber() : NaN, 9)
        expect(r.draws.equityIrr[i]).toBeCloseTo(base.equityIrr.ok ? base.equityIrr.value.toNumber() : NaN, 9)
        expect(r.draws.meanPriceMultiplier.every((p) => p[i] === 1)).toBe(true)
      }
      expect(r.stats.npv.p10).toBe(r.stats.npv.p90)
    }
  })

  it('shocks carry the input correlation (within sampling error) and the Cholesky factor reproduces it', () => {
    const rho = [[1, 0.8, -0.3], [0.8, 1, 0.1], [-0.3, 0.1, 1]]
    const ch = choleskyOfCorrelation(rho)
    if (!ch.ok) throw new Error(ch.reason)
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(ch.lower[i]!.reduce((s, l, k) => s + l * ch.lower[j]![k]!, 0)).toBeCloseTo(rho[i]![j]!, 12)
    // GBM log-returns of year 1 = −σ²/2 + σ·ε: their correlation is ε's.
    const rng = createRng(2024)
    const spec = { process: { kind: 'gbm' as const }, volatility: [0.3, 0.2, 0.4], lower: ch.lower, years: 2 }
    const out = new Float64Array(6)
    const b = pathBuffers(3)
    const N = 20000
    const r: number[][] = [[], [], []]
    for (let n = 0; n < N; n++) {
      drawPricePath(spec, rng, out, b)
      for (let p = 0; p < 3; p++) r[p]!.push(Math.log(out[p * 2]!))
    }
    const se = 4 / Math.sqrt(N) // ≈ 4 standard errors of a correlation estimate
    expect(Math.abs(corr(r[0]!, r[1]!) - 0.8)).toBeLessThan(se)
    expect(Math.abs(corr(r[0]!, r[2]!) + 0.3)).toBeLessThan(se)
    expect(Math.abs(corr(r[1]!, r[2]!) - 0.1)).toBeLessThan(se)
    // Mean-preserving: E[multiplier] = 1; sd of log = σ.
    const mean = (xs: number[]) => xs.reduce((s, x) => s + Math.exp(x), 0) / xs.length
    expect(Math.abs(mean(r[0]!) - 1)).toBeLessThan(4 * 0.3 / Math.sqrt(N) * 1.1)
  })

  it('refuses a correlation matrix that is not positive semi-definite, naming it', () => {
    const bad = [[1, 0.9, -0.9, 0], [0.9, 1, 0.9, 0], [-0.9, 0.9, 1, 0], [0, 0, 0, 1]]
    const r = runMonteCarlo(project, settings({ correlation: bad }))
    expect(r.ok).toBe(false)
    expect(!r.ok && r.reason).toMatch(/^price correlation matrix is not positive semi-definite/)
    expect(!r.ok && runMonteCarlo(project, settings({ correlation: [[1, 0.5], [0.5, 1]] })).ok).toBe(false)
    const asym = runMonteCarlo(project, settings({ correlation: [[1, 0.5, 0, 0], [0.4, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]] }))
    expect(!asym.ok && asym.reason).toMatch(/not symmetric/)
    // Perfectly correlated products are semi-definite: accepted.
    const one = [[1, 1, 0, 0], [1, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]
    const r1 = ok(runMonteCarlo(project, settings({ correlation: one, draws: 20 })))
    expect(r1.draws.meanPriceMultiplier[0]).toEqual(r1.draws.meanPriceMultiplier[1])
  })

  it('statistics: P10 ≤ P50 ≤ P90, probabilities of breach, histogram counts add up', () => {
    const r = ok(runMonteCarlo(project, settings({ draws: 2000, seed: 9 })))
    for (const k of ['equityIrr', 'projectIrr', 'npv', 'minDscr'] as const) {
      const s = r.stats[k]
      expect(s.count + s.missing).toBe(2000)
      if (s.count > 0) {
        expect(s.p10!).toBeLessThanOrEqual(s.p50!)
        expect(s.p50!).toBeLessThanOrEqual(s.p90!)
        expect(s.histogram.reduce((a, h) => a + h.count, 0)).toBe(s.count)
      }
    }
    const dscr = r.draws.minDscr.filter((x): x is number => x !== null)
    expect(r.probabilityBelowCovenant).toBe(dscr.filter((x) => x < 1.3).length / dscr.length)
    expect(r.probabilityBelowOne).toBe(dscr.filter((x) => x < 1).length / dscr.length)
    expect(r.probabilityBelowCovenant!).toBeGreaterThan(r.probabilityBelowOne!)
  })

  it('rejects bad settings with a message', () => {
    expect(runMonteCarlo(project, settings({ draws: 0 }))).toMatchObject({ ok: false, reason: expect.stringMatching(/draws/) })
    expect(runMonteCarlo(project, settings({ defaultVolatility: -0.1 }))).toMatchObject({ ok: false, reason: expect.stringMatching(/volatility/) })
    expect(runMonteCarlo(project, settings({ process: { kind: 'ou', meanReversionPerYear: 0 } }))).toMatchObject({ ok: false })
  })

  it('runs a project with a cash sweep: its draws re-walk the debt (fast-path.test.ts holds each to the engine)', () => {
    const swept = structuredClone(project)
    swept.financing.waterfall = { ...swept.financing.waterfall, sweep: { share: '0.5', trigger: null, allocation: 'pro-rata' } }
    const r = ok(runMonteCarlo(swept, settings({ draws: 50 })))
    expect(r.draws.minDscr).toHaveLength(50)
  })

  it('draws table and CSV: one row per draw, units in headers, formula injection neutralised', () => {
    const r = ok(runMonteCarlo(project, settings({ draws: 10 })))
    const t = drawsTable(r)
    expect(t.rows).toHaveLength(10)
    expect(t.columns.map((c) => c.key)).toEqual(['draw', 'price:pt', 'price:pd', 'price:ni', 'price:li', 'volume', 'recovery', 'equityIrr', 'projectIrr', 'npv', 'minDscr'])
    const hostile = { ...r, draws: { ...r.draws, products: [{ id: 'pt', name: '=HYPERLINK("x")' }, ...r.draws.products.slice(1)] } }
    const csv = drawsCsv(hostile)
    const lines = csv.split('\r\n')
    expect(lines).toHaveLength(12)
    expect(lines[0]).toContain(`,"'=HYPERLINK(""x"") price multiplier`)
    expect(lines[1]!.split(',')[0]).toBe('1')
  })
})
