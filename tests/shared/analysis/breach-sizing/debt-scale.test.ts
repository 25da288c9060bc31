import { describe, expect, it } from 'vitest'
import { buildFastModel, createRng, createScratch, evaluateDraw, type FastModel } from '@shared/analysis'
import { debtAtScale, debtLinesGap, fullFundingScale, scaleHeldDebt } from '@shared/analysis/breach-sizing/debt-scale'
import { priceDraw, walkDraw } from '@shared/analysis/monte-carlo/fast-eval'
import { dec } from '@shared/decimal'
import { sampleProjects } from '../fixtures'

const samples = sampleProjects()

describe('scaleHeldDebt', () => {
  it('scales drawdowns and principal in the reporting currency and in each tranche currency; keeps the swap rate', () => {
    const debt = {
      drawdowns: [dec(100), dec(50)], principal: [dec(0), dec(150)],
      tranches: [{ drawdownsInCurrency: [dec(8500), dec(0)], principalInCurrency: [dec(0), dec(8500)], swapPerReporting: dec(85) }]
    }
    const half = scaleHeldDebt(debt, 0.5)
    expect(half.drawdowns.map(String)).toEqual(['50', '25'])
    expect(half.principal.map(String)).toEqual(['0', '75'])
    expect(half.tranches![0]!.drawdownsInCurrency.map(String)).toEqual(['4250', '0'])
    expect(half.tranches![0]!.principalInCurrency.map(String)).toEqual(['0', '4250'])
    expect(half.tranches![0]!.swapPerReporting!.toString()).toBe('85')
    expect(scaleHeldDebt({ drawdowns: [dec(3)], principal: [dec(3)] }, 0)).toEqual({ drawdowns: [dec(0)], principal: [dec(0)] })
  })
})

describe('debt lines are affine in the scale: interpolation = a Decimal build', () => {
  for (const { name, project } of samples) {
    it(`${name}: at 0.6× and 1.3× every debt line, and the minimum DSCR of shocked draws`, () => {
      const one = buildFastModel(project)
      const zero = buildFastModel(project, undefined, scaleHeldDebt(one.base.debt, 0))
      expect(debtAtScale(zero, one, 0)).toBe(zero)
      expect(debtAtScale(zero, one, 1)).toBe(one)
      const rng = createRng(3)
      for (const s of [0.6, 1.3]) {
        const built = buildFastModel(project, undefined, scaleHeldDebt(one.base.debt, s))
        const mixed = debtAtScale(zero, one, s)
        expect(debtLinesGap(mixed, built).gap).toBeLessThan(1e-9)
        const fx = one.fx.currencies.length > 0 ? Float64Array.from({ length: one.fx.currencies.length * one.years }, (_, i) => (i % one.years) < one.fx.firstYear ? 1 : 0.8 + 0.4 * rng.uniform()) : undefined
        for (let k = 0; k < 3; k++) {
          const price = Float64Array.from({ length: one.products.length * one.years }, () => 0.5 + rng.uniform())
          const shocks = { price, volume: 0.9 + 0.2 * rng.uniform(), recovery: 1, ...(fx ? { fx } : {}) }
          const a = evaluateDraw(mixed, shocks, createScratch(mixed)).minDscr
          const b = evaluateDraw(built, shocks, createScratch(built)).minDscr
          if (b === null) expect(a).toBeNull()
          else expect(Math.abs(a! - b)).toBeLessThanOrEqual(1e-9 * Math.abs(b))
        }
      }
    })
  }
})

describe('a cash sweep: its held inputs scale, and a swept draw at a scale is the Decimal build\'s', () => {
  const pgm = samples.find((x) => x.name === 'pgm-catalyst-recovery.json')!.project
  const swept = structuredClone(pgm)
  swept.financing.waterfall = { ...(swept.financing.waterfall ?? {}), sweep: { share: '0.5', trigger: null, allocation: 'pro-rata' } }
  const one = buildFastModel(swept)
  const zero = buildFastModel(swept, undefined, scaleHeldDebt(one.base.debt, 0))
  it('scheduled instalments and the balance at COD are the build\'s at 0.6×; without a sweep there is none', () => {
    const built = buildFastModel(swept, undefined, scaleHeldDebt(one.base.debt, 0.6))
    const mixed = debtAtScale(zero, one, 0.6)
    expect(mixed.sweep!.tranches).toHaveLength(built.sweep!.tranches.length)
    mixed.sweep!.tranches.forEach((t, k) => {
      const b = built.sweep!.tranches[k]!
      expect(t.atCod).toBeGreaterThan(0)
      expect(Math.abs(t.atCod - b.atCod)).toBeLessThanOrEqual(1e-9 * b.atCod)
      t.scheduled.forEach((x, i) => expect(Math.abs(x - b.scheduled[i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b.scheduled[i]!))))
      // Rates and FX are the terms' (scale 1's), not interpolated.
      expect(t.rate).toBe(one.sweep!.tranches[k]!.rate)
    })
    expect(debtLinesGap(mixed, built).gap).toBeLessThan(1e-9)
    const rng = createRng(5)
    for (let k = 0; k < 4; k++) {
      const price = Float64Array.from({ length: one.products.length * one.years }, () => 0.4 + 1.2 * rng.uniform())
      const shocks = { price, volume: 1, recovery: 1 }
      const a = evaluateDraw(mixed, shocks, createScratch(mixed)).minDscr
      const b = evaluateDraw(built, shocks, createScratch(built)).minDscr
      if (b === null) expect(a).toBeNull()
      else expect(Math.abs(a! - b)).toBeLessThanOrEqual(1e-9 * Math.abs(b))
    }
    expect(debtAtScale(buildFastModel(pgm, undefined, scaleHeldDebt(one.base.debt, 0)), buildFastModel(pgm), 0.6).sweep).toBeNull()
  })
  it('the gap of a swept model reads the sweep\'s inputs, not the base run\'s swept service', () => {
    const bentSweep: FastModel = { ...one, sweep: { ...one.sweep!, tranches: one.sweep!.tranches.map((t) => ({ ...t, atCod: t.atCod * 1.01 })) } }
    expect(debtLinesGap(one, bentSweep).line).toBe('tranche 1 balance at COD (sweep)')
    const bentSchedule: FastModel = { ...one, sweep: { ...one.sweep!, tranches: one.sweep!.tranches.map((t) => ({ ...t, scheduled: Float64Array.from(t.scheduled, (x) => x * 1.01) })) } }
    expect(debtLinesGap(one, bentSchedule).line).toBe('tranche 1 scheduled instalments (sweep)')
    const bentService: FastModel = { ...one, debtService: Float64Array.from(one.debtService, (x) => x * 2 + 1) }
    expect(debtLinesGap(one, bentService)).toEqual({ gap: 0, line: '' })
    const bentDepreciation: FastModel = { ...one, depreciation: Float64Array.from(one.depreciation, (x) => x * 1.5 + 1) }
    expect(debtLinesGap(one, bentDepreciation).line).toBe('depreciation')
    expect(zero.sweep!.tranches.every((t) => t.atCod === 0)).toBe(true)
    const bentEquity: FastModel = { ...one, fx: { ...one.fx, fundingEquity: Float64Array.from(one.fx.fundingEquity, (x) => x * 1.5 + 1) } }
    expect(debtLinesGap(one, bentEquity).line).toBe('funding equity')
  })
})

describe('debtLinesGap', () => {
  it('names the line that differs and measures it relative to the line', () => {
    const one = buildFastModel(samples[0]!.project)
    const bent: FastModel = { ...one, depreciation: Float64Array.from(one.depreciation, (x, i) => (i === one.periodCount - 1 ? x * 1.01 + 1 : x)) }
    const g = debtLinesGap(one, bent)
    expect(g.line).toBe('depreciation')
    expect(g.gap).toBeGreaterThan(0)
    expect(debtLinesGap(one, one)).toEqual({ gap: 0, line: '' })
  })
})

describe('debtLinesGap names every debt line', () => {
  const lenders = samples.find((x) => x.name === 'india-black-mass-three-lenders.json')!.project
  const one = buildFastModel(lenders)
  const bend = (xs: Float64Array) => {
    const out = Float64Array.from(xs)
    const i = out.findIndex((x) => x !== 0)
    out[i] = out[i]! * 1.5
    return out
  }
  const cases: [string, (m: FastModel) => FastModel][] = [
    ['interest', (m) => ({ ...m, interest: bend(m.interest) })],
    ['debt service', (m) => ({ ...m, debtService: bend(m.debtService) })],
    ['equity contributions', (m) => ({ ...m, equityContributions: bend(m.equityContributions) })],
    ['DSRA target', (m) => ({ ...m, waterfall: { ...m.waterfall, dsraTarget: bend(m.waterfall.dsraTarget) } })],
    ['closing balance', (m) => ({ ...m, waterfall: { ...m.waterfall, closing: bend(m.waterfall.closing) } })],
    ['debt service not moved by FX', (m) => ({ ...m, fx: { ...m.fx, debtServiceFixed: bend(m.fx.debtServiceFixed) } })],
    ['interest not moved by FX', (m) => ({ ...m, fx: { ...m.fx, interestFixed: bend(m.fx.interestFixed) } })],
    ['funding equity', (m) => ({ ...m, fx: { ...m.fx, fundingEquity: bend(m.fx.fundingEquity) } })],
    ['tranche 1 interest', (m) => ({ ...m, fx: { ...m.fx, moving: m.fx.moving.map((t, k) => (k === 0 ? { ...t, interest: bend(t.interest) } : t)) } })],
    ['tranche 1 principal', (m) => ({ ...m, fx: { ...m.fx, moving: m.fx.moving.map((t, k) => (k === 0 ? { ...t, principal: bend(t.principal) } : t)) } })]
  ]
  for (const [line, change] of cases)
    it(`${line}`, () => {
      expect(one.fx.moving.length).toBeGreaterThan(0) // the sample's USD tranches are unhedged foreign-currency loans
      const g = debtLinesGap(one, change(one))
      expect(g.line).toBe(line)
      expect(g.gap).toBeGreaterThan(0.01)
    })
})

describe('fullFundingScale', () => {
  it('at the scale found some construction period funds its uses with debt alone: equity 0 there, none negative below it', () => {
    for (const { name, project } of samples) {
      const one = buildFastModel(project)
      const zero = buildFastModel(project, undefined, scaleHeldDebt(one.base.debt, 0))
      const cap = fullFundingScale(zero, one)
      expect(cap, name).toBeGreaterThan(1)
      const at = (s: number) => debtAtScale(zero, one, s).fx.fundingEquity.subarray(0, one.constructionPeriods)
      expect(Math.min(...at(cap)), name).toBeCloseTo(0, 3)
      expect(Math.min(...at(cap * 0.999)), name).toBeGreaterThan(0)
      expect(Math.min(...at(cap * 1.001)), name).toBeLessThan(0)
    }
  })
  it('no construction period whose equity falls with the debt: no cap', () => {
    const one = buildFastModel(samples[0]!.project)
    expect(fullFundingScale(one, one)).toBe(Infinity)
  })
})

describe('walkDraw coverOnly', () => {
  it('gives the same minimum DSCR as the full walk, on every sample and 20 draws', () => {
    const rng = createRng(11)
    for (const { project } of samples) {
      const m = buildFastModel(project)
      const s = createScratch(m)
      for (let k = 0; k < 20; k++) {
        const price = Float64Array.from({ length: m.products.length * m.years }, () => 0.3 + 1.4 * rng.uniform())
        priceDraw(m, { price, volume: 1, recovery: 1 }, s)
        const full = walkDraw(m, undefined, s)
        const cover = walkDraw(m, undefined, s, true)
        expect(cover.minDscr).toBe(full.minDscr)
        expect(cover.npv).toBe(0)
      }
    }
  })
})
