/** The Monte Carlo's distribution assumptions on screen (issue 17), each with its source. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseProject, type Project } from '@shared/model'
import { fxCurrencies } from '@shared/analysis/drivers'
import { mcAssumptions } from '@shared/analysis/monte-carlo/assumptions'
import { DEFAULT_MC_FX, DEFAULT_MC_SETTINGS } from '@shared/analysis/monte-carlo/simulate'

const r = parseProject(JSON.parse(readFileSync('resources/samples/india-black-mass-hydromet.json', 'utf8')))
if (!r.ok) throw new Error('sample')
const india = r.value
/** The sample with every amount (reporting, deck, offtake, tranches) in one currency. */
const inCurrency = (c: 'USD' | 'INR'): Project => {
  const p = structuredClone(india)
  p.reportingCurrency = c
  for (const d of p.prices.decks) d.currency = c
  for (const o of p.offtake) o.currency = c
  for (const t of p.financing.tranches) t.currency = c
  return p
}
const by = (rows: ReturnType<typeof mcAssumptions>, label: string) => rows.find((x) => x.label === label)

describe('mcAssumptions', () => {
  it('the defaults on the India sample: every figure an assumption, FX fixed', () => {
    const rows = mcAssumptions(india, DEFAULT_MC_SETTINGS)
    expect(by(rows, 'Price model')).toEqual({ label: 'Price model', value: 'random walk of log price per year (GBM), mean-preserving around the deck; no pull back to it', source: 'assumption' })
    const vols = rows.filter((x) => x.label.endsWith('price volatility'))
    expect(vols).toHaveLength(india.products.length)
    for (const v of vols) expect(v).toMatchObject({ value: '25 %/yr', source: 'assumption (the app’s default, not estimated from a price history)' })
    expect(by(rows, 'Price correlations')).toEqual({ label: 'Price correlations', value: 'none: each product’s prices move independently', source: 'assumption: no sourced correlation between metals' })
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

  it('figures at two decimals of a percent; several correlations joined by "; "; recovery uncertainty the user’s', () => {
    const corr = india.products.map((_, i) => india.products.map((_, j) => (i === j ? 1 : i + j === 1 ? 0.6 : i + j === 3 ? 0.3 : 0)))
    const rows = mcAssumptions(india, { ...DEFAULT_MC_SETTINGS, defaultVolatility: 0.123456, correlation: corr, recoverySd: 0.02 })
    expect(by(rows, 'NiSO4·6H2O price volatility')!.value).toBe('12.35 %/yr')
    expect(by(rows, 'Price correlations')).toMatchObject({ value: 'Battery-grade Li2CO3–NiSO4·6H2O 0.6; NiSO4·6H2O–CoSO4·7H2O 0.3', source: 'your input' })
    expect(by(rows, 'Recovery uncertainty')).toEqual({ label: 'Recovery uncertainty', value: '2 % standard deviation, one draw per run', source: 'your input' })
    expect(by(rows, 'Volume uncertainty')).toEqual({ label: 'Volume uncertainty', value: 'none: volumes as entered', source: 'assumption' })
    expect(by(rows, 'Recovery uncertainty')!.source).toBe('your input')
    const plain = mcAssumptions(india, DEFAULT_MC_SETTINGS)
    expect(by(plain, 'Recovery uncertainty')).toEqual({ label: 'Recovery uncertainty', value: 'none: recoveries as entered', source: 'assumption' })
  })

  it('one product: no correlation row; a USD project with no other currency: no FX row', () => {
    const one = { ...structuredClone(india), products: india.products.slice(0, 1) }
    expect(by(mcAssumptions(one, DEFAULT_MC_SETTINGS), 'Price correlations')).toBeUndefined()
    // The India sample's EPR certificates stay priced in INR on a USD copy (an FX exposure since the fast
    // path re-translates them): without them the project has no other currency.
    const { epr: _epr, ...usd } = inCurrency('USD')
    expect(fxCurrencies(inCurrency('USD'))).toEqual(['INR'])
    expect(fxCurrencies(usd)).toEqual([])
    const rows = mcAssumptions(usd, { ...DEFAULT_MC_SETTINGS, fx: DEFAULT_MC_FX })
    expect(rows.filter((x) => /FX|per USD|INR/.test(x.label))).toEqual([])
  })

  it('INR and JPY: the INR–JPY correlation, an assumption at 0 and the user’s otherwise; one currency has none', () => {
    const two = mcAssumptions(india, { ...DEFAULT_MC_SETTINGS, fx: DEFAULT_MC_FX })
    expect(by(two, 'INR–JPY correlation')).toEqual({ label: 'INR–JPY correlation', value: '0', source: 'assumption' })
    expect(by(mcAssumptions(india, { ...DEFAULT_MC_SETTINGS, fx: { ...DEFAULT_MC_FX, currencyCorrelation: 0.4 } }), 'INR–JPY correlation')).toEqual({ label: 'INR–JPY correlation', value: '0.4', source: 'your input' })
    const inrOnly = inCurrency('INR')
    expect(fxCurrencies(inrOnly)).toEqual(['INR'])
    expect(by(mcAssumptions(inrOnly, { ...DEFAULT_MC_SETTINGS, fx: DEFAULT_MC_FX }), 'INR–JPY correlation')).toBeUndefined()
  })

  it('a changed default volatility is the user’s figure for every product', () => {
    const rows = mcAssumptions(india, { ...DEFAULT_MC_SETTINGS, defaultVolatility: 0.3 })
    for (const v of rows.filter((x) => x.label.endsWith('price volatility'))) expect(v).toMatchObject({ value: '30 %/yr', source: 'your input' })
  })
})

describe('mcAssumptions in Japanese (#20)', () => {
  it('the same rows in the same order, the app’s words in Japanese, the figures unchanged', () => {
    const s = { ...DEFAULT_MC_SETTINGS, process: { kind: 'ou' as const, meanReversionPerYear: 0.5 }, volumeSd: 0.05, fx: DEFAULT_MC_FX }
    const en = mcAssumptions(india, s)
    const ja = mcAssumptions(india, s, 'ja')
    expect(ja).toHaveLength(en.length)
    expect(ja[0]).toEqual({ label: '価格モデル', value: '価格デッキへの平均回帰（OU）、κ = 0.5/年、半減期1.4年', source: 'ユーザー入力' })
    expect(en[0]!.value).toBe('mean-reverting to the deck (OU), κ = 0.5/yr, half-life 1.4 years')
    expect(ja.find((x) => x.label === '数量の不確実性')).toEqual({ label: '数量の不確実性', value: '標準偏差5 %、試行ごとに1回抽出', source: 'ユーザー入力' })
    expect(ja.filter((x) => x.label.endsWith('の価格ボラティリティ'))).toHaveLength(india.products.length)
    // No English word of the app's left (the product names are the user's data; a library citation would be too).
    const data = (text: string) => india.products.reduce((acc, p) => acc.split(p.name).join(''), text)
    for (const x of ja) expect(data(`${x.label} ${x.value} ${x.source}`), x.label).not.toMatch(/\b(?!GBM\b|OU\b|USD\b|INR\b|JPY\b)[A-Za-z]{3,}\b/)
  })
})
