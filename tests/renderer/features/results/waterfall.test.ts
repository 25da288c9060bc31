import { describe, expect, it } from 'vitest'
import { Decimal, ZERO } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { chartData } from '@renderer/features/results/chart-data'
import { cardViews, compactMoney } from '@renderer/features/results/metric-cards'
import { waterfallRows } from '@renderer/features/results/waterfall'
import { formatMetric } from '@renderer/format/metrics'
import { handProject } from '../../../shared/engine/hand-project'

const project = handProject()
project.financing.dsra = { enabled: true, months: 6 }
const result = runModel(project)
const rows = Object.fromEntries(waterfallRows(result).map((r) => [r.id, r]))
const at = (id: string, i: number): Decimal => rows[id]!.values[i]!

describe('annual waterfall', () => {
  it('adds up in every year: EBITDA, CFADS and distributions from the lines above them', () => {
    result.annual.forEach((_, i) => {
      expect(at('revenue', i).plus(at('feedstock', i)).plus(at('opex', i)).minus(at('ebitda', i)).abs().lt('1e-20')).toBe(true)
      expect(at('ebitda', i).plus(at('deltaWc', i)).plus(at('tax', i)).plus(at('maintenance', i)).minus(at('cfads', i)).abs().lt('1e-20')).toBe(true)
      expect(at('cfads', i).plus(at('debtService', i)).plus(at('dsra', i)).minus(at('distributions', i)).abs().lt('1e-20')).toBe(true)
      expect(at('interest', i).plus(at('principal', i)).minus(at('debtService', i)).abs().lt('1e-20')).toBe(true)
    })
  })

  it('with every §11 mechanism on, the waterfall lines still add up to distributions, which are never negative', () => {
    const p = handProject()
    // A deep price cut so that periods fall short, the lock-up bites and the facility and sponsor are needed.
    p.financing.dsra = { enabled: true, months: 6, form: 'lc', lcFeeRate: '0.02', lcDrawRate: '0.1' }
    p.costs.maintenanceCapexPerYear = '40000'
    p.costs.opex.fixedPerYear = '450000'
    p.financing.waterfall = { mraMonths: 12, wcFacility: { limit: '50000', rate: '0.12' }, lockup: { dscr: '1.5', test: 'trailing-12m', releaseAfterPeriods: 1 } }
    const r = runModel(p)
    const wr = Object.fromEntries(waterfallRows(r).map((x) => [x.id, x]))
    const v = (id: string, i: number) => wr[id]?.values[i] ?? ZERO
    r.annual.forEach((_, i) => {
      const lines = ['debtService', 'waterfallFees', 'sponsorSupport', 'facility', 'dsra', 'mra', 'lockup'].reduce((a, id) => a.plus(v(id, i)), v('cfads', i))
      expect(lines.minus(v('distributions', i)).abs().lt('1e-18')).toBe(true)
      expect(v('distributions', i).isNegative()).toBe(false)
    })
    expect(Object.keys(wr)).toEqual(expect.arrayContaining(['waterfallFees', 'mra']))
  })

  it('a cash sweep is its own line, negative, equal to the engine total, and the columns still add up; its card says how much earlier the debt is repaid', () => {
    const p = handProject()
    p.financing.waterfall = { sweep: { share: '0.6', trigger: null, allocation: 'pro-rata' } }
    const r = runModel(p)
    const wr = Object.fromEntries(waterfallRows(r).map((x) => [x.id, x]))
    const v = (id: string, i: number) => wr[id]?.values[i] ?? ZERO
    expect(r.metrics.totalSwept.ok && r.metrics.totalSwept.value.gt(0)).toBe(true)
    expect(wr.sweep!.total!.neg().eq(r.metrics.totalSwept.ok ? r.metrics.totalSwept.value : ZERO)).toBe(true)
    expect(wr.sweep!.values.every((x) => x.lte(0))).toBe(true)
    r.annual.forEach((_, i) => {
      const lines = ['debtService', 'waterfallFees', 'sponsorSupport', 'facility', 'dsra', 'mra', 'sweep', 'lockup'].reduce((a, id) => a.plus(v(id, i)), v('cfads', i))
      expect(lines.minus(v('distributions', i)).abs().lt('1e-18')).toBe(true)
    })
    const card = cardViews(r).find((c) => c.key === 'totalSwept')!
    const early = r.financing.maturityPeriod! - r.metrics.debtRepaidPeriod!
    expect(early).toBeGreaterThan(0)
    expect(card.hint).toBe(`debt repaid in period ${r.metrics.debtRepaidPeriod}, ${early} period${early === 1 ? '' : 's'} before maturity (${r.financing.maturityPeriod})`)
    expect(card.text).toBe(formatMetric('totalSwept', r.metrics.totalSwept, r.currency))
    // Without a sweep in the terms: no line, no card.
    expect(waterfallRows(result).some((x) => x.id === 'sweep')).toBe(false)
    expect(cardViews(result).some((c) => c.key === 'totalSwept')).toBe(false)
  })

  it('totals equal the engine totals; cash out is negative', () => {
    expect(rows.revenue!.total!.toString()).toBe(result.metrics.totalRevenue.toString())
    expect(rows.cfads!.total!.toString()).toBe(result.metrics.totalCfads.toString())
    expect(rows.tax!.total!.neg().toString()).toBe(result.metrics.totalTax.toString())
    expect(rows.opex!.values.every((v) => v.lte(0))).toBe(true)
    expect(rows.debtBalance!.total).toBeNull()
  })
})

describe('chart data', () => {
  const data = chartData(result, new Decimal('1.3'))
  it('stacked revenue by product adds up to the annual revenue', () => {
    data.revenue.forEach((y, i) => {
      const sum = data.products.reduce((s, p) => s + (y[p.key] ?? 0), 0)
      expect(sum).toBeCloseTo(result.annual[i]!.revenue.toNumber(), 6)
    })
  })
  it('cover chart: operating years only, DSCR = the year minimum, covenant line constant', () => {
    expect(data.cover.map((c) => c.year)).toEqual([2027, 2028, 2029])
    for (const c of data.cover) expect(c.covenant).toBe(1.3)
    const y = result.annual.find((a) => a.year === 2027)!
    expect(data.cover[0]!.dscr).toBeCloseTo(y.minDscr.ok ? y.minDscr.value.toNumber() : NaN, 12)
  })
  it('DSCR is plotted for repayment periods only: an interest-only grace year has none', () => {
    const p = handProject()
    p.timeline.operatingYears = 4
    p.financing.tranches[0]!.graceMonths = 12
    const r = runModel(p)
    const cover = chartData(r, new Decimal('1.3')).cover
    expect(r.periods[1]!.isRepayment).toBe(false)
    expect(r.financing.dscr[1]!.ok).toBe(true) // the engine has a ratio for the grace year…
    expect(cover[0]!.dscr).toBeNull() // …but the covenant is not tested there
    expect(cover[1]!.dscr).not.toBeNull()
  })
  it('cumulative cash ends at the sum of project and equity flows', () => {
    const last = data.cash.at(-1)!
    const total = (f: (a: (typeof result.annual)[number]) => Decimal) => result.annual.reduce((s, a) => s.plus(f(a)), ZERO).toNumber()
    expect(last.project).toBeCloseTo(total((a) => a.projectCashFlow), 6)
    expect(last.equity).toBeCloseTo(total((a) => a.equityCashFlow), 6)
  })
})

describe('headline cards', () => {
  it('show exactly formatMetric of the engine metric, keyed by the CLI names', () => {
    const cards = cardViews(result)
    expect(cards.map((c) => c.key)).toEqual(['projectIrr', 'equityIrr', 'npv', 'paybackYears', 'minDscr', 'avgDscr', 'minDscrAllOperating', 'lowestOperatingCfads', 'totalSponsorSupport', 'defaultPeriods', 'llcr', 'plcr', 'debtAtCod', 'gearing', 'offtakeCoverage', 'bankableOfftakeCoverage'])
    for (const c of cards) expect(c.text).toBe(formatMetric(c.key, result.metrics[c.key] as never, 'USD'))
  })
})

describe('compact money under the cards', () => {
  it('INR in crore and lakh, others in million/billion, negatives with a minus', () => {
    expect(compactMoney(new Decimal('1343030019'), 'INR')).toBe('134.3 crore INR')
    expect(compactMoney(new Decimal('4520000'), 'INR')).toBe('45.2 lakh INR')
    expect(compactMoney(new Decimal('-39527852'), 'USD')).toBe('−39.5 million USD')
    expect(compactMoney(new Decimal('1234567890123'), 'JPY')).toBe('1.2 trillion JPY')
    expect(compactMoney(new Decimal('999'), 'USD')).toBe('999 USD')
  })
})

describe('waterfall with a hedged tranche', () => {
  it('shows the hedge cost as a detail of debt service, so interest + hedge cost + principal = debt service', () => {
    const p = handProject()
    p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '80' }] }] }
    p.financing.tranches = [{ ...p.financing.tranches[0]!, currency: 'INR', hedge: { hedged: true, annualCost: '0.02' } }]
    const r = runModel(p)
    const byId = Object.fromEntries(waterfallRows(r).map((row) => [row.id, row]))
    expect(byId.debtFees).toBeDefined()
    r.annual.forEach((_, i) => {
      const sum = byId.interest!.values[i]!.plus(byId.debtFees!.values[i]!).plus(byId.principal!.values[i]!)
      expect(sum.minus(byId.debtService!.values[i]!).abs().lt('1e-20')).toBe(true)
    })
    expect(byId.debtFees!.values[1]!.toNumber()).toBeCloseTo(-0.02 * 600000, 6) // 2 % on the 600,000 balance in 2027
    expect(Object.keys(Object.fromEntries(waterfallRows(runModel(handProject())).map((row) => [row.id, row])))).not.toContain('debtFees')
  })
})

describe('waterfall with by-products, residues and EPR certificates (§13)', () => {
  it('shows each as a detail of revenue or opex, equal to the engine\'s annual lines; absent without them', () => {
    expect(['byproductRevenue', 'eprRevenue', 'disposalCost'].filter((id) => rows[id])).toEqual([])
    const p = handProject()
    // The CLI's by-product case (tests/cli/evaluate.test.ts): 850,500 of copper foil and 40,000 of disposal in 2027, EPR from 2028.
    p.feedstock[0]!.byproducts = [
      { id: 'cu', name: 'Copper foil', massFraction: '0.15', fate: { kind: 'sold', pricePerTonne: '6000', payable: '0.9', escalation: '0.05' } },
      { id: 'elec', name: 'Electrolyte residue', massFraction: '0.1', fate: { kind: 'disposed', costPerTonne: '400' } }
    ]
    p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '80' }] }] }
    p.epr = { activeFrom: '2028-01-01', kgPerTonneRecovered: { Ni: '1000' }, currency: 'INR', pricePerKg: [{ year: 2027, pricePerKg: '5' }, { year: 2029, pricePerKg: '8' }] }
    const wr = Object.fromEntries(waterfallRows(runModel(p)).map((x) => [x.id, x]))
    expect(wr.byproductRevenue!.values.map(Number)).toEqual([0, 850500, 893025, 937676.25])
    expect(wr.eprRevenue!.values.map(Number)).toEqual([0, 0, 11250, 18000])
    expect(wr.disposalCost!.values.map((v) => Number(v) + 0)).toEqual([0, -40000, -40000, -40000])
    expect(wr.disposalCost!.kind).toBe('detail')
    expect(Number(wr.byproductRevenue!.total)).toBe(2681201.25)
  })
})
