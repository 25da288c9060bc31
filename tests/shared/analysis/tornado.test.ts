import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { runModel, type Metric, type ModelOptions } from '@shared/engine'
import { computeTornado, driversFor, sortTornado, type PlainMetric, type TornadoValues } from '@shared/analysis'
import type { Project } from '@shared/model'
import { richProject, sampleProjects } from './fixtures'

const same = (a: PlainMetric, b: Metric) => {
  expect(a.ok).toBe(b.ok)
  if (a.ok && b.ok) expect(a.value).toBe(b.value.toString())
}
const expectValues = (v: TornadoValues, project: Project, options: ModelOptions) => {
  const r = runModel(project, options)
  same(v.equityIrr, r.metrics.equityIrr)
  same(v.minDscr, r.metrics.minDscr)
  expect(v.npv).toEqual({ ok: true, value: r.metrics.npv.toString() })
}

describe('tornado', () => {
  const project = richProject()
  const t = computeTornado(project, { step: '0.1', stepOverrides: { capex: '0.2' } })
  const base = runModel(project)
  const row = (id: string) => t.rows.find((r) => r.driverId === id)!

  it('has every driver of a multi-product, non-USD project', () => {
    expect(t.rows.map((r) => r.driverId).sort()).toEqual(
      ['capex', 'feedstockCost', 'fx', 'interestRate', 'opex', 'price:all', 'price:li', 'price:ni', 'price:pd', 'price:pt', 'recovery', 'volume'].sort()
    )
    expect(t.evaluations).toBe(25)
  })

  // Each bar is reproduced by a DIRECT engine run written out by hand (debt held through a scenario,
  // which the engine holds at the base case by itself, or through fixedDebt).
  it('volume, recovery, opex, FX bars = runModel with that scenario multiplier (debt held by the engine)', () => {
    for (const [id, field] of [['volume', 'volumeMultiplier'], ['recovery', 'recoveryMultiplier'], ['opex', 'opexMultiplier'], ['fx', 'fxMultiplier']] as const) {
      expectValues(row(id).low, project, { scenario: { id: 's', name: 's', [field]: '0.9' } })
      expectValues(row(id).high, project, { scenario: { id: 's', name: 's', [field]: '1.1' } })
    }
  })
  it('capex uses its own ±20 % step', () => {
    expect(row('capex').step).toBe('0.2')
    expectValues(row('capex').low, project, { scenario: { id: 's', name: 's', capexMultiplier: '0.8' } })
    expectValues(row('capex').high, project, { scenario: { id: 's', name: 's', capexMultiplier: '1.2' } })
  })
  it('price bars = runModel with price multipliers and the base debt', () => {
    expectValues(row('price:all').low, project, { priceMultipliers: { all: new Decimal('0.9') }, fixedDebt: base.debt })
    expectValues(row('price:pd').high, project, { priceMultipliers: { byProduct: new Map([['pd', new Decimal('1.1')]]) }, fixedDebt: base.debt })
  })
  it('every price bar, both ends, = its own runModel (the bars share one preparation, which reads no price multiplier)', () => {
    for (const r of t.rows.filter((x) => x.kind === 'priceAll' || x.kind === 'priceProduct'))
      for (const [end, f] of [[r.low, '0.9'], [r.high, '1.1']] as const) {
        const m = new Decimal(f)
        expectValues(end, project, { priceMultipliers: r.kind === 'priceAll' ? { all: m } : { byProduct: new Map([[r.driverId.slice('price:'.length), m]]) }, fixedDebt: base.debt })
      }
  })
  it('price bars under a case with its own multipliers, and re-sizing the debt, = their runModel', () => {
    const scenario = { id: 'stress', name: 'Stress', volumeMultiplier: '0.85', opexMultiplier: '1.1' }
    const under = computeTornado(project, { step: '0.1', scenario })
    const held = runModel(project, { scenario }).debt
    const pt = under.rows.find((x) => x.driverId === 'price:pt')!
    expectValues(pt.low, project, { scenario, priceMultipliers: { byProduct: new Map([['pt', new Decimal('0.9')]]) }, fixedDebt: held })
    expectValues(under.rows.find((x) => x.driverId === 'price:all')!.high, project, { scenario, priceMultipliers: { all: new Decimal('1.1') }, fixedDebt: held })
    const resized = computeTornado(project, { step: '0.1', scenario, resizeDebt: true })
    expectValues(resized.rows.find((x) => x.driverId === 'price:li')!.high, project, { scenario: { ...scenario, resizeDebt: true }, priceMultipliers: { byProduct: new Map([['li', new Decimal('1.1')]]) } })
  })
  it('interest rate moves relatively: 9.5 % → 8.55 % / 10.45 %', () => {
    expectValues(row('interestRate').low, project, { scenario: { id: 's', name: 's', interestRateDelta: '-0.0095' } })
    expectValues(row('interestRate').high, project, { scenario: { id: 's', name: 's', interestRateDelta: '0.0095' } })
  })
  it('feedstock cost scales purchase terms and logistics', () => {
    const p = structuredClone(project)
    const [gas, bm] = p.feedstock
    if (gas!.purchase.basis !== 'pctOfContained' || bm!.purchase.basis !== 'fixed') throw new Error('fixture changed')
    gas!.purchase.pctOfContained = '0.792'
    gas!.purchase.logisticsPerTonne = '4400'
    bm!.purchase.pricePerQuantity = '165000'
    bm!.purchase.logisticsPerTonne = '3300'
    expectValues(row('feedstockCost').high, p, { fixedDebt: base.debt })
  })
  it('rows are sorted by equity IRR swing, largest first; the sort can switch metric', () => {
    const swings = t.rows.map((r) => Number(r.swing.equityIrr))
    expect(swings).toEqual([...swings].sort((a, b) => b - a))
    const byNpv = sortTornado(t.rows, 'npv').map((r) => Number(r.swing.npv))
    expect(byNpv).toEqual([...byNpv].sort((a, b) => b - a))
    expect(t.base.npv.ok && t.base.npv.value).toBe(base.metrics.npv.toString())
  })
  it('a USD-only single-product project has no FX and no per-product bars', () => {
    const hand = sampleProjects().find((s) => s.name === 'hand')!.project
    expect(driversFor(hand).map((d) => d.id)).toEqual(['price:all', 'volume', 'recovery', 'feedstockCost', 'capex', 'opex', 'interestRate'])
  })
  it('with resizeDebt every bar re-sizes the debt', () => {
    const r = computeTornado(project, { step: '0.1', resizeDebt: true })
    const v = r.rows.find((x) => x.driverId === 'volume')!
    expectValues(v.low, project, { scenario: { id: 's', name: 's', volumeMultiplier: '0.9', resizeDebt: true } })
  })
})

describe('rich-project.json (the bench and e2e load it)', () => {
  it('equals richProject()', async () => {
    const { readFileSync } = await import('node:fs')
    expect(JSON.parse(readFileSync(`${__dirname}/rich-project.json`, 'utf8'))).toEqual(richProject())
  })
})
