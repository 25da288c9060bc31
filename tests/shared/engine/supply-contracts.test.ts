import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal, dec } from '@shared/decimal'
import { parseProject, type Project, type SupplyContract } from '@shared/model'
import { runModel } from '@shared/engine'
import { bankabilityChecklist } from '@shared/format/checklist'
import { monteCarloRunsOn } from '../analysis/mc-runs-on'
import { arbitraryProject } from './arbitrary-project'
import { handProject } from './hand-project'

const valid = (p: Project): Project => {
  const r = parseProject(p)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}
const num = (xs: readonly Decimal[]) => xs.map((x) => x.toNumber())

/*
 * Supply contracts (methodology §13) on the hand case (hand-project.ts: 1,000 t/yr black mass, Ni 20 %
 * at 10,000/t, own purchase 500/t not escalated, annual periods, operations 2027–2029, a 3-year loan so
 * the loan life is the whole of operations).
 * A: 600 t/yr fixed, 2027–2028, 450/t escalated 10 % a year on the start date's anniversaries
 *    (2027 is step 1: 450 × 1.1 = 495; 2028 step 2: 450 × 1.21 = 544.5).
 * B: 50 % of the stream's feed, 2027–2029, 30 % of contained value, floor 400/t, cap 700/t.
 *    Contained value per t = 0.2 × 10,000 = 2,000 → 30 % = 600/t (inside the collar).
 * 2027: A asks 600, gets 600; B asks 500, gets the 400 left. Cost 600 × 495 + 400 × 600 = 297,000 + 240,000 = 537,000.
 * 2028: 600 × 544.5 + 400 × 600 = 326,700 + 240,000 = 566,700.
 * 2029: A ended; B gets 500 → 300,000; the other 500 t at the stream's 500/t → 250,000; 550,000.
 * Supply coverage = (1,000 + 1,000 + 500) / 3,000 = 83.33 %.
 * EBITDA 2027 = 721,000 (hand case) − (537,000 − 500,000) = 684,000.
 */
const contractA: SupplyContract = {
  id: 'a', supplier: 'Cell maker', streamId: 'bm', rating: 'BBB', volume: { basis: 'fixed', tonnesPerYear: '600' },
  startDate: '2027-01-01', endDate: '2028-12-31', price: { basis: 'fixed', pricePerQuantity: '450', escalation: '0.1' }
}
const contractB: SupplyContract = {
  id: 'b', supplier: 'Collector', streamId: 'bm', rating: 'BB', volume: { basis: 'share', share: '0.5' },
  startDate: '2027-01-01', endDate: '2029-12-31', price: { basis: 'pctOfContained', pctOfContained: '0.3', floorPerQuantity: '400', capPerQuantity: '700' }
}
function supplied(): Project {
  const p = handProject()
  p.supplyContracts = [contractA, contractB]
  return valid(p)
}

describe('feedstock supply contracts and supply coverage (methodology §13)', () => {
  it('prices committed tonnes on the contract’s terms, the rest on the stream’s, and reports coverage', () => {
    const r = runModel(supplied())
    const [a, b] = r.supply.contracts
    expect(num(a!.tonnes)).toEqual([0, 600, 600, 0])
    expect(num(b!.askedTonnes)).toEqual([0, 500, 500, 500])
    expect(num(b!.tonnes)).toEqual([0, 400, 400, 500])
    expect(num(a!.unitPrice).slice(1, 3)).toEqual([495, 544.5])
    expect(num(b!.unitPrice).slice(1)).toEqual([600, 600, 600])
    expect(num(a!.purchaseCost)).toEqual([0, 297000, 326700, 0])
    expect(num(b!.purchaseCost)).toEqual([0, 240000, 240000, 300000])
    expect(num(r.streams[0]!.purchaseCost)).toEqual([0, 537000, 566700, 550000])
    expect(num(r.operations.feedstockCost)).toEqual([0, 537000, 566700, 550000])
    expect(r.operations.ebitda[1]!.toNumber()).toBe(684000)
    expect(num(r.supply.contractedTonnes)).toEqual([0, 1000, 1000, 500])
    expect(r.supply.coverage.map((c) => (c === null ? null : c.toNumber()))).toEqual([null, 1, 1, 0.5])
    expect(r.metrics.supplyCoverage.ok && r.metrics.supplyCoverage.value.toNumber()).toBeCloseTo(2500 / 3000, 15)
    expect(a!.investmentGrade).toBe(true)
    expect(b!.investmentGrade).toBe(false)
  })

  it('the %-of-contained price is held to its floor and cap', () => {
    // Prices × 0.5: 30 % × 1,000 = 300/t → floor 400; × 2: 30 % × 4,000 = 1,200/t → cap 700.
    const low = runModel(supplied(), { priceMultipliers: { all: dec('0.5') } })
    expect(low.supply.contracts[1]!.unitPrice[1]!.toNumber()).toBe(400)
    const high = runModel(supplied(), { priceMultipliers: { all: dec(2) } })
    expect(high.supply.contracts[1]!.unitPrice[1]!.toNumber()).toBe(700)
    // Without a floor or cap the formula stands: 300/t.
    const p = supplied()
    p.supplyContracts![1]!.price = { basis: 'pctOfContained', pctOfContained: '0.3', floorPerQuantity: null, capPerQuantity: null }
    expect(runModel(p, { priceMultipliers: { all: dec('0.5') } }).supply.contracts[1]!.unitPrice[1]!.toNumber()).toBe(300)
  })

  it('a stream bought at a % of contained value keeps its own % on the feed not committed', () => {
    // Stream at 25 % of contained value (2,000/t → 500/t); contract B only, 2027–2029: 500 t at 600 + 500 t at 500 = 550,000.
    const p = handProject()
    p.feedstock[0]!.purchase = { basis: 'pctOfContained', pctOfContained: '0.25', logisticsPerTonne: '0', escalation: '0' }
    p.supplyContracts = [contractB]
    const r = runModel(valid(p))
    expect(num(r.streams[0]!.purchaseCost)).toEqual([0, 550000, 550000, 550000])
    expect(r.metrics.supplyCoverage.ok && r.metrics.supplyCoverage.value.toNumber()).toBe(0.5)
  })

  it('converts committed tonnes to converters for a catalyst stream', () => {
    // Converters 10,000/yr × 12 kg = 120 t, bought at 30/unit; a contract for 60 t/yr at 20/unit:
    // 60 t = 5,000 converters → 100,000; the other 5,000 at 30 → 150,000; 250,000. Coverage 60 / 1,120 with the black mass.
    const p = handProject()
    p.feedstock.push({
      id: 'cat', name: 'Converters', kind: 'catalyst', unitsPerYear: '10000', converterClassId: null, massKgPerUnit: '12', rampUp: ['1'], routeId: 'hydro',
      recoveryOverrides: {}, purchase: { basis: 'fixed', pricePerQuantity: '30', logisticsPerTonne: '0', escalation: '0' }, loading: { mode: 'gramsPerUnit', gramsPerUnit: { Pt: '0', Pd: '0', Rh: '0' } }
    })
    p.supplyContracts = [{ ...contractA, id: 'c', streamId: 'cat', startDate: '2027-01-01', endDate: '2029-12-31', volume: { basis: 'fixed', tonnesPerYear: '60' }, price: { basis: 'fixed', pricePerQuantity: '20', escalation: '0' } }]
    const r = runModel(valid(p))
    expect(num(r.supply.contracts[0]!.quantity)).toEqual([0, 5000, 5000, 5000])
    expect(num(r.streams[1]!.purchaseCost)).toEqual([0, 250000, 250000, 250000])
    expect(r.metrics.supplyCoverage.ok && r.metrics.supplyCoverage.value.toNumber()).toBeCloseTo(60 / 1120, 15)
  })

  it('a contract that starts mid-way splits the period groups; a committed volume above the feed is capped at the feed', () => {
    const p = handProject()
    p.supplyContracts = [{ ...contractA, volume: { basis: 'fixed', tonnesPerYear: '5000' }, startDate: '2028-01-01', endDate: '2029-12-31' }]
    const r = runModel(valid(p))
    expect(num(r.supply.contracts[0]!.tonnes)).toEqual([0, 0, 1000, 1000])
    expect(r.metrics.supplyCoverage.ok && r.metrics.supplyCoverage.value.toNumber()).toBeCloseTo(2 / 3, 15)
  })

  it('no contracts: the metric says so; no feed in the loan life: says that', () => {
    expect(runModel(handProject()).metrics.supplyCoverage).toEqual({ ok: false, code: 'no-supply', reason: 'no supply contracts' })
    const p = supplied()
    p.feedstock[0]!.rampUp = ['0']
    expect(runModel(p).metrics.supplyCoverage).toEqual({ ok: false, code: 'no-supply', reason: 'no feed processed in the loan life' })
  })

  it('the schema refuses an unknown stream, a tenor that runs backwards and a cap below the floor', () => {
    const p = supplied()
    p.supplyContracts!.push({ ...contractB, id: 'x', streamId: 'nope', startDate: '2029-01-01', endDate: '2028-01-01', price: { basis: 'pctOfContained', pctOfContained: '0.3', floorPerQuantity: '800', capPerQuantity: '700' } })
    const r = parseProject(p)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues.map((i) => `${i.path}: ${i.message}`)).toEqual(expect.arrayContaining([
      'supplyContracts.2.streamId: unknown stream "nope"', 'supplyContracts.2.endDate: ends before it starts', 'supplyContracts.2.price.capPerQuantity: cap is below the floor'
    ]))
  })

  it('without supply contracts (absent or empty) every figure is today’s, to the last digit', () => {
    const base = runModel(handProject())
    const p = handProject()
    p.supplyContracts = []
    const empty = runModel(valid(p))
    expect(JSON.stringify(empty)).toBe(JSON.stringify(base))
    expect(base.supply.contracts).toEqual([])
  })

  it('the checklist grades supply coverage against the lender’s minimum only when there are contracts; no minimum set = 0', () => {
    expect(bankabilityChecklist(handProject(), runModel(handProject())).map((i) => i.id)).not.toContain('supplyCoverage')
    const p = supplied()
    const item = () => bankabilityChecklist(p, runModel(p)).find((i) => i.id === 'supplyCoverage')!
    expect(item()).toMatchObject({ grade: 'green', threshold: '≥ 0.0 %' })
    p.lender.minSupplyCoverage = '0.9' // 83.3 % misses 90 % by 6.7 points, less than 10 % of 90 %: amber
    expect(item()).toMatchObject({ grade: 'amber', value: '83.3 %' })
    p.lender.minSupplyCoverage = '0.95' // misses by 11.7 points, more than 9.5: red
    expect(item().grade).toBe('red')
    p.lender.minSupplyCoverage = '0.8'
    expect(item().grade).toBe('green')
  })

  it('Monte Carlo runs on a project with supply contracts (the fast path re-prices them in each draw), its base draw the engine', () => {
    monteCarloRunsOn(supplied())
  })
})

describe('supply contracts over generated projects (fast-check)', () => {
  it('supply coverage stays within 0…1, contracted tonnes never exceed the stream’s feed, and an empty list changes nothing', () => {
    const terms = fc.array(fc.record({
      share: fc.option(fc.integer({ min: 0, max: 100 })), tonnes: fc.integer({ min: 0, max: 80000 }), pct: fc.integer({ min: 0, max: 100 }),
      start: fc.integer({ min: 2024, max: 2040 }), years: fc.integer({ min: 0, max: 20 }), fixed: fc.boolean(), price: fc.integer({ min: -200, max: 5000 })
    }), { minLength: 1, maxLength: 4 })
    fc.assert(
      fc.property(arbitraryProject(), terms, (project, list) => {
        const base = runModel(project)
        expect(JSON.stringify(runModel(valid({ ...project, supplyContracts: [] })).operations)).toBe(JSON.stringify(base.operations))
        if (project.feedstock.length === 0) return
        const contracts: SupplyContract[] = list.map((t, k) => ({
          id: `s${k}`, supplier: `Supplier ${k}`, streamId: project.feedstock[k % project.feedstock.length]!.id, rating: 'A',
          volume: t.share === null ? { basis: 'fixed', tonnesPerYear: String(t.tonnes) } : { basis: 'share', share: dec(t.share).div(100).toString() },
          startDate: `${t.start}-01-01`, endDate: `${t.start + t.years}-12-31`,
          price: t.fixed ? { basis: 'fixed', pricePerQuantity: String(t.price), escalation: '0.02' } : { basis: 'pctOfContained', pctOfContained: dec(t.pct).div(100).toString(), floorPerQuantity: null, capPerQuantity: null }
        }))
        const r = runModel(valid({ ...project, supplyContracts: contracts }))
        const c = r.metrics.supplyCoverage
        if (c.ok) expect(c.value.gte(0) && c.value.lte(1)).toBe(true)
        r.supply.coverage.forEach((x) => { if (x !== null) expect(x.gte(0) && x.lte(dec(1).plus('1e-30'))).toBe(true) })
        r.streams.forEach((s) => {
          const mine = r.supply.contracts.filter((k) => k.streamId === s.streamId)
          s.inputTonnes.forEach((t, i) => expect(mine.reduce((a, k) => a.plus(k.tonnes[i]!), dec(0)).lte(t.times('1.000000000000001'))).toBe(true))
        })
        // Physical flows never move: a supply contract only says who supplies the feed and at what price.
        expect(JSON.stringify(r.operations.processedTonnes)).toBe(JSON.stringify(base.operations.processedTonnes))
        expect(JSON.stringify(r.operations.revenue)).toBe(JSON.stringify(base.operations.revenue))
      }),
      { numRuns: 60, seed: 16 }
    )
  })
})
