/**
 * Monte Carlo with FX as a random driver and debt in tranches (issue 14): the float fast path with an FX
 * path equals the Decimal engine run on the same FX path (written as an FX table per calendar year) with
 * the debt held, to a relative 1e-9 (methodology §9); hedged debt does not move; FX is correlated with
 * prices; switching FX on leaves the price draws as they were.
 */
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { prepare } from '@shared/engine/prepare'
import {
  DEFAULT_MC_FX, DEFAULT_MC_SETTINGS, buildFastModel, choleskyOfCorrelation, createRng, createScratch, drawFxPath, drawsTable, evaluateDraw, fxBuffers, runMonteCarlo,
  type FastModel, type McResult, type McSettings
} from '@shared/analysis'
import type { Project } from '@shared/model'
import { inrPlantUsdDebt, twoTranches, valid } from '../engine/two-tranche-project'
import { tranche } from '../model/tranche-fixtures'
import { close, matches } from './fast-close'
import { richProject } from './fixtures'

const ok = (r: ReturnType<typeof runMonteCarlo>): McResult => {
  if (!r.ok) throw new Error(r.reason)
  return r
}

/**
 * The rich analysis case (INR reporting, USD deck, USD and INR contracts, semi-annual, 18 months of
 * construction over 2026–2027, DSRA 6 months), sized by gearing (70 %) in three tranches: INR sculpted
 * 50 %, USD unhedged annuity 30 %, JPY hedged equal 20 % (JPY 150 per USD, weakening 2 % a year after the table).
 */
function richTranches(): Project {
  const p = richProject()
  p.financing.sizing = 'gearing'
  p.fx.rates.push({ currency: 'JPY', points: [{ year: 2026, perUsd: '150' }], annualDepreciation: '0.02' })
  const inr = p.financing.tranches[0]!
  p.financing.tranches = [
    { ...inr, id: 'inr', name: 'Indian bank', share: '0.5' },
    tranche('USD', { annualRate: '0.07', tenorYears: 7, graceMonths: 6, repayment: 'annuity', upfrontFee: '0.01' }, { id: 'ifc', name: 'DFI', lenderType: 'dfi', share: '0.3' }),
    tranche('JPY', { annualRate: '0.02', tenorYears: 8, graceMonths: 6, repayment: 'equal', upfrontFee: '0.005' }, { id: 'jbic', name: 'ECA', lenderType: 'eca', share: '0.2', hedge: { hedged: true, annualCost: '0.015' }, ecaPremium: '0.03' })
  ]
  return valid(p)
}

/** The draw's FX path written as inputs the Decimal engine takes: an FX table with a point for every calendar year = the case's FX × the multiplier. */
function fxShocked(project: Project, fm: FastModel, fx: Float64Array): Project {
  const p = structuredClone(project)
  const prep = prepare(project, undefined)
  p.fx.rates = p.fx.rates.map((table) => {
    const slot = fm.fx.currencies.indexOf(table.currency)
    const points = Array.from({ length: fm.years }, (_, y) => {
      const i = fm.yearIndex.findIndex((k) => k === y)
      const rate = prep.fx[table.currency][i]!
      return { year: fm.firstYear + y, perUsd: (slot < 0 ? rate : rate.times(new Decimal(fx[slot * fm.years + y]!))).toDecimalPlaces(24).toFixed() }
    })
    return { currency: table.currency, points }
  })
  return p
}

/** A path of FX multipliers: 1 before `fm.fx.firstYear`, then a deterministic zig-zag per currency. */
function handPath(fm: FastModel, amplitude: number): Float64Array {
  const out = new Float64Array(fm.fx.currencies.length * fm.years).fill(1)
  fm.fx.currencies.forEach((_, c) => {
    for (let y = fm.fx.firstYear; y < fm.years; y++) out[c * fm.years + y] = 1 + amplitude * (c + 1) * Math.sin(1.3 * y + c) + 0.04 * (y - fm.fx.firstYear + 1)
  })
  return out
}

/** `fxShocked` plus the draw's price shocks written as a table deck per calendar year (the engine's form of a draw). */
function priceAndFxShocked(project: Project, fm: FastModel, price: Float64Array, fx: Parameters<typeof fxShocked>[2]): Project {
  const shocked = fxShocked(project, fm, fx)
  const deck = shocked.prices.decks.find((d) => d.id === shocked.prices.activeDeckId)!
  const base = prepare(project, undefined)
  deck.prices = deck.prices.map((pr) => {
    const k = project.products.findIndex((x) => x.id === pr.productId)
    const points = Array.from({ length: fm.years }, (_, y) => {
      const i = fm.yearIndex.findIndex((v) => v === y)
      return { year: fm.firstYear + y, price: base.products[k]!.deckPrice[i]!.times(new Decimal(price[k * fm.years + y]!)).toDecimalPlaces(24).toFixed() }
    })
    return { productId: pr.productId, mode: 'table' as const, points }
  })
  return shocked
}

describe('each currency its own FX move (issue 19): the fast path under a scenario with per-currency FX = the Decimal engine', () => {
  // INR × 0.9 and JPY × 1.2 on top of all × 1.05: three different moves, so a mix-up of currencies shows.
  const scenario = { id: 'own', name: 'Own FX', fxMultiplier: '1.05', fxMultipliers: [{ currency: 'INR' as const, multiplier: '0.9' }, { currency: 'JPY' as const, multiplier: '1.2' }] }
  it('rich: INR project, INR + unhedged USD + hedged JPY tranches — the centre and FX paths on top, debt held', () => {
    const project = richTranches()
    const fm = buildFastModel(project, scenario)
    const s = createScratch(fm)
    const ones = new Float64Array(fm.products.length * fm.years).fill(1)
    for (const amplitude of [0, 0.15, 0.4]) {
      const fx = handPath(fm, amplitude)
      const fast = evaluateDraw(fm, { price: ones, volume: 1, recovery: 1, fx }, s)
      // The path written into the FX tables (as every FX parity test here), the scenario's own multipliers applied by the engine on top.
      const exact = runModel(fxShocked(project, fm, fx), { scenario, fixedDebt: fm.base.debt })
      matches(fast, exact)
    }
    // The per-currency moves are in the fast model's base FX: the same project without them is another case.
    const plain = buildFastModel(project)
    const a = evaluateDraw(fm, { price: ones, volume: 1, recovery: 1 }, s)
    const b = evaluateDraw(plain, { price: ones, volume: 1, recovery: 1 }, createScratch(plain))
    expect(a.npv).not.toBe(b.npv)
    // …and equal to the all-currencies multiplier when both currencies take the same own move.
    const same = buildFastModel(project, { id: 's', name: 's', fxMultipliers: [{ currency: 'INR', multiplier: '1.1' }, { currency: 'JPY', multiplier: '1.1' }] })
    const all = buildFastModel(project, { id: 'a', name: 'a', fxMultiplier: '1.1' })
    const x = evaluateDraw(same, { price: ones, volume: 1, recovery: 1 }, createScratch(same))
    const y = evaluateDraw(all, { price: ones, volume: 1, recovery: 1 }, createScratch(all))
    expect(x.npv).toBe(y.npv)
    expect(x.minDscr).toBe(y.minDscr)
  })
})

describe('fast path with an FX path = the Decimal engine on that FX path (debt held)', () => {
  const cases: [string, () => Project][] = [
    ['USD project, unhedged INR tranche', () => twoTranches(false)],
    ['USD project, hedged INR tranche', () => twoTranches(true)],
    ['INR project, unhedged USD tranche', inrPlantUsdDebt],
    ['rich: INR project, INR + unhedged USD + hedged JPY tranches, DSRA, two construction years', richTranches]
  ]
  for (const [name, make] of cases)
    it(name, () => {
      const project = make()
      const fm = buildFastModel(project)
      const s = createScratch(fm)
      const ones = new Float64Array(fm.products.length * fm.years).fill(1)
      for (const amplitude of [0, 0.15, 0.4]) {
        const fx = handPath(fm, amplitude)
        const fast = evaluateDraw(fm, { price: ones, volume: 1, recovery: 1, fx }, s)
        const exact = runModel(fxShocked(project, fm, fx), { fixedDebt: fm.base.debt })
        matches(fast, exact)
        // The draw's debt service, period by period (the moved one when a tranche moves, else the base).
        const ds = fm.fx.moving.length > 0 ? s.debtService : fm.debtService
        exact.financing.debtService.forEach((d, i) => expect(Math.abs(ds[i]! - d.toNumber())).toBeLessThanOrEqual(1e-9 * Math.max(1, d.toNumber())))
      }
    })

  it('the rich case moves the USD tranche only: one moving tranche, FX fixed through 2027 (construction), moving from 2028', () => {
    const fm = buildFastModel(richTranches())
    expect(fm.fx.currencies).toEqual(['INR', 'JPY'])
    expect(fm.fx.moving.map((t) => fm.fx.currencies[t.slot] ?? 'USD')).toEqual(['USD'])
    expect(fm.fx.reportingSlot).toBe(0)
    expect(fm.firstYear + fm.fx.firstYear).toBe(2028)
    expect(fm.fx.dsraMonths).toBe(6)
  })

  // Tranches and FX with the tax of §14: the interest the FX path moves is deducted for tax at the period's
  // rate (holiday), and the losses it leaves lapse by the expiring rule, in the fast path as in the engine.
  it('tranches, an FX path and the tax refinements of §14 (a building block, losses lapsing after 1 year, a 2-year holiday at 5 %) with deep price cuts', () => {
    const project = richTranches()
    project.costs.capex.items.push({ id: 'bldg', name: 'Building', amount: String(Number(project.costs.capex.items[0]!.amount) / 4), taxBlock: 'buildings' })
    project.tax = { ...project.tax, blocks: [{ id: 'buildings', name: 'Buildings', depreciation: { method: 'wdv', rate: '0.1' } }], lossExpiryYears: 1, holiday: { years: 2, rate: '0.05' } }
    const fm = buildFastModel(valid(project))
    expect(fm.lossLife).toBe(2)
    expect(fm.fx.moving.length).toBe(1)
    const s = createScratch(fm)
    const rng = createRng(5)
    let lapsed = 0
    for (const amplitude of [0, 0.2, 0.4]) {
      const price = Float64Array.from({ length: fm.products.length * fm.years }, () => 0.2 + 1.2 * rng.uniform())
      const fx = handPath(fm, amplitude)
      const fast = evaluateDraw(fm, { price, volume: 1, recovery: 1, fx }, s)
      const shocked = priceAndFxShocked(project, fm, price, fx)
      const exact = runModel(shocked, { fixedDebt: fm.base.debt })
      lapsed += exact.tax.lossesExpired.filter((x) => x.gt(0)).length
      matches(fast, exact)
    }
    expect(lapsed).toBeGreaterThan(0)
  })

  // With a cash sweep the draw re-walks the debt (fast-sweep.ts): a moved tranche's prepayment converts at the draw's FX.
  for (const [name, make] of cases)
    it(`${name}, with a 60 % cash sweep (into the first foreign tranche, spilling to the others)`, () => {
      const project = make()
      const foreign = project.financing.tranches.find((t) => t.currency !== project.reportingCurrency)!
      project.financing.waterfall = { ...project.financing.waterfall, sweep: { share: '0.6', trigger: null, allocation: foreign.id } }
      const fm = buildFastModel(project)
      const s = createScratch(fm)
      const ones = new Float64Array(fm.products.length * fm.years).fill(1)
      for (const amplitude of [0, 0.15, 0.4]) {
        const fx = handPath(fm, amplitude)
        const fast = evaluateDraw(fm, { price: ones, volume: 1, recovery: 1, fx }, s)
        const exact = runModel(fxShocked(project, fm, fx), { fixedDebt: fm.base.debt })
        expect(exact.financing.waterfall.sweep.some((x) => x.gt(0))).toBe(true)
        matches(fast, exact)
        exact.financing.debtService.forEach((d, i) => expect(Math.abs(s.debtService[i]! - d.toNumber())).toBeLessThanOrEqual(1e-9 * Math.max(1, d.toNumber())))
      }
    })

  it('prices and FX together (a shocked deck and an FX path at once)', () => {
    const project = richTranches()
    const fm = buildFastModel(project)
    const s = createScratch(fm)
    const rng = createRng(11)
    const price = Float64Array.from({ length: fm.products.length * fm.years }, () => 0.6 + 0.8 * rng.uniform())
    const fx = handPath(fm, 0.3)
    const fast = evaluateDraw(fm, { price, volume: 1, recovery: 1, fx }, s)
    const shocked = priceAndFxShocked(project, fm, price, fx)
    matches(fast, runModel(shocked, { fixedDebt: fm.base.debt }))
  })
})

const fxSettings = (over: Partial<McSettings> = {}): McSettings => ({ ...DEFAULT_MC_SETTINGS, draws: 300, seed: 4, fx: DEFAULT_MC_FX, ...over })

describe('runMonteCarlo with FX as a driver', () => {
  it('FX volatility 0 (and no price volatility): every draw of the two-tranche project is the engine\'s base case', () => {
    for (const project of [twoTranches(false), richTranches()]) {
      const base = runModel(project).metrics
      const r = ok(runMonteCarlo(project, fxSettings({ draws: 20, defaultVolatility: 0, fx: { volatility: { INR: 0, JPY: 0 }, priceCorrelation: 0.2, currencyCorrelation: 0.3 } })))
      for (let i = 0; i < 20; i++) {
        close(r.draws.npv[i]!, base.npv, true)
        close(r.draws.minDscr[i]!, base.minDscr)
        close(r.draws.equityIrr[i]!, base.equityIrr)
      }
      expect(r.draws.fx!.meanMultiplier.every((col) => col.every((x) => x === 1))).toBe(true)
    }
  })

  it('unhedged foreign debt: FX alone (prices fixed) spreads the minimum DSCR; a weaker INR lowers it', () => {
    const r = ok(runMonteCarlo(inrPlantUsdDebt(), fxSettings({ defaultVolatility: 0, fx: { volatility: { INR: 0.2 }, priceCorrelation: 0, currencyCorrelation: 0 } })))
    expect(r.stats.minDscr.p90! - r.stats.minDscr.p10!).toBeGreaterThan(0.2)
    const inr = r.draws.fx!.meanMultiplier[0]!
    const weakest = inr.indexOf(Math.max(...inr))
    const strongest = inr.indexOf(Math.min(...inr))
    expect(r.draws.minDscr[weakest]!).toBeLessThan(r.draws.minDscr[strongest]!)
  })

  it('hedged foreign debt and USD revenue: nothing moves with FX, in any draw (property over 300 draws at 50 % volatility)', () => {
    const project = twoTranches(true)
    const base = runModel(project).metrics
    const r = ok(runMonteCarlo(project, fxSettings({ defaultVolatility: 0, fx: { volatility: { INR: 0.5 }, priceCorrelation: 0, currencyCorrelation: 0 } })))
    expect(new Set(r.draws.minDscr).size).toBe(1)
    close(r.draws.minDscr[0]!, base.minDscr)
    expect(new Set(r.draws.fx!.meanMultiplier[0]).size).toBeGreaterThan(250)
  })

  it('hedged-only debt: the engine\'s debt service is the same on every FX path (so the fast path, which holds it, is right to)', () => {
    const project = richTranches()
    project.financing.tranches[1]!.hedge = { hedged: true, annualCost: '0.01' }
    const fm = buildFastModel(project)
    expect(fm.fx.moving).toEqual([])
    for (const amplitude of [0.2, 0.5]) {
      const r = runModel(fxShocked(project, fm, handPath(fm, amplitude)), { fixedDebt: fm.base.debt })
      expect(r.financing.debtService.map(String)).toEqual(fm.base.financing.debtService.map(String))
    }
  })

  it('switching FX on leaves the price, volume and recovery draws as they were (FX draws from its own stream)', () => {
    const project = richTranches()
    const off = ok(runMonteCarlo(project, { ...DEFAULT_MC_SETTINGS, draws: 50, seed: 8, volumeSd: 0.05 }))
    const on = ok(runMonteCarlo(project, { ...DEFAULT_MC_SETTINGS, draws: 50, seed: 8, volumeSd: 0.05, fx: DEFAULT_MC_FX }))
    expect(on.draws.meanPriceMultiplier).toEqual(off.draws.meanPriceMultiplier)
    expect(on.draws.volume).toEqual(off.draws.volume)
    expect(off.draws.fx).toBeUndefined()
    expect(on.draws.fx!.currencies).toEqual(['INR', 'JPY'])
    expect(on.draws.npv).not.toEqual(off.draws.npv)
  })

  it('the draws table gains one FX column per currency, only with FX on', () => {
    const r = ok(runMonteCarlo(richTranches(), fxSettings({ draws: 5 })))
    const keys = drawsTable(r).columns.map((c) => c.key)
    expect(keys.filter((k) => k.startsWith('fx:'))).toEqual(['fx:INR', 'fx:JPY'])
    expect(drawsTable(r).columns.find((c) => c.key === 'fx:INR')!.header).toBe('INR per USD multiplier (mean over operating years)')
    expect(drawsTable(r).rows[0]![keys.indexOf('fx:INR')]).toBe(r.draws.fx!.meanMultiplier[0]![0])
  })

  it('refuses bad FX settings and a joint correlation matrix that is not positive semi-definite', () => {
    const p = richTranches()
    expect(runMonteCarlo(p, fxSettings({ fx: { volatility: { INR: -0.1 }, priceCorrelation: 0, currencyCorrelation: 0 } }))).toMatchObject({ ok: false, reason: expect.stringMatching(/FX volatility/) })
    expect(runMonteCarlo(p, fxSettings({ fx: { volatility: {}, priceCorrelation: 1.2, currencyCorrelation: 0 } }))).toMatchObject({ ok: false, reason: expect.stringMatching(/FX–price correlation/) })
    // Products mutually independent, each correlated 0.9 with INR and with JPY, INR–JPY −0.9: impossible.
    const r = runMonteCarlo(p, fxSettings({ fx: { volatility: {}, priceCorrelation: 0.9, currencyCorrelation: -0.9 } }))
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/^price and FX correlation matrix is not positive semi-definite/) })
  })
})

describe('FX paths (paths.ts drawFxPath)', () => {
  it('carry the FX–price correlation within sampling error, σ as the sd of the log step, and stay at 1 before the first year', () => {
    const rho = 0.6
    const joint = [[1, 0, rho], [0, 1, rho], [rho, rho, 1]]
    const ch = choleskyOfCorrelation(joint)
    if (!ch.ok) throw new Error(ch.reason)
    const rng = createRng(3)
    const fxRng = createRng(3, 1)
    const years = 3
    const priceZ = new Float64Array(2 * years)
    const out = new Float64Array(years)
    const b = fxBuffers(1)
    const spec = { volatility: [0.1], lower: ch.lower, productCount: 2, years, firstYear: 1 }
    const N = 20000
    const zPrice: number[] = []
    const logFx: number[] = []
    for (let n = 0; n < N; n++) {
      for (let i = 0; i < priceZ.length; i++) priceZ[i] = rng.normal()
      drawFxPath(spec, fxRng, priceZ, out, b)
      expect(out[0]).toBe(1)
      zPrice.push(priceZ[1 * 2 + 0]!)
      logFx.push(Math.log(out[1]!))
    }
    const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length
    const mz = mean(zPrice)
    const mf = mean(logFx)
    let sab = 0
    let saa = 0
    let sbb = 0
    for (let i = 0; i < N; i++) {
      sab += (zPrice[i]! - mz) * (logFx[i]! - mf)
      saa += (zPrice[i]! - mz) ** 2
      sbb += (logFx[i]! - mf) ** 2
    }
    expect(Math.abs(sab / Math.sqrt(saa * sbb) - rho)).toBeLessThan(4 / Math.sqrt(N))
    expect(Math.abs(Math.sqrt(sbb / N) - 0.1)).toBeLessThan(0.003)
    // Mean-preserving: E[multiplier] = exp(−σ²/2 + σ²/2) = 1.
    expect(Math.abs(mean(logFx.map(Math.exp)) - 1)).toBeLessThan(0.004)
  })
})
