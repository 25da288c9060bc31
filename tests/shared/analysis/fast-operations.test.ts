/**
 * The Monte Carlo fast path on plant capacity, supply contracts, by-products and EPR certificates
 * (methodology §13, issue 16) equals the Decimal engine run on the same draw (deck as a table × the price
 * multipliers, volume and recovery in a scenario, FX as tables, debt held) to a relative 1e-9 (§9), on
 * projects using each feature and all four at once; and the draws reach the mechanisms compared.
 */
import { describe, expect, it } from 'vitest'
import { runModel, type ModelResult } from '@shared/engine'
import {
  DEFAULT_BREACH_SIZING, DEFAULT_MC_SETTINGS, buildFastModel, computeExposureLedger, computeTornado, createRng, createScratch, evaluateDraw, runMonteCarlo, sizeToBreach, type FastModel
} from '@shared/analysis'
import { close, matches } from './fast-close'
import { drawAsInputs, drawScenario } from './draw-as-inputs'
import { operationsProjects, withByproducts, withCapacity, withEpr, withSupply } from './operations-projects'
import { richProject, valid } from './fixtures'

const sum = (xs: readonly { toNumber(): number }[]) => xs.reduce((a, x) => a + x.toNumber(), 0)

/** Shocks of one draw: prices 0.4–1.6 per product and year, volume 0.8–1.2, recovery 0.9–1.1 (above 1 caps some recoveries). */
function randomDraw(fm: FastModel, rng: ReturnType<typeof createRng>) {
  const price = Float64Array.from({ length: fm.products.length * fm.years }, () => 0.4 + 1.2 * rng.uniform())
  return { price, volume: 0.8 + 0.4 * rng.uniform(), recovery: 0.9 + 0.2 * rng.uniform() }
}

/** The draw's revenue, feed cost and opex lines equal the engine's, period by period (relative 1e-9, absolute 0.01). */
function linesMatch(fm: FastModel, s: ReturnType<typeof createScratch>, exact: ModelResult) {
  const o = exact.operations
  for (let i = 0; i < fm.periodCount; i++) {
    close(s.revenue[i]!, o.revenue[i]!, true)
    close(s.feed[i]!, o.feedstockCost[i]!, true)
    close(s.opex[i]! + fm.fixedOpex[i]!, o.opex[i]!, true)
  }
}

describe('Monte Carlo fast path with the §13 operations = the Decimal engine (relative 1e-9)', () => {
  for (const { name, project } of operationsProjects())
    it(`${name}: base case and eight shocked draws, headline metrics and every revenue, feed and opex line`, () => {
      const fm = buildFastModel(project)
      expect(fm.ops).not.toBeNull()
      const s = createScratch(fm)
      const ones = new Float64Array(fm.products.length * fm.years).fill(1)
      const base = runModel(project)
      matches(evaluateDraw(fm, { price: ones, volume: 1, recovery: 1 }, s), base)
      linesMatch(fm, s, base)
      const rng = createRng(13)
      for (let k = 0; k < 8; k++) {
        const shocks = randomDraw(fm, rng)
        const fast = evaluateDraw(fm, shocks, s)
        const exact = runModel(drawAsInputs(project, fm, shocks.price), { scenario: drawScenario(shocks.volume, shocks.recovery), fixedDebt: fm.base.debt })
        matches(fast, exact)
        linesMatch(fm, s, exact)
      }
    })

  it('capacity: the draws cut feed in some periods and not in others, and a low volume draw is not cut at all', () => {
    const project = valid(withCapacity())
    const fm = buildFastModel(project)
    const rng = createRng(13)
    let cut = 0
    for (let k = 0; k < 8; k++) {
      const { price, volume, recovery } = randomDraw(fm, rng)
      cut += runModel(drawAsInputs(project, fm, price), { scenario: drawScenario(volume, recovery), fixedDebt: fm.base.debt }).operations.unprocessedTonnes.filter((t) => t.gt(0)).length
    }
    expect(cut).toBeGreaterThan(0)
    const s = createScratch(fm)
    const ones = new Float64Array(fm.products.length * fm.years).fill(1)
    evaluateDraw(fm, { price: ones, volume: 0.5, recovery: 1 }, s)
    // At half volume nothing binds: every stream's scale is the multiplier itself.
    expect(Array.from(s.scale).every((x) => x === 0.5)).toBe(true)
    evaluateDraw(fm, { price: ones, volume: 1.2, recovery: 1 }, s)
    expect(Array.from(s.scale).some((x) => x < 1.2)).toBe(true)
  })

  it('supply contracts: price draws push the %-of-contained contracts to their floor and to their cap (the natural hedge moves feed cost)', () => {
    const project = valid(withSupply())
    const fm = buildFastModel(project)
    const s = createScratch(fm)
    const sides = new Set<string>()
    for (const m of [0.4, 1, 1.6]) {
      const price = new Float64Array(fm.products.length * fm.years).fill(m)
      const fast = evaluateDraw(fm, { price, volume: 1, recovery: 1 }, s)
      const exact = runModel(drawAsInputs(project, fm, price), { fixedDebt: fm.base.debt })
      matches(fast, exact)
      for (const c of exact.supply.contracts) {
        if (c.contractId === 'sc-bm-fixed') continue
        const k = project.supplyContracts!.find((x) => x.id === c.contractId)!
        const terms = k.price
        if (terms.basis !== 'pctOfContained') continue
        c.unitPrice.forEach((u, i) => {
          if (!c.active[i]) return
          if (u.eq(terms.floorPerQuantity!)) sides.add(`${c.contractId}:floor`)
          else if (u.eq(terms.capPerQuantity!)) sides.add(`${c.contractId}:cap`)
          else sides.add(`${c.contractId}:formula`)
        })
      }
    }
    expect([...sides].sort()).toEqual(['sc-bm-pct:cap', 'sc-bm-pct:floor', 'sc-bm-pct:formula', 'sc-gas:cap', 'sc-gas:floor', 'sc-gas:formula'])
  })

  it('supply contracts and capacity together: a fixed tonnage larger than the cut feed takes all of it (nothing bought on own terms)', () => {
    const p = withCapacity(withSupply())
    p.supplyContracts![1]!.volume = { basis: 'fixed', tonnesPerYear: '2900' } // above the hydromet line's 2,660 t/yr
    const project = valid(p)
    const fm = buildFastModel(project)
    const s = createScratch(fm)
    const price = new Float64Array(fm.products.length * fm.years).fill(1.1)
    for (const volume of [0.9, 1.15]) {
      const fast = evaluateDraw(fm, { price, volume, recovery: 1 }, s)
      const exact = runModel(drawAsInputs(project, fm, price), { scenario: drawScenario(volume, 1), fixedDebt: fm.base.debt })
      matches(fast, exact)
      linesMatch(fm, s, exact)
      const fixed = exact.supply.contracts.find((c) => c.contractId === 'sc-bm-fixed')!
      const bm = exact.streams.find((x) => x.streamId === 'bm')!
      const whole = fixed.tonnes.findIndex((t, i) => fixed.active[i] && t.gt(0) && t.eq(bm.inputTonnes[i]!))
      expect(whole).toBeGreaterThanOrEqual(0)
    }
  })

  it('EPR in USD with an INR project: an FX path moves the certificate revenue as the engine does', () => {
    const project = valid(withEpr(richProject(), 'USD'))
    const fm = buildFastModel(project)
    expect(fm.fx.currencies).toEqual(['INR'])
    expect(fm.ops!.epr!.slot).toBe(-1) // USD never moves; the reporting INR does
    const s = createScratch(fm)
    const ones = new Float64Array(fm.products.length * fm.years).fill(1)
    const fx = new Float64Array(fm.years).fill(1)
    for (let y = fm.fx.firstYear; y < fm.years; y++) fx[y] = 1 + 0.05 * (y - fm.fx.firstYear + 1)
    const fast = evaluateDraw(fm, { price: ones, volume: 1, recovery: 1, fx }, s)
    const exact = runModel(drawAsInputs(project, fm, ones, fx), { fixedDebt: fm.base.debt })
    matches(fast, exact)
    linesMatch(fm, s, exact)
    expect(sum(exact.operations.eprRevenue)).toBeGreaterThan(sum(runModel(project).operations.eprRevenue))
  })

  it('EPR priced by the deck’s series in USD over an INR block: the series’ currency sets the FX slot, and an FX path moves it as the engine does', () => {
    const p = withEpr(richProject(), 'INR')
    p.prices.decks[0]!.eprPrices = { currency: 'USD', points: [{ year: 2026, pricePerKg: '0.3' }, { year: 2030, pricePerKg: '0.35' }] }
    const project = valid(p)
    const fm = buildFastModel(project)
    expect(fm.ops!.epr!.slot).toBe(-1) // the deck's USD series, not the block's INR
    const s = createScratch(fm)
    const ones = new Float64Array(fm.products.length * fm.years).fill(1)
    const fx = new Float64Array(fm.years).fill(1)
    for (let y = fm.fx.firstYear; y < fm.years; y++) fx[y] = 1 + 0.05 * (y - fm.fx.firstYear + 1)
    const fast = evaluateDraw(fm, { price: ones, volume: 1, recovery: 1, fx }, s)
    const exact = runModel(drawAsInputs(project, fm, ones, fx), { fixedDebt: fm.base.debt })
    matches(fast, exact)
    linesMatch(fm, s, exact)
    // The deck's price reached the draw: the block's INR prices give other revenue.
    expect(sum(runModel(project).operations.eprRevenue)).not.toBeCloseTo(sum(runModel(valid(withEpr(richProject(), 'INR'))).operations.eprRevenue), 0)
  })

  it('all four at once with an FX path and price, volume and recovery shocks', () => {
    const { project } = operationsProjects().at(-1)!
    const fm = buildFastModel(project)
    const s = createScratch(fm)
    const rng = createRng(21)
    for (let k = 0; k < 4; k++) {
      const shocks = randomDraw(fm, rng)
      const fx = new Float64Array(fm.years).fill(1)
      for (let y = fm.fx.firstYear; y < fm.years; y++) fx[y] = 0.85 + 0.3 * rng.uniform()
      const fast = evaluateDraw(fm, { ...shocks, fx }, s)
      const exact = runModel(drawAsInputs(project, fm, shocks.price, fx), { scenario: drawScenario(shocks.volume, shocks.recovery), fixedDebt: fm.base.debt })
      matches(fast, exact)
      linesMatch(fm, s, exact)
    }
  })

  it('all four with an INR deck and EPR in INR (the reporting currency): an FX path moves deck, contract and EPR translation as the engine', () => {
    const p = withEpr(withByproducts(withSupply(withCapacity())), 'INR')
    const deck = p.prices.decks[0]!
    deck.currency = 'INR'
    deck.prices = deck.prices.map((pr) => (pr.mode === 'escalating'
      ? { ...pr, basePricePerUnit: String(Number(pr.basePricePerUnit) * 85) }
      : { ...pr, points: pr.points.map((x) => ({ ...x, price: String(Number(x.price) * 85) })) }))
    const project = valid(p)
    const fm = buildFastModel(project)
    expect(fm.fx.deckSlot).toBe(fm.fx.reportingSlot)
    const s = createScratch(fm)
    const rng = createRng(8)
    for (let k = 0; k < 2; k++) {
      const shocks = randomDraw(fm, rng)
      const fx = new Float64Array(fm.years).fill(1)
      for (let y = fm.fx.firstYear; y < fm.years; y++) fx[y] = 0.8 + 0.4 * rng.uniform()
      const fast = evaluateDraw(fm, { ...shocks, fx }, s)
      const exact = runModel(drawAsInputs(project, fm, shocks.price, fx), { scenario: drawScenario(shocks.volume, shocks.recovery), fixedDebt: fm.base.debt })
      matches(fast, exact)
      linesMatch(fm, s, exact)
    }
  })

  it('a project without any of them keeps the plain path (no operations block), and each one alone builds it', () => {
    expect(buildFastModel(valid(richProject())).ops).toBeNull()
    for (const { project } of operationsProjects()) expect(buildFastModel(project).ops).not.toBeNull()
  })

  it('each feature moves the draw: without it the same draw gives another NPV', () => {
    const plain = buildFastModel(valid(richProject()))
    const ones = new Float64Array(plain.products.length * plain.years).fill(1)
    const npvOf = (fm: FastModel) => evaluateDraw(fm, { price: ones, volume: 1.1, recovery: 1 }, createScratch(fm)).npv
    const base = npvOf(plain)
    for (const { project } of operationsProjects()) expect(npvOf(buildFastModel(project))).not.toBe(base)
  })
})

describe('the analyses on the fast path run on a project with capacity, supply contracts, by-products and EPR (no refusal left)', () => {
  const { project } = operationsProjects().at(-1)!
  const mc = { ...DEFAULT_MC_SETTINGS, draws: 300, seed: 4, volumeSd: 0.08, recoverySd: 0.03 }

  it('Monte Carlo: every draw gives a finite NPV of its own', () => {
    const r = runMonteCarlo(project, mc)
    if (!r.ok) throw new Error(r.reason)
    expect(r.draws.npv.length).toBe(300)
    expect(r.draws.npv.every(Number.isFinite)).toBe(true)
    expect(new Set(r.draws.npv).size).toBe(300)
  })

  it('breach sizing: sizes the debt on the same draws', () => {
    const r = sizeToBreach(project, { ...DEFAULT_BREACH_SIZING, mc, target: { maxBreachProbability: 0.1, p90Covenant: null } })
    if (!r.ok) throw new Error(r.reason)
    expect(r.evaluations).toBeGreaterThan(0)
  })

  it('tornado and the hedge ledger run (they re-run the Decimal engine) and the supply contracts offset a price move', () => {
    const t = computeTornado(project, { step: '0.1' })
    expect(t.rows.length).toBeGreaterThan(0)
    const ledger = computeExposureLedger(project, { step: '0.1' })
    expect(ledger.rows.length).toBeGreaterThan(0)
    // Pt moves the converters' %-of-contained supply contract: the ledger shows the offset.
    const pt = ledger.rows.find((r) => r.driverId === 'metal:Pt')!
    expect(Number(pt.removed.supply)).not.toBe(0)
  })
})
