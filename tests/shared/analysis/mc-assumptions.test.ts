/** The Monte Carlo's distribution assumptions on screen (issue 17), each with its source. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseProject } from '@shared/model'
import { mcAssumptions } from '@shared/analysis/monte-carlo/assumptions'
import { DEFAULT_MC_FX, DEFAULT_MC_SETTINGS } from '@shared/analysis/monte-carlo/simulate'

const r = parseProject(JSON.parse(readFileSync('resources/samples/india-black-mass-hydromet.json', 'utf8')))
if (!r.ok) throw new Error('sample')
const india = r.value
const by = (rows: ReturnType<typeof mcAssumptions>, label: string) => rows.find((x) => x.label === label)

describe('mcAssumptions', () => {
  it('the defaults on the India sample: every figure an assumption, FX fixed', () => {
    const rows = mcAssumptions(india, DEFAULT_MC_SETTINGS)
    expect(by(rows, 'Price model')).toEqual({ label: 'Price model', value: 'random walk of log price per year (GBM), mean-preserving around the deck; no pull back to it', source: 'assumption' })
    const vols = rows.filter((x) => x.label.endsWith('price volatility'))
    expect(vols).toHaveLength(india.products.length)
    for (const v of vols) expect(v).toMatchObject({ value: '25 %/yr', source: 'assumption (the app’s default, not estimated from a price history)' })
    expect(by(rows, 'Price correlations')).toEqual({ label: 'Price correlations', value: 'none: each product’s prices move independently', source: 'assumption' })
    expect(by(rows, 'Volume uncertainty')!.value).toBe('none: volumes as entered')
    expect(by(rows, 'Recovery uncertainty')!.value).toBe('none: recoveries as entered')
    expect(by(rows, 'FX')).toEqual({ label: 'FX', value: 'fixed on the FX table’s path', source: 'assumption' })
  })

  it('the user’s own figures say so: OU with its half-life, a per-product volatility, a correlation, volume, FX', () => {
    const [a, b] = india.products
    const corr = india.products.map((_, i) => india.products.map((_, j) => (i === j ? 1 : (i === 0 && j === 1) || (i === 1 && j === 0) ? 0.6 : 0)))
    const rows = mcAssumptions(india, {
      ...DEFAULT_MC_SETTINGS, process: { kind: 'ou', meanReversionPerYear: 0.5 }, volatility: { [a!.id]: 0.4 }, correlation: corr, volumeSd: 0.05,
      fx: { ...DEFAULT_MC_FX, volatility: { INR: 0.06 }, priceCorrelation: 0.2 }
    })
    // ln 2 / 0.5 = 1.386 years.
    expect(by(rows, 'Price model')).toMatchObject({ value: 'mean-reverting to the deck (OU), κ = 0.5/yr, half-life 1.4 years', source: 'your input' })
    expect(by(rows, `${a!.name} price volatility`)).toMatchObject({ value: '40 %/yr', source: 'your input' })
    expect(by(rows, `${b!.name} price volatility`)!.source).toMatch(/^assumption/)
    expect(by(rows, 'Price correlations')).toMatchObject({ value: `${a!.name}–${b!.name} 0.6`, source: 'your input' })
    expect(by(rows, 'Volume uncertainty')).toMatchObject({ value: '5 % standard deviation, one draw per run', source: 'your input' })
    expect(by(rows, 'INR per USD volatility')).toMatchObject({ value: '6 %/yr, a random walk from the year after construction', source: 'your input' })
    expect(by(rows, 'FX–price correlation')).toMatchObject({ value: '0.2', source: 'your input' })
  })

  it('FX on at the default 10 %: sourced against realised history', () => {
    const rows = mcAssumptions(india, { ...DEFAULT_MC_SETTINGS, fx: DEFAULT_MC_FX })
    expect(by(rows, 'INR per USD volatility')!.source).toMatch(/^assumption: INR\/USD’s realised volatility mostly 4–8 %/)
    expect(by(rows, 'FX–price correlation')!.source).toBe('assumption')
  })

  it('a changed default volatility is the user’s figure for every product', () => {
    const rows = mcAssumptions(india, { ...DEFAULT_MC_SETTINGS, defaultVolatility: 0.3 })
    for (const v of rows.filter((x) => x.label.endsWith('price volatility'))) expect(v).toMatchObject({ value: '30 %/yr', source: 'your input' })
  })
})
