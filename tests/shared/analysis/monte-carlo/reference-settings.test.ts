/** The reference price process as a run's default, and the source shown beside each figure (issue 19). */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseProject, type Project } from '@shared/model'
import { mcAssumptions } from '@shared/analysis/monte-carlo/assumptions'
import { productMeanReversionSource, productVolatilitySource, referenceCorrelationMatrix, referenceMcSettings, referenceMeanReversionOf } from '@shared/analysis/monte-carlo/reference-settings'
import { estimateOu } from '@shared/analysis/monte-carlo/estimate-process'
import { referenceCorrelation, referenceMeanReversion, referenceSeries, referenceVolatility } from '@shared/reference'
import { DEFAULT_MC_SETTINGS } from '@shared/analysis/monte-carlo/simulate'
import { assumptionsLine, assumptionsOf } from '@shared/analysis/breach-sizing/assumptions'

const load = (name: string): Project => {
  const r = parseProject(JSON.parse(readFileSync(`resources/samples/${name}.json`, 'utf8')))
  if (!r.ok) throw new Error(name)
  return r.value
}
const pgm = load('pgm-catalyst-recovery')
const india = load('india-black-mass-hydromet')

describe('referenceMcSettings', () => {
  it('PGM sample: OU at 0.17/yr, Pt 26.5 %, Pd 35.3 %, Rh 50 %, independent; the rest of the settings kept', () => {
    const s = referenceMcSettings(pgm, { ...DEFAULT_MC_SETTINGS, draws: 500, seed: 9 })
    expect(s.process).toEqual({ kind: 'ou', meanReversionPerYear: 0.17 })
    const byMetal = Object.fromEntries(pgm.products.map((p) => [p.metal, s.volatility[p.id]]))
    expect(byMetal).toEqual({ Pt: 0.265, Pd: 0.353, Rh: 0.5 })
    expect(s.correlation).toBeNull()
    expect(s.draws).toBe(500)
    expect(s.seed).toBe(9)
    expect(s.defaultVolatility).toBe(DEFAULT_MC_SETTINGS.defaultVolatility)
  })

  it('battery sample: Li 45 %, Ni 35 %, Co 40 %', () => {
    const s = referenceMcSettings(india)
    expect(Object.fromEntries(india.products.map((p) => [p.metal, s.volatility[p.id]]))).toEqual({ Li: 0.45, Ni: 0.35, Co: 0.4 })
  })
})

describe('where a figure comes from', () => {
  const [pt, pd, rh] = pgm.products
  // Built in each test, not in the describe body, so that a failure in it fails a test (docs/mutation-testing.md).
  it('a reference figure cites the reference; a changed one is the user’s; the flat 25 % default is the app’s', () => {
    const s = referenceMcSettings(pgm)
    expect(productVolatilitySource(pgm, s, pt!.id)).toEqual({ volatility: 0.265, source: { kind: 'reference', citation: expect.stringMatching(/^published estimate/), assumption: false } })
    expect(productVolatilitySource(pgm, s, rh!.id).source).toMatchObject({ kind: 'reference', assumption: true, citation: expect.stringMatching(/^assumption: no rhodium/) })
    expect(productVolatilitySource(pgm, { ...s, volatility: { ...s.volatility, [pd!.id]: 0.3 } }, pd!.id)).toEqual({ volatility: 0.3, source: { kind: 'user' } })
    expect(productVolatilitySource(pgm, DEFAULT_MC_SETTINGS, pt!.id)).toEqual({ volatility: 0.25, source: { kind: 'default' } })
    expect(productVolatilitySource(pgm, { ...DEFAULT_MC_SETTINGS, defaultVolatility: 0.3 }, pt!.id)).toEqual({ volatility: 0.3, source: { kind: 'user' } })
    // A flat default that happens to equal a metal's reference figure is that figure.
    expect(productVolatilitySource(pgm, { ...DEFAULT_MC_SETTINGS, defaultVolatility: 0.5 }, rh!.id).source.kind).toBe('reference')
    // No PGM series is stored: each metal's κ is the pooled one, an assumption that says so.
    expect(productMeanReversionSource(pgm, s, pt!.id)).toEqual({ perYear: 0.17, source: { kind: 'reference', citation: expect.stringMatching(/^assumption: no price series of the metal stored — the pooled κ, estimated from IMF monthly Ni prices 1980–2015$/), assumption: true } })
    expect(productMeanReversionSource(pgm, { ...s, process: { kind: 'ou', meanReversionPerYear: 0.5 } }, pt!.id)).toEqual({ perYear: 0.5, source: { kind: 'user' } })
    expect(productMeanReversionSource(pgm, { ...s, process: { kind: 'ou', meanReversionPerYear: 0.17, meanReversionByProduct: { [pd!.id]: 0.3 } } }, pd!.id)).toEqual({ perYear: 0.3, source: { kind: 'user' } })
    expect(productMeanReversionSource(pgm, DEFAULT_MC_SETTINGS, pt!.id)).toBeNull()
    // Ni has its own stored series: its κ is estimated from it, not an assumption.
    const ni = india.products.find((p) => p.metal === 'Ni')!
    expect(productMeanReversionSource(india, referenceMcSettings(india), ni.id)).toEqual({
      perYear: 0.17, source: { kind: 'reference', citation: 'estimated from its own stored price series (annual averages 1980–2015, 35 yearly pairs)', assumption: false }
    })
  })

  it('the MC panel and the sizing sentence name the source beside each figure', () => {
    const s = referenceMcSettings(pgm)
    const rows = mcAssumptions(pgm, s)
    // Every PGM metal at the pooled κ, an assumption: one row.
    expect(rows.find((r) => r.label === 'Price model')).toEqual({
      label: 'Price model', value: 'mean-reverting to the deck (OU), κ = 0.17/yr, half-life 4.1 years', source: 'assumption: no price series of the metal stored — the pooled κ, estimated from IMF monthly Ni prices 1980–2015'
    })
    expect(rows.some((r) => r.label.endsWith('mean reversion'))).toBe(false)
    // The battery sample: Ni from its own series, Li and Co the pooled κ: a row per product.
    const battery = mcAssumptions(india, referenceMcSettings(india))
    expect(battery.find((r) => r.label === 'Price model')).toEqual({ label: 'Price model', value: 'mean-reverting to the deck (OU), each metal at its own speed κ (below)', source: 'each metal’s, below' })
    expect(battery.filter((r) => r.label.endsWith('mean reversion')).map((r) => [r.label, r.value, r.source])).toEqual(india.products.map((p) => [
      `${p.name} mean reversion`, 'κ = 0.17/yr, half-life 4.1 years',
      p.metal === 'Ni' ? 'estimated from its own stored price series (annual averages 1980–2015, 35 yearly pairs)' : 'assumption: no price series of the metal stored — the pooled κ, estimated from IMF monthly Ni prices 1980–2015'
    ]))
    expect(rows.find((r) => r.label === `${pt!.name} price volatility`)).toMatchObject({ value: '26.5 %/yr', source: expect.stringMatching(/^published estimate, daily closes/) })
    expect(rows.find((r) => r.label === `${rh!.name} price volatility`)).toMatchObject({ value: '50 %/yr', source: 'assumption: no rhodium price series in reach' })
    const line = assumptionsLine(assumptionsOf(pgm, s, []))
    expect(line).toContain('mean-reverting (Ornstein–Uhlenbeck, κ = 0.17/yr, assumption: no price series of the metal stored — the pooled κ, estimated from IMF monthly Ni prices 1980–2015) to the deck')
    // The battery sample: Ni's κ from its own series, Li's and Co's the pooled one as an assumption, grouped.
    const batteryLine = assumptionsLine(assumptionsOf(india, referenceMcSettings(india), []))
    const li = india.products.find((p) => p.metal === 'Li')!.name
    const co = india.products.find((p) => p.metal === 'Co')!.name
    const niName = india.products.find((p) => p.metal === 'Ni')!.name
    expect(batteryLine).toContain(`mean-reverting (Ornstein–Uhlenbeck) to the deck, κ ${li}, ${co} 0.17/yr (assumption: no price series of the metal stored — the pooled κ, estimated from IMF monthly Ni prices 1980–2015); ${niName} 0.17/yr (estimated from its own stored price series (annual averages 1980–2015, 35 yearly pairs))`)
    expect(line).toContain(`${pt!.name} 26.5 %/yr (published estimate`)
    expect(line).toContain(`${pd!.name} 35.3 %/yr (published estimate`)
    expect(line).toContain(`${rh!.name} 50 %/yr (assumption: no rhodium price series in reach)`)
    expect(line).toContain('products independent (assumption: no sourced correlation between metals)')
  })
})

describe('correlations from the reference', () => {
  it('none sourced in the shipped file: independent (null), every pair null', () => {
    expect(referenceCorrelationMatrix(pgm)).toBeNull()
    expect(referenceCorrelation('Pt', 'Pd')).toBeNull()
  })
  it('a sourced pair fills both triangles, the diagonal is 1, an unsourced pair 0', () => {
    const ptPd = (a: string, b: string) => ((a === 'Pt' && b === 'Pd') || (a === 'Pd' && b === 'Pt') ? 0.6 : null)
    const ids = pgm.products.map((p) => p.metal)
    expect(ids).toEqual(['Pt', 'Pd', 'Rh'])
    expect(referenceCorrelationMatrix(pgm, ptPd)).toEqual([[1, 0.6, 0], [0.6, 1, 0], [0, 0, 1]])
    // Only a pair on the diagonal's far side (Rh–Pt) still counts.
    expect(referenceCorrelationMatrix(pgm, (a, b) => ((a === 'Rh' && b === 'Pt') || (a === 'Pt' && b === 'Rh') ? -0.2 : null))).toEqual([[1, 0, -0.2], [0, 1, 0], [-0.2, 0, 1]])
    // A function that would answer for the diagonal is not asked there.
    expect(referenceCorrelationMatrix(pgm, () => null)).toBeNull()
    expect(referenceCorrelationMatrix(pgm, (a, b) => (a === b ? 0.5 : null))).toBeNull()
  })
  it('referenceCorrelation reads a pair in either order and no other', () => {
    const sv = (value: string) => ({ value, unit: 'correlation' as const, source: 'a test list, not shipped', date: '2025', confidence: 'C' as const })
    const list = [{ metals: ['Pt', 'Pd'] as ['Pt', 'Pd'], correlation: sv('0.6') }, { metals: ['Li', 'Co'] as ['Li', 'Co'], correlation: sv('0.3') }]
    expect(referenceCorrelation('Pt', 'Pd', list)).toBe(0.6)
    expect(referenceCorrelation('Pd', 'Pt', list)).toBe(0.6)
    expect(referenceCorrelation('Co', 'Li', list)).toBe(0.3)
    expect(referenceCorrelation('Pt', 'Co', list)).toBeNull()
    expect(referenceCorrelation('Li', 'Pd', list)).toBeNull()
    expect(referenceCorrelation('Pd', 'Co', list)).toBeNull()
    expect(referenceCorrelation('Co', 'Pt', list)).toBeNull()
    expect(referenceCorrelation('Pt', 'Pt', list)).toBeNull()
  })
})

describe('the reference file read', () => {
  it('a figure with a note shows source and note (method, window); one without, its source alone', () => {
    expect(referenceVolatility('Ni')!.source).toMatch(/^IMF Primary Commodity Prices, nickel .*1980-01 to 2015-12; OU volatility from the same AR\(1\) as κ/)
    expect(referenceVolatility('Rh')!.source).toMatch(/^Judgement: no rhodium series or published volatility in reach; .*\(2008, 2021\)$/)
    expect(referenceMeanReversion().source).toMatch(/; AR\(1\) of log annual-average Ni price/)
    expect(referenceVolatility('Rh')).toMatchObject({ metal: 'Rh', volatility: 0.5, assumption: true })
    expect(referenceVolatility('Ni')).toMatchObject({ metal: 'Ni', volatility: 0.35, assumption: false })
  })
  it('only Ni has a stored series; a metal without one has none', () => {
    expect(referenceSeries('Pt')).toEqual([])
    expect(referenceSeries('Ni')[0]).toEqual({ year: 1980, price: 6518.7 })
  })
})

describe('mean reversion per metal (issue 19)', () => {
  it('a metal with a stored series: κ = −ln b of its own AR(1), to 2 decimals; without one: the pooled κ, an assumption', () => {
    // Hand computation on the stored Ni annual averages: the least-squares slope of ln P_t on ln P_{t−1}.
    const x = referenceSeries('Ni').map((p) => Math.log(p.price))
    const prev = x.slice(0, -1)
    const next = x.slice(1)
    const mean = (v: number[]) => v.reduce((a, y) => a + y, 0) / v.length
    const [mx, my] = [mean(prev), mean(next)]
    const b = prev.reduce((a, p, i) => a + (p - mx) * (next[i]! - my), 0) / prev.reduce((a, p) => a + (p - mx) ** 2, 0)
    expect(b).toBeCloseTo(0.8426, 4)
    const ni = referenceMeanReversionOf('Ni')
    expect(ni).toEqual({ perYear: Number((-Math.log(b)).toFixed(2)), assumption: false, citation: 'estimated from its own stored price series (annual averages 1980–2015, 35 yearly pairs)' })
    expect(ni.perYear).toBe(0.17)
    expect(estimateOu(referenceSeries('Ni').map((p) => p.price)).meanReversionPerYear).toBeCloseTo(-Math.log(b), 12)
    for (const m of ['Pt', 'Pd', 'Rh', 'Li', 'Co', 'Mn'] as const)
      expect(referenceMeanReversionOf(m)).toEqual({ perYear: referenceMeanReversion().perYear, assumption: true, citation: 'assumption: no price series of the metal stored — the pooled κ, estimated from IMF monthly Ni prices 1980–2015' })
  })

  it('the reference settings list a product’s own κ only where its metal’s differs from the pooled one (none today: the settings are as before)', () => {
    expect(referenceMcSettings(india).process).toEqual({ kind: 'ou', meanReversionPerYear: 0.17 })
  })
})
