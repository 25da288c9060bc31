import { setDebt } from '../model/tranche-fixtures'
import { describe, expect, it } from 'vitest'
import { Decimal, dec } from '@shared/decimal'
import { clampPrice, runModel, type Metric } from '@shared/engine'
import { parseProject, type Project } from '@shared/model'
import { c2Project, handProject } from './hand-project'

const v = (m: Metric): Decimal => {
  if (!m.ok) throw new Error(`metric missing: ${m.reason}`)
  return m.value
}
const valid = (p: Project): Project => {
  const r = parseProject(p)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return r.value
}

describe('domain.md case C2 — sculpted debt through the engine', () => {
  // C2 [C]: CFADS 100/yr × 5, DSCR 1.30, 8 % → level DS 76.923, debt 307.132, LLCR 1.300,
  // year-1 interest 24.571, principal 52.353, balance 0 at year 5.
  const r = runModel(c2Project('0.95'))
  it('sizes 307.132 (PV of 100/1.3 at 8 % over 5 years)', () => {
    expect(r.metrics.debtAtCod.toFixed(3)).toBe('307.132')
    expect(r.financing.sizingMode).toBe('sculpted')
    expect(r.financing.capBinding).toBe(false)
  })
  it('year 1: interest 24.571, principal 52.353; level debt service 76.923; repaid to 0', () => {
    expect(r.financing.interest[1]!.toFixed(3)).toBe('24.571')
    expect(r.financing.principal[1]!.toFixed(3)).toBe('52.353')
    for (let i = 1; i <= 5; i++) expect(r.financing.debtService[i]!.toFixed(3)).toBe('76.923')
    expect(r.financing.closingBalance[5]!.abs().toNumber()).toBeLessThan(1e-20)
  })
  it('DSCR 1.30 in every year, LLCR = 1.300', () => {
    for (let i = 1; i <= 5; i++) expect(v(r.financing.dscr[i]!).toNumber()).toBeCloseTo(1.3, 12)
    expect(v(r.metrics.llcr).toFixed(3)).toBe('1.300')
    expect(v(r.metrics.minDscr).toNumber()).toBeCloseTo(1.3, 12)
  })
  it('when the gearing cap binds (20 % of 1,000 = 200), DSCR* rises to 100 / PMT(8 %, 5, 200) = 1.99636…', () => {
    const capped = runModel(c2Project('0.2'))
    expect(capped.metrics.debtAtCod.toString()).toBe('200')
    expect(capped.financing.capBinding).toBe(true)
    // PMT = 200 × 0.08 / (1 − 1.08^−5) = 50.0912909…; DSCR* = 100 / 50.0912909 = 1.9963551…
    const pmt = 200 * 0.08 / (1 - 1.08 ** -5)
    expect(capped.financing.sculptingDscr!.toNumber()).toBeCloseTo(100 / pmt, 10)
    for (let i = 1; i <= 5; i++) expect(v(capped.financing.dscr[i]!).toNumber()).toBeCloseTo(100 / pmt, 10)
  })
})

describe('offtake floor/cap clamp (domain.md case 8, Altura)', () => {
  // Period 1 CIF band 585–695; afterwards FOB band 550–950. Formula = index × payable + premium.
  const band1 = { payable: '1', premiumPerUnit: '0', floor: '585', cap: '695' }
  it('period-1 band: below → floor, inside → formula, above → cap', () => {
    expect(clampPrice(dec(500), band1)).toEqual({ price: dec(585), clamp: 'floor' })
    expect(clampPrice(dec(600), band1).price.toString()).toBe('600')
    expect(clampPrice(dec(800), band1)).toEqual({ price: dec(695), clamp: 'cap' })
  })
  it('through the engine: two contracts by date, price table below / inside / above the bands', () => {
    const p = handProject()
    p.timeline.operatingYears = 4
    p.prices.decks[0]!.prices = [{ productId: 'ni', mode: 'table', points: [{ year: 2027, price: '500' }, { year: 2028, price: '500' }, { year: 2029, price: '700' }, { year: 2030, price: '1000' }] }]
    const base = p.offtake[0]!
    p.offtake = [
      { ...base, id: 'cif', volume: { basis: 'share', share: '1' }, payable: '1', chargePerUnit: '0', floor: '585', cap: '695', startDate: '2027-01-01', endDate: '2027-12-31' },
      { ...base, id: 'fob', volume: { basis: 'share', share: '1' }, payable: '1', chargePerUnit: '0', floor: '550', cap: '950', startDate: '2028-01-01', endDate: '2030-12-31' }
    ]
    const r = runModel(valid(p))
    expect(r.contracts[0]!.unitPriceContractCurrency[1]!.toString()).toBe('585')
    expect(r.contracts[0]!.clamp[1]).toBe('floor')
    expect(r.contracts[1]!.unitPriceContractCurrency.slice(2).map(String)).toEqual(['550', '700', '950'])
    expect(r.contracts[1]!.clamp.slice(2)).toEqual(['floor', 'formula', 'cap'])
    // 180 t a year all contracted: revenue = 180 × clamped price.
    expect(r.operations.revenue.slice(1).map(String)).toEqual(['105300', '99000', '126000', '171000'])
    expect(v(r.metrics.offtakeCoverage).toString()).toBe('1')
  })
})

describe('Indian tax inputs (domain.md D4, case 10)', () => {
  it('115BAA 22 % × 1.10 × 1.04 = 25.168 % applied to taxable income', () => {
    expect(new Decimal('0.22').times('1.1').times('1.04').toString()).toBe('0.25168')
    const p = handProject()
    p.tax.rate = '0.25168'
    const r = runModel(valid(p))
    // Taxable 2027 = 721,000 − 333,333.33… − 60,000 = 327,666.66… (hand case) × 0.25168 = 82,467.15
    expect(r.tax.tax[1]!.toFixed(2)).toBe(new Decimal('327666.666666666666666666666666666666667').times('0.25168').toFixed(2))
  })
  it('115BAB 15 % × 1.10 × 1.04 = 17.16 %', () => {
    expect(new Decimal('0.15').times('1.1').times('1.04').toString()).toBe('0.1716')
  })
  it('WDV 15 % (plant & machinery): semi-annual charge 1 − 0.85^0.5 of opening book value', () => {
    const p = handProject()
    p.tax.depreciation = { method: 'wdv', rate: '0.15' }
    const annual = runModel(valid(p))
    expect(annual.tax.depreciation.slice(1).map((x) => x.toFixed(2))).toEqual(['150000.00', '127500.00', '108375.00'])
    p.timeline.periodMonths = 6
    p.timeline.constructionMonths = 12
    const semi = runModel(valid(p))
    const w = 1 - Math.sqrt(0.85)
    // The base includes IDC (semi-annual construction draws): 1,000,000 + 300,000 × 5 % = 1,015,000.
    expect(semi.tax.depreciableBase.toString()).toBe('1015000')
    expect(semi.tax.depreciation[2]!.toNumber()).toBeCloseTo(1_015_000 * w, 6)
    expect(semi.tax.depreciation[3]!.toNumber()).toBeCloseTo(1_015_000 * (1 - w) * w, 6)
    // Two semi-annual charges equal one annual 15 % charge.
    expect(semi.tax.depreciation[2]!.plus(semi.tax.depreciation[3]!).toNumber()).toBeCloseTo(152250, 6)
  })
  it('losses carry forward: a loss year shields later profit', () => {
    const p = handProject()
    p.costs.opex.fixedPerYear = '900000' // EBITDA 2027 = 1,521,000 − 500,000 − 1,000,000 = 21,000
    p.feedstock[0]!.rampUp = ['1']
    const r = runModel(valid(p))
    expect(r.tax.tax[1]!.toString()).toBe('0')
    expect(r.tax.lossesCarriedForward[1]!.gt(0)).toBe(true)
  })
})

describe('construction funding: IDC and upfront fee closed algebraically', () => {
  it('draw = g·A/(1 − g·f); fee = f·draw; IDC on the opening balance', () => {
    const p = handProject()
    p.timeline.periodMonths = 6
    p.financing = { ...p.financing, gearing: '0.5' }
    setDebt(p, { upfrontFee: '0.02', graceMonths: 0 })
    const r = runModel(valid(p))
    const f = r.financing
    // Period 1: A = 500,000 → draw = 0.5 × 500,000 / 0.99 = 252,525.2525…
    expect(f.drawdowns[0]!.toFixed(4)).toBe('252525.2525')
    expect(f.fees[0]!.toFixed(4)).toBe('5050.5051')
    // Period 2: IDC = 252,525.25 × 0.05 = 12,626.2626; A = 512,626.2626 → draw = 258,902.1529
    expect(f.idc[1]!.toFixed(4)).toBe('12626.2626')
    expect(f.drawdowns[1]!.toFixed(4)).toBe(new Decimal('512626.26262626262626262626').times('0.5').div('0.99').toFixed(4))
    // Debt share of every period's uses is exactly the gearing.
    for (let i = 0; i < 2; i++) expect(f.drawdowns[i]!.div(f.uses[i]!).toString()).toBe('0.5')
    expect(r.tax.depreciableBase.toFixed(6)).toBe(f.totalUses.toFixed(6))
  })
  it('grants reduce uses before debt and equity and do not reduce the depreciable base', () => {
    const p = handProject()
    p.financing.grants = [{ id: 'g', name: 'Capex subsidy 20 %', amount: '200000' }]
    const r = runModel(valid(p))
    expect(r.financing.drawdowns[0]!.toString()).toBe('480000') // 0.6 × (1,000,000 − 200,000)
    expect(r.financing.equityContributions[0]!.toString()).toBe('320000')
    expect(r.tax.depreciableBase.toString()).toBe('1000000')
  })
})

describe('DSRA', () => {
  it('funded by equity at the end of construction with the next 6 months of debt service, released at maturity', () => {
    const p = handProject()
    p.financing.dsra = { enabled: true, months: 6 }
    const r = runModel(valid(p))
    const f = r.financing
    const ds = f.debtService[1]!
    expect(f.dsraInitialFunding[0]!.toFixed(6)).toBe(ds.div(2).toFixed(6)) // half of an annual instalment
    expect(f.equityContributions[0]!.toFixed(6)).toBe(ds.div(2).plus(400000).toFixed(6))
    expect(f.dsraBalance[3]!.toString()).toBe('0')
    expect(f.dsraMovement[3]!.toFixed(6)).toBe(f.dsraBalance[2]!.neg().toFixed(6))
    // Distributions = CFADS − DS − movement.
    for (let i = 1; i < 4; i++) expect(f.distributions[i]!.toFixed(9)).toBe(f.cfads[i]!.minus(f.debtService[i]!).minus(f.dsraMovement[i]!).toFixed(9))
  })
})

describe('catalysts, FX and %-of-contained purchase', () => {
  function catalystProject(): Project {
    const p = handProject()
    p.financing.tranches[0]!.currency = 'INR'
    p.reportingCurrency = 'INR'
    p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '85' }, { year: 2028, perUsd: '90' }] }] }
    p.feedstock = [
      {
        id: 'gas', name: 'Gasoline TWC', kind: 'catalyst', converterClassId: null, massKgPerUnit: '8', unitsPerYear: '10000', rampUp: ['1'], routeId: 'smelt',
        recoveryOverrides: { Rh: '0.9' }, purchase: { basis: 'pctOfContained', pctOfContained: '0.7', logisticsPerTonne: '1000', escalation: '0' },
        loading: { mode: 'monolithPpm', monolithKgPerUnit: '0.9', ppm: { Pt: '1700', Pd: '700', Rh: '300' } }
      }
    ]
    p.routes = [{ id: 'smelt', name: 'Smelt + refine', type: 'pgmSmeltRefine', recovery: { Pt: '0.98', Pd: '0.98', Rh: '0.95' } }]
    p.products = [{ id: 'pt', metal: 'Pt', name: 'Platinum', factor: '1', merchantPayable: '1' }]
    p.prices.decks[0]!.prices = [{ productId: 'pt', mode: 'escalating', basePricePerUnit: '1308', baseYear: 2026, escalation: '0' }]
    p.offtake = []
    return valid(p)
  }
  it('grams from monolith ppm, troy ounces with 31.1034768, recovery overrides, FX by calendar year', () => {
    const r = runModel(catalystProject())
    // Pt: 10,000 × 0.9 kg × 1,700 g/t / 1000 = 15,300 g contained; × 0.98 = 14,994 g = 482.0679… toz
    const pt = r.metals.find((m) => m.metal === 'Pt')!
    expect(pt.contained[1]!.toString()).toBe('15300')
    expect(r.products[0]!.output[1]!.toNumber()).toBeCloseTo(14994 / 31.1034768, 10)
    expect(r.metals.find((m) => m.metal === 'Rh')!.recovered[1]!.toString()).toBe('2430') // 2,700 g × 0.9 override
    // Revenue in INR: toz × 1,308 USD × 85 INR/USD (2027: latest point ≤ 2027 is 2026) then × 90 from 2028.
    expect(r.operations.revenue[1]!.toNumber()).toBeCloseTo((14994 / 31.1034768) * 1308 * 85, 6)
    expect(r.operations.revenue[2]!.toNumber()).toBeCloseTo((14994 / 31.1034768) * 1308 * 90, 6)
    // Purchase: 70 % × contained Pt toz × index (Pd, Rh have no product → no value) + logistics 80 t × 1,000 INR.
    expect(r.streams[0]!.purchaseCost[1]!.toNumber()).toBeCloseTo(0.7 * (15300 / 31.1034768) * 1308 * 85, 6)
    expect(r.streams[0]!.logisticsCost[1]!.toString()).toBe('80000')
    expect(r.streams[0]!.inputTonnes[1]!.toString()).toBe('80')
  })
})

describe('scenarios and held debt', () => {
  const p = handProject()
  p.scenarios = [
    { id: 'low', name: 'Prices −20 %', priceMultiplierAll: '0.8' },
    { id: 'rate', name: '+200 bp', interestRateDelta: '0.02' },
    { id: 'resize', name: 'Capex +10 % resized', capexMultiplier: '1.1', resizeDebt: true }
  ]
  const base = runModel(valid(p))
  it('a price scenario holds the base debt and schedule', () => {
    const r = runModel(p, { scenario: p.scenarios[0] })
    expect(r.financing.sizingMode).toBe('fixed')
    expect(r.financing.drawdowns.map(String)).toEqual(base.financing.drawdowns.map(String))
    expect(r.financing.principal.map(String)).toEqual(base.financing.principal.map(String))
    expect(r.operations.merchantRevenue[1]!.toString()).toBe('576000') // 720,000 × 0.8
  })
  it('a rate scenario keeps principal and recomputes interest on the held balance', () => {
    const r = runModel(p, { scenario: p.scenarios[1] })
    expect(r.financing.principal.map(String)).toEqual(base.financing.principal.map(String))
    expect(r.financing.interest[1]!.toString()).toBe('72000') // 600,000 × 12 %
  })
  it('resizeDebt re-sizes on the scenario (60 % of 1.1 m)', () => {
    const r = runModel(p, { scenario: p.scenarios[2] })
    expect(r.financing.sizingMode).toBe('gearing')
    expect(r.metrics.debtAtCod.toString()).toBe('660000')
  })
  it('explicit price multipliers compose with the per-product map', () => {
    const r = runModel(p, { priceMultipliers: { all: dec('0.5'), byProduct: new Map([['ni', dec('2')]]) } })
    expect(r.operations.merchantRevenue[1]!.toString()).toBe('720000')
  })
})
