import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { deckPriceInYear } from '@shared/engine/prices'
import { buildFastModel, createRng, createScratch, evaluateDraw } from '@shared/analysis'
import type { Project } from '@shared/model'
import { matches } from './fast-close'
import { richProject, mcSampleProjects, valid } from './fixtures'


/** The same shocks written as inputs the Decimal engine takes: a table deck per calendar year, volume and recovery scenario multipliers. */
function shockedProject(project: Project, firstYear: number, years: number, price: Float64Array): Project {
  const p = structuredClone(project)
  const deck = p.prices.decks.find((d) => d.id === p.prices.activeDeckId)!
  deck.prices = deck.prices.map((pr) => {
    const idx = project.products.findIndex((x) => x.id === pr.productId)
    const points = Array.from({ length: years }, (_, y) => ({ year: firstYear + y, price: deckPriceInYear(pr, firstYear + y).times(new Decimal(price[idx * years + y]!)).toDecimalPlaces(24).toFixed() }))
    return { productId: pr.productId, mode: 'table' as const, points }
  })
  return p
}

describe('Monte Carlo float fast path = Decimal engine (relative 1e-9) on the deterministic samples', () => {
  for (const { name, project } of mcSampleProjects()) {
    it(`${name}: base case and five shocked draws`, () => {
      const fm = buildFastModel(project)
      const s = createScratch(fm)
      const P = fm.products.length
      const ones = new Float64Array(P * fm.years).fill(1)
      matches(evaluateDraw(fm, { price: ones, volume: 1, recovery: 1 }, s), runModel(project))
      const rng = createRng(7)
      for (let k = 0; k < 5; k++) {
        const price = Float64Array.from({ length: P * fm.years }, () => 0.4 + 1.2 * rng.uniform())
        const volume = 0.8 + 0.4 * rng.uniform()
        const recovery = 0.9 + 0.2 * rng.uniform() // above 1 caps some recoveries at 100 %
        const fast = evaluateDraw(fm, { price, volume, recovery }, s)
        const exact = runModel(shockedProject(project, fm.firstYear, fm.years, price), {
          scenario: { id: 'mc', name: 'draw', volumeMultiplier: new Decimal(volume).toFixed(), recoveryMultiplier: new Decimal(recovery).toFixed() },
          fixedDebt: fm.base.debt
        })
        matches(fast, exact)
      }
    })
  }
})

describe('Monte Carlo fast path with per-stream processing costs (methodology §13)', () => {
  it('streams paying their own rates: base case and a volume draw equal the engine', () => {
    const p = richProject()
    const cat = p.feedstock[0]!
    if (cat.kind === 'catalyst') cat.variableOpexPerUnit = '310' // per converter, on the catalyst stream only
    cat.treatmentPerTonne = '9000'
    p.feedstock[1]!.variableOpexPerTonne = '22000' // the battery stream inherits treatment
    const project = valid(p)
    const fm = buildFastModel(project)
    const s = createScratch(fm)
    const ones = new Float64Array(fm.products.length * fm.years).fill(1)
    matches(evaluateDraw(fm, { price: ones, volume: 1, recovery: 1 }, s), runModel(project))
    const exact = runModel(project, { scenario: { id: 'mc', name: 'draw', volumeMultiplier: '0.85', recoveryMultiplier: '1' }, fixedDebt: fm.base.debt })
    matches(evaluateDraw(fm, { price: ones, volume: 0.85, recovery: 1 }, s), exact)
    // …and the rates are in it: the same project without them is another case.
    expect(runModel(richProject()).metrics.npv.eq(runModel(project).metrics.npv)).toBe(false)
  })
})

describe('Monte Carlo fast path with the tax refinements of §14 (blocks, losses that lapse, a holiday)', () => {
  it('rich case, losses lapsing after 1 year, a 2-year holiday at 5 %, a building block at WDV 10 %: base case and five shocked draws', () => {
    const base = mcSampleProjects().find((x) => x.name === 'rich')!.project
    const project = structuredClone(base)
    project.costs.capex.items.push({ id: 'bldg', name: 'Building', amount: String(Number(project.costs.capex.items[0]!.amount) / 4), taxBlock: 'buildings' })
    project.tax = { ...project.tax, blocks: [{ id: 'buildings', name: 'Buildings', depreciation: { method: 'wdv', rate: '0.1' } }], lossExpiryYears: 1, holiday: { years: 2, rate: '0.05' } }
    const fm = buildFastModel(project)
    expect(fm.lossLife).toBe(2)
    expect(Array.from(fm.taxRates.slice(fm.constructionPeriods, fm.constructionPeriods + 5))).toEqual([0.05, 0.05, 0.05, 0.05, Number(project.tax.rate)])
    const s = createScratch(fm)
    const P = fm.products.length
    matches(evaluateDraw(fm, { price: new Float64Array(P * fm.years).fill(1), volume: 1, recovery: 1 }, s), runModel(project))
    const rng = createRng(11)
    let lapsed = 0
    for (let k = 0; k < 5; k++) {
      // Deep price cuts so that some draws make losses that lapse.
      const price = Float64Array.from({ length: P * fm.years }, () => 0.2 + 1.2 * rng.uniform())
      const fast = evaluateDraw(fm, { price, volume: 1, recovery: 1 }, s)
      const exact = runModel(shockedProject(project, fm.firstYear, fm.years, price), { fixedDebt: fm.base.debt })
      lapsed += exact.tax.lossesExpired.filter((x) => x.gt(0)).length
      matches(fast, exact)
    }
    expect(lapsed).toBeGreaterThan(0)
  })
})

describe('Monte Carlo fast path with the cash waterfall of §11 (LC DSRA, MRA, facility, lock-up)', () => {
  for (const [label, dsraForm, test] of [['LC DSRA, trailing lock-up', 'lc', 'trailing-12m'], ['cash DSRA, period lock-up', 'cash', 'period']] as const) {
    it(`${label}: base case and five draws with deep price cuts equal the engine, and the draws use every mechanism`, () => {
      const project = structuredClone(mcSampleProjects().find((x) => x.name === 'pgm-catalyst-recovery.json')!.project)
      project.financing.dsra = { ...project.financing.dsra, enabled: true, months: 6, form: dsraForm, lcFeeRate: '0.015', lcDrawRate: '0.09' }
      project.financing.waterfall = { mraMonths: 12, wcFacility: { limit: '1500000', rate: '0.1' }, lockup: { dscr: '1.6', test, releaseAfterPeriods: 2 } }
      const fm = buildFastModel(project)
      const s = createScratch(fm)
      const P = fm.products.length
      matches(evaluateDraw(fm, { price: new Float64Array(P * fm.years).fill(1), volume: 1, recovery: 1 }, s), runModel(project))
      const rng = createRng(5)
      let locked = 0
      let support = 0
      for (let k = 0; k < 5; k++) {
        const price = Float64Array.from({ length: P * fm.years }, () => 0.3 + 1.2 * rng.uniform())
        const fast = evaluateDraw(fm, { price, volume: 1, recovery: 1 }, s)
        const exact = runModel(shockedProject(project, fm.firstYear, fm.years, price), { fixedDebt: fm.base.debt })
        locked += exact.financing.waterfall.locked.filter(Boolean).length
        support += exact.financing.waterfall.sponsorSupport.filter((x) => x.gt(0)).length
        matches(fast, exact)
      }
      // The draws reach the lock-up and need the sponsor, so the equity IRR compared above went through both.
      expect(locked).toBeGreaterThan(0)
      expect(support).toBeGreaterThan(0)
    })
  }
})

describe('Monte Carlo fast path with a cash sweep (§11): each draw re-walks the debt as engine/sweep.ts does', () => {
  const cases = [
    ['PGM sample, one debt, 50 % every period, cash DSRA', 'pgm-catalyst-recovery.json', { share: '0.5', trigger: null }],
    ['three lenders (USD hedged and unhedged, INR), 60 % below 3.0x, into the INR bank', 'india-black-mass-three-lenders.json', { share: '0.6', trigger: '3', allocation: 'inr-bank' }],
    ['three lenders, 40 % every period, pro rata', 'india-black-mass-three-lenders.json', { share: '0.4', trigger: null }]
  ] as const
  for (const [label, file, terms] of cases) {
    it(`${label}: base case and five draws equal the engine, and the draws sweep`, () => {
      const project = structuredClone(mcSampleProjects().find((x) => x.name === file)!.project)
      const allocation = 'allocation' in terms ? terms.allocation : 'pro-rata'
      project.financing.waterfall = { ...project.financing.waterfall, sweep: { share: terms.share, trigger: terms.trigger, allocation } }
      const fm = buildFastModel(project)
      const s = createScratch(fm)
      const P = fm.products.length
      matches(evaluateDraw(fm, { price: new Float64Array(P * fm.years).fill(1), volume: 1, recovery: 1 }, s), runModel(project))
      const rng = createRng(7)
      let swept = 0
      for (let k = 0; k < 5; k++) {
        const price = Float64Array.from({ length: P * fm.years }, () => 0.5 + rng.uniform())
        const fast = evaluateDraw(fm, { price, volume: 1, recovery: 1 }, s)
        const exact = runModel(shockedProject(project, fm.firstYear, fm.years, price), { fixedDebt: fm.base.debt })
        swept += exact.financing.waterfall.sweep.filter((x) => x.gt(0)).length
        matches(fast, exact)
      }
      expect(swept).toBeGreaterThan(0)
    })
  }
})
