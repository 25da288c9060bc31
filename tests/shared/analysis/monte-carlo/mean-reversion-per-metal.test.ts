/**
 * Mean reversion per metal (issue 19): a product reverts at its own κ where the settings give one. Held
 * against the single-κ path itself (the same normals, so a product's row equals the run where every product
 * has its κ), bit for bit when every κ is the pooled one, and through the whole Monte Carlo.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_MC_SETTINGS, createRng, drawPricePath, pathBuffers, runMonteCarlo, validateMcSettings, type McSettings } from '@shared/analysis'
import type { PathSpec } from '@shared/analysis/monte-carlo/paths'
import { referenceMcSettings } from '@shared/analysis/monte-carlo/reference-settings'
import { mcAssumptions } from '@shared/analysis/monte-carlo/assumptions'
import { richProject } from '../fixtures'

const identity = [[1, 0], [0, 1]]
function draw(spec: PathSpec, seed = 11, draws = 3): Float64Array[] {
  const rng = createRng(seed)
  const b = pathBuffers(2)
  return Array.from({ length: draws }, () => {
    const out = new Float64Array(2 * spec.years)
    drawPricePath(spec, rng, out, b)
    return out
  })
}

describe('price paths with a κ per product', () => {
  const base = { volatility: [0.35, 0.45], lower: identity, years: 6 }
  it('each product’s row is the path of its own κ, on the same normals', () => {
    const mixed = draw({ ...base, process: { kind: 'ou', meanReversionPerYear: 0.17 }, meanReversion: [0.17, 0.6] })
    const slow = draw({ ...base, process: { kind: 'ou', meanReversionPerYear: 0.17 } })
    const fast = draw({ ...base, process: { kind: 'ou', meanReversionPerYear: 0.6 } })
    mixed.forEach((m, d) => {
      expect(Array.from(m.subarray(0, 6))).toEqual(Array.from(slow[d]!.subarray(0, 6)))
      expect(Array.from(m.subarray(6))).toEqual(Array.from(fast[d]!.subarray(6)))
      // …and the faster product is another path (not the pooled one).
      expect(Array.from(m.subarray(6))).not.toEqual(Array.from(slow[d]!.subarray(6)))
    })
  })

  it('a κ per product equal to the pooled one draws the same bits as none', () => {
    const own = draw({ ...base, process: { kind: 'ou', meanReversionPerYear: 0.17 }, meanReversion: [0.17, 0.17] })
    const none = draw({ ...base, process: { kind: 'ou', meanReversionPerYear: 0.17 } })
    expect(own.map((x) => Array.from(x))).toEqual(none.map((x) => Array.from(x)))
  })

  it('one year of OU by hand: x₁ = σ·√((1 − e^{−2κ})/(2κ))·z, multiplier e^{x₁ − Var/2}, Var = σ²(1 − e^{−2κ})/(2κ)', () => {
    const z = createRng(5).normal()
    const [m] = draw({ process: { kind: 'ou', meanReversionPerYear: 0.17 }, meanReversion: [0.9, 0.17], volatility: [0.3, 0.3], lower: identity, years: 1 }, 5, 1)
    const k = 0.9
    const v = (0.3 * 0.3 * (1 - Math.exp(-2 * k))) / (2 * k)
    expect(m![0]).toBeCloseTo(Math.exp(0.3 * Math.sqrt((1 - Math.exp(-2 * k)) / (2 * k)) * z - v / 2), 14)
  })

  it('two years by hand, each product at its own κ: x₂ = x₁·e^{−κ} + σ·s·z, Var₂ = σ²(1 − e^{−4κ})/(2κ); GBM x₂ = x₁ − σ²/2 + σ·z', () => {
    // Normals in draw order: year 1 (product 0, product 1), year 2 (product 0, product 1); identity correlation.
    const rng = createRng(8)
    const z = [rng.normal(), rng.normal(), rng.normal(), rng.normal()]
    const [m] = draw({ process: { kind: 'ou', meanReversionPerYear: 0.17 }, meanReversion: [0.9, 0.17], volatility: [0.3, 0.4], lower: identity, years: 2 }, 8, 1)
    const ou = (k: number, sigma: number, z1: number, z2: number) => {
      const step = Math.sqrt((1 - Math.exp(-2 * k)) / (2 * k))
      const x2 = sigma * step * z1 * Math.exp(-k) + sigma * step * z2
      return Math.exp(x2 - (sigma * sigma * (1 - Math.exp(-4 * k))) / (2 * k) / 2)
    }
    expect(m![1]).toBeCloseTo(ou(0.9, 0.3, z[0]!, z[2]!), 13)
    expect(m![3]).toBeCloseTo(ou(0.17, 0.4, z[1]!, z[3]!), 13)
    const [g] = draw({ process: { kind: 'gbm' }, meanReversion: [0.9, 0.17], volatility: [0.3, 0.4], lower: identity, years: 2 }, 8, 1)
    expect(g![1]).toBeCloseTo(Math.exp(-0.045 + 0.3 * z[0]! - 0.045 + 0.3 * z[2]!), 13)
    expect(g![0]).toBeCloseTo(Math.exp(-0.045 + 0.3 * z[0]!), 14)
  })

  it('GBM ignores any κ', () => {
    const a = draw({ ...base, process: { kind: 'gbm' }, meanReversion: [0.5, 0.9] })
    const b = draw({ ...base, process: { kind: 'gbm' } })
    expect(a.map((x) => Array.from(x))).toEqual(b.map((x) => Array.from(x)))
  })
})

describe('settings with a κ per product', () => {
  const p = richProject()
  const li = p.products.find((x) => x.metal === 'Li')!
  it('the reference settings give a product its metal’s κ only where it differs from the pooled one', () => {
    const s = referenceMcSettings(p, DEFAULT_MC_SETTINGS, (m) => (m === 'Li' ? 0.5 : 0.17))
    expect(s.process).toEqual({ kind: 'ou', meanReversionPerYear: 0.17, meanReversionByProduct: { [li.id]: 0.5 } })
  })

  it('a Monte Carlo run: the pooled κ given per product is the same run; another κ for Li moves it; a κ out of range is refused', () => {
    const s: McSettings = { ...referenceMcSettings(p), draws: 40, seed: 3 }
    const run = (x: McSettings) => {
      const r = runMonteCarlo(p, x)
      if (!r.ok) throw new Error(r.reason)
      return r.draws.npv
    }
    const pooled = run(s)
    const same = run({ ...s, process: { kind: 'ou', meanReversionPerYear: 0.17, meanReversionByProduct: Object.fromEntries(p.products.map((x) => [x.id, 0.17])) } })
    expect(same).toEqual(pooled)
    const moved = run({ ...s, process: { kind: 'ou', meanReversionPerYear: 0.17, meanReversionByProduct: { [li.id]: 2 } } })
    expect(moved).not.toEqual(pooled)
    expect(validateMcSettings(p, { ...s, process: { kind: 'ou', meanReversionPerYear: 0.17, meanReversionByProduct: { [li.id]: 0 } } })).toBe('mean reversion speed must be above 0 and at most 50 a year')
    expect(validateMcSettings(p, { ...s, process: { kind: 'ou', meanReversionPerYear: 0.17, meanReversionByProduct: { [li.id]: 50 } } })).toBeNull()
  })

  it('the assumptions: one row when every product shares κ and source, else a row per product — the user’s own κ too', () => {
    const s = referenceMcSettings(p)
    const all = Object.fromEntries(p.products.map((x) => [x.id, 0.5]))
    const one = mcAssumptions(p, { ...s, process: { kind: 'ou', meanReversionPerYear: 0.17, meanReversionByProduct: all } })
    expect(one.find((r) => r.label === 'Price model')).toEqual({ label: 'Price model', value: 'mean-reverting to the deck (OU), κ = 0.5/yr, half-life 1.4 years', source: 'your input' })
    const mixed = mcAssumptions(p, { ...s, process: { kind: 'ou', meanReversionPerYear: 0.5, meanReversionByProduct: { [li.id]: 0.9 } } })
    expect(mixed.find((r) => r.label === 'Price model')!.value).toBe('mean-reverting to the deck (OU), each metal at its own speed κ (below)')
    expect(mixed.find((r) => r.label === `${li.name} mean reversion`)).toEqual({ label: `${li.name} mean reversion`, value: 'κ = 0.9/yr, half-life 0.8 years', source: 'your input' })
  })

  it('a project with no product yet (the schema allows one): the settings’ κ, as the user’s', () => {
    const empty = { ...p, products: [] }
    expect(mcAssumptions(empty, { ...DEFAULT_MC_SETTINGS, process: { kind: 'ou', meanReversionPerYear: 0.3 } }).find((r) => r.label === 'Price model'))
      .toEqual({ label: 'Price model', value: 'mean-reverting to the deck (OU), κ = 0.3/yr, half-life 2.3 years', source: 'your input' })
  })
})
