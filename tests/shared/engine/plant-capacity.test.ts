import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal, dec } from '@shared/decimal'
import { parseProject, type Project } from '@shared/model'
import { runModel } from '@shared/engine'
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
 * Plant capacity (methodology §13) on the hand case (hand-project.ts: 1,000 t/yr black mass, Ni 20 %,
 * recovery 90 %, feed 500/t, variable opex 100/t, annual periods, operations 2027–2029).
 * Whole plant 800 t/yr at 90 % availability: 720 t a year available < 1,000 t offered → factor 0.72.
 * Processed 720 t, unprocessed 280 t (not bought). Ni recovered 720 × 0.2 × 0.9 = 129.6 t.
 * Contract (50 %): 64.8 t × 8,900 = 576,720; merchant 64.8 t × 8,000 = 518,400; revenue 1,095,120.
 * Feedstock 720 × 500 = 360,000; opex 200,000 + 720 × 100 = 272,000; EBITDA 463,120. Utilisation 100 %.
 */
function plantCut(): Project {
  const p = handProject()
  p.plant = { capacities: [{ id: 'plant', routeId: null, tonnesPerYear: '800', availability: '0.9' }] }
  return valid(p)
}

/*
 * Two streams on one route, pro rata: black mass 1,000 t + a second 500 t stream; the route line takes
 * 1,200 t/yr at 100 % → factor 1,200 / 1,500 = 0.8: 800 t and 400 t processed, 200 t and 100 t not.
 * A whole-plant capacity of 1,000 t/yr then cuts what the line passes (1,200 t) by 1,000 / 1,200:
 * 666.67 t and 333.33 t; unprocessed 333.33 t and 166.67 t; plant utilisation 100 %, the line 83.3 %.
 */
function twoOnARoute(plant: boolean): Project {
  const p = handProject()
  const first = p.feedstock[0]!
  p.feedstock.push({ ...structuredClone(first), id: 'bm2', name: 'Black mass 2', ...(first.kind === 'battery' ? { inputTonnesPerYear: '500' } : {}) } as Project['feedstock'][number])
  p.plant = { capacities: [{ id: 'line', routeId: 'hydro', tonnesPerYear: '1200', availability: '1' }] }
  if (plant) p.plant.capacities.push({ id: 'plant', routeId: null, tonnesPerYear: '1000', availability: '1' })
  return valid(p)
}

describe('plant capacity: feed above capacity × availability is cut pro rata and not bought (methodology §13)', () => {
  it('cuts a single stream to the plant’s available tonnes; the unprocessed feed is neither processed nor bought', () => {
    const r = runModel(plantCut())
    const o = r.operations
    expect(num(o.processedTonnes)).toEqual([0, 720, 720, 720])
    expect(num(o.unprocessedTonnes)).toEqual([0, 280, 280, 280])
    expect(num(r.streams[0]!.unprocessedTonnes)).toEqual([0, 280, 280, 280])
    expect(r.products[0]!.output[1]!.toNumber()).toBeCloseTo(129.6, 12)
    expect(o.revenue[1]!.toNumber()).toBeCloseTo(1095120, 6)
    expect(o.feedstockCost[1]!.toNumber()).toBeCloseTo(360000, 6)
    expect(o.opex[1]!.toNumber()).toBeCloseTo(272000, 6)
    expect(o.ebitda[1]!.toNumber()).toBeCloseTo(463120, 6)
    const cap = r.plant.capacities[0]!
    expect([num(cap.available), num(cap.offered), num(cap.processed)]).toEqual([[0, 720, 720, 720], [0, 1000, 1000, 1000], [0, 720, 720, 720]])
    expect(r.plant.utilisation.map((u) => (u === null ? null : u.toNumber()))).toEqual([null, 1, 1, 1])
    expect(r.metrics.capacityUtilisation).toEqual({ ok: true, value: expect.any(Decimal) })
    if (r.metrics.capacityUtilisation.ok) expect(r.metrics.capacityUtilisation.value.toNumber()).toBe(1)
    expect(r.annual.map((a) => a.unprocessedTonnes.toNumber())).toEqual([0, 280, 280, 280])
    expect(r.annual.map((a) => a.processedTonnes.toNumber())).toEqual([0, 720, 720, 720])
  })

  it('below capacity nothing is cut and utilisation is processed / available', () => {
    const p = plantCut()
    p.plant!.capacities[0]!.tonnesPerYear = '2000' // 1,800 t available, 1,000 t offered: 55.6 %
    const r = runModel(p)
    expect(num(r.operations.unprocessedTonnes)).toEqual([0, 0, 0, 0])
    const u = r.metrics.capacityUtilisation
    expect(u.ok && u.value.toNumber()).toBeCloseTo(1000 / 1800, 15)
    const plain = runModel(handProject())
    expect(r.operations.ebitda.map(String)).toEqual(plain.operations.ebitda.map(String))
  })

  it('zero availability processes nothing in operations; construction periods have no capacity and no utilisation', () => {
    const p = plantCut()
    p.plant!.capacities[0]!.availability = '0'
    const r = runModel(p)
    expect(num(r.operations.processedTonnes)).toEqual([0, 0, 0, 0])
    expect(num(r.operations.unprocessedTonnes)).toEqual([0, 1000, 1000, 1000])
    expect(r.metrics.capacityUtilisation).toMatchObject({ ok: false, code: 'no-capacity' })
  })

  it('a route line cuts its streams pro rata; the whole plant then cuts what the lines pass', () => {
    const line = runModel(twoOnARoute(false))
    expect(line.streams.map((s) => s.inputTonnes[1]!.toNumber())).toEqual([800, 400])
    expect(line.streams.map((s) => s.unprocessedTonnes[1]!.toNumber())).toEqual([200, 100])
    // Route capacities pooled when there is no whole-plant capacity: 1,200 / 1,200.
    expect(line.plant.utilisation[1]!.toNumber()).toBe(1)
    const both = runModel(twoOnARoute(true))
    const [a, b] = both.streams.map((s) => s.inputTonnes[1]!.toNumber())
    expect(a).toBeCloseTo(2000 / 3, 12)
    expect(b).toBeCloseTo(1000 / 3, 12)
    expect(both.operations.unprocessedTonnes[1]!.toNumber()).toBeCloseTo(500, 12)
    const [lineLoad, plantLoad] = both.plant.capacities
    expect(lineLoad!.offered[1]!.toNumber()).toBe(1500)
    expect(lineLoad!.processed[1]!.toNumber()).toBeCloseTo(1000, 12)
    expect(plantLoad!.offered[1]!.toNumber()).toBe(1200)
    expect(plantLoad!.processed[1]!.toNumber()).toBeCloseTo(1000, 12)
    // The whole plant is the headline: 1,000 / 1,000.
    expect(both.plant.utilisation[1]!.toNumber()).toBeCloseTo(1, 15)
  })

  it('a stream on a route without a capacity is not cut by another route’s line', () => {
    const p = twoOnARoute(false)
    p.routes.push({ id: 'other', name: 'Other', type: 'hydro', recovery: { Ni: '0.9' } })
    p.feedstock[1]!.routeId = 'other'
    const r = runModel(valid(p))
    expect(r.streams.map((s) => s.inputTonnes[1]!.toNumber())).toEqual([1000, 500])
    expect(r.plant.capacities[0]!.offered[1]!.toNumber()).toBe(1000)
  })

  it('the schema refuses a capacity on an unknown route and two capacities with the same scope', () => {
    const p = plantCut()
    p.plant!.capacities.push({ id: 'again', routeId: null, tonnesPerYear: '1', availability: '1' }, { id: 'x', routeId: 'nope', tonnesPerYear: '1', availability: '1' })
    const r = parseProject(p)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues.map((i) => i.message)).toEqual(expect.arrayContaining(['the whole plant already has a capacity', 'unknown route "nope"']))
  })

  it('without a capacity (absent or empty) every figure is today’s, to the last digit', () => {
    const base = runModel(handProject())
    const p = handProject()
    p.plant = { capacities: [] }
    const empty = runModel(valid(p))
    expect(JSON.stringify(empty.financing)).toBe(JSON.stringify(base.financing))
    expect(JSON.stringify(empty.operations)).toBe(JSON.stringify(base.operations))
    expect(base.metrics.capacityUtilisation).toMatchObject({ ok: false, code: 'no-capacity' })
    expect(base.plant.capacities).toEqual([])
  })

  it('Monte Carlo runs on a project with a capacity (the fast path cuts each draw), its base draw the engine', () => {
    monteCarloRunsOn(plantCut())
  })
})

describe('plant capacity over generated projects (fast-check)', () => {
  it('processed ≤ capacity × availability × m/12 for every capacity and period; processed + unprocessed = offered', () => {
    const capacity = fc.record({ plant: fc.option(fc.integer({ min: 0, max: 60000 })), line: fc.option(fc.integer({ min: 0, max: 60000 })), avail: fc.integer({ min: 0, max: 100 }) })
    fc.assert(
      fc.property(arbitraryProject(), capacity, (project, c) => {
        const capacities: NonNullable<Project['plant']>['capacities'] = []
        if (c.line !== null) capacities.push({ id: 'line', routeId: project.feedstock[0]?.routeId ?? 'hydro', tonnesPerYear: String(c.line), availability: dec(c.avail).div(100).toString() })
        if (c.plant !== null) capacities.push({ id: 'plant', routeId: null, tonnesPerYear: String(c.plant), availability: '0.95' })
        const offered = runModel(project)
        const r = runModel(valid({ ...project, plant: { capacities } }))
        const m = r.periodMonths
        for (const load of r.plant.capacities) {
          const cap = capacities.find((x) => x.id === load.id)!
          const limit = dec(cap.tonnesPerYear).times(cap.availability).times(m).div(12)
          load.processed.forEach((x, i) => {
            expect(x.lte(limit.times('1.000000000000001'))).toBe(true)
            expect(x.lte(load.available[i]!.times('1.000000000000001'))).toBe(true)
          })
        }
        r.operations.processedTonnes.forEach((x, i) => {
          const total = x.plus(r.operations.unprocessedTonnes[i]!)
          expect(total.minus(offered.operations.processedTonnes[i]!).abs().lte(total.times('1e-25').plus('1e-25'))).toBe(true)
          expect(r.operations.unprocessedTonnes[i]!.gte(0)).toBe(true)
        })
      }),
      { numRuns: 60, seed: 16 }
    )
  })
})
