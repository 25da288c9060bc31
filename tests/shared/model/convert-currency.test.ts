import { describe, expect, it } from 'vitest'
import { convertReportingCurrency, reportingFxRate } from '@shared/model/convert-currency'
import { Decimal } from '@shared/decimal'
import { parseProject, type Project } from '@shared/model'
import sample from '../../../resources/samples/india-black-mass-hydromet.json'

function load(): Project {
  const r = parseProject(sample)
  if (!r.ok) throw new Error('sample does not parse')
  const p = r.value
  p.costs.opex.variablePerUnit = '12.5' // every amount non-zero, so a missed field shows
  return p
}

/** Every leaf of a JSON value by dotted path. */
function leaves(v: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) leaves(x, path ? `${path}.${k}` : k, out)
  else out.set(path, v)
  return out
}

/** The reporting-currency amounts, listed from docs/project-file.md independently of the converter. */
function amountPaths(p: Project): string[] {
  const paths = [
    ...p.costs.capex.items.map((_, i) => `costs.capex.items.${i}.amount`),
    'costs.opex.fixedPerYear', 'costs.opex.variablePerTonne', 'costs.opex.variablePerUnit', 'costs.opex.treatmentPerTonne',
    'costs.maintenanceCapexPerYear',
    ...p.financing.grants.map((_, i) => `financing.grants.${i}.amount`)
  ]
  p.feedstock.forEach((s, i) => {
    if (s.purchase.basis === 'fixed') paths.push(`feedstock.${i}.purchase.pricePerQuantity`)
    paths.push(`feedstock.${i}.purchase.logisticsPerTonne`)
    // A stream's own processing rates (methodology §13), where it sets them.
    for (const k of ['variableOpexPerTonne', 'treatmentPerTonne', 'variableOpexPerUnit'] as const) if (k in s) paths.push(`feedstock.${i}.${k}`)
    // By-products and residues (§13): price or disposal cost per tonne.
    for (const [j, b] of (s.byproducts ?? []).entries()) paths.push(`feedstock.${i}.byproducts.${j}.fate.${b.fate.kind === 'sold' ? 'pricePerTonne' : 'costPerTonne'}`)
  })
  // Supply contracts (§13): a fixed price, or a %-of-contained floor and cap where set.
  for (const [i, c] of (p.supplyContracts ?? []).entries()) {
    if (c.price.basis === 'fixed') paths.push(`supplyContracts.${i}.price.pricePerQuantity`)
    else for (const k of ['floorPerQuantity', 'capPerQuantity'] as const) if (c.price[k] !== null) paths.push(`supplyContracts.${i}.price.${k}`)
  }
  if (p.financing.waterfall?.wcFacility) paths.push('financing.waterfall.wcFacility.limit')
  return paths
}

describe('reportingFxRate', () => {
  it('takes the FX table at the start-date year: USD per INR = 1 / 87.2 (2026 point)', () => {
    const r = reportingFxRate(load(), 'USD')
    expect(r.ok && r.year).toBe(2026)
    expect(r.ok && new Decimal(r.rate).minus(new Decimal(1).dividedBy('87.2')).abs().lessThan('1e-30')).toBe(true)
  })
  it('crosses through USD (JPY per INR = 145 / 87.2) and uses the first point before the table starts', () => {
    const p = load()
    const r = reportingFxRate(p, 'JPY')
    expect(r.ok && Number(r.rate)).toBeCloseTo(145 / 87.2, 12)
    p.timeline.startDate = '2020-01-01'
    const early = reportingFxRate(p, 'USD')
    expect(early.ok && Number(early.rate)).toBeCloseTo(1 / 85.5, 12)
  })
  it('refuses when a needed rate is missing', () => {
    const p = load()
    p.fx.rates = p.fx.rates.filter((r) => r.currency !== 'JPY')
    expect(reportingFxRate(p, 'JPY')).toMatchObject({ ok: false, code: 'fx-missing' })
    p.fx.rates = []
    const r = reportingFxRate(p, 'USD')
    expect(r).toMatchObject({ ok: false, code: 'fx-missing' })
    expect(!r.ok && r.reason).toContain('INR')
  })
})

describe('convertReportingCurrency', () => {
  it('converts every reporting-currency amount and changes nothing else', () => {
    const p = load()
    p.feedstock[0]!.treatmentPerTonne = '1800' // its own rate converts; a rate it inherits stays absent
    p.financing.waterfall = { ...p.financing.waterfall, wcFacility: { limit: '400000000', rate: '0.1' } } // the sample has none: its limit converts
    const before = leaves(p)
    const r = convertReportingCurrency(p, 'USD', '0.01')
    if (!r.ok) throw new Error(r.reason)
    const after = leaves(r.value)
    const amounts = new Set(amountPaths(p))
    // 4 capex items, 4 opex, maintenance, 1 grant, 2 logistics + 1 fixed price, 1 stream treatment charge,
    // 7 by-products (6 on the packs, graphite on the black mass), 3 supply contracts (2 fixed prices, a floor and a cap), the facility limit
    expect(amounts.size).toBe(4 + 4 + 1 + 1 + 3 + 1 + 7 + 4 + 1)
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
    for (const [path, v] of before) {
      if (path === 'reportingCurrency') expect(after.get(path)).toBe('USD')
      // The single debt is lent in the reporting currency (file version 3): it moves with it.
      else if (path === 'financing.tranches.0.currency') expect([v, after.get(path)]).toEqual(['INR', 'USD'])
      else if (amounts.has(path)) expect(after.get(path), path).toBe(new Decimal(v as string).times('0.01').toFixed())
      else expect(after.get(path), path).toEqual(v)
    }
    expect(r.value.costs.capex.items[0]!.amount).toBe('36000000') // ₹360 crore at 0.01 → 36 million
    expect(p.reportingCurrency).toBe('INR') // the input is untouched
    expect(parseProject(r.value).ok).toBe(true)
  })
  it('round trips INR → USD → INR within the rounding (6 decimals)', () => {
    const p = load()
    const there = reportingFxRate(p, 'USD')
    if (!there.ok) throw new Error(there.reason)
    const usd = convertReportingCurrency(p, 'USD', there.rate)
    if (!usd.ok) throw new Error(usd.reason)
    expect(usd.value.costs.capex.items[0]!.amount).toBe('41284403.669725') // 3 600 000 000 / 87.2, half-up at 6 dp
    const back = reportingFxRate(usd.value, 'INR')
    if (!back.ok) throw new Error(back.reason)
    expect(back.rate).toBe('87.2')
    const inr = convertReportingCurrency(usd.value, 'INR', back.rate)
    if (!inr.ok) throw new Error(inr.reason)
    const a = leaves(p)
    const b = leaves(inr.value)
    for (const path of amountPaths(p)) {
      // 0.5e-6 USD of rounding × 87.2 ≤ 0.0000436 INR
      expect(new Decimal(b.get(path) as string).minus(a.get(path) as string).abs().lessThanOrEqualTo('0.0000436'), path).toBe(true)
    }
    expect(inr.value.reportingCurrency).toBe('INR')
  })
  it('refuses a rate that is not a positive decimal, and an amount pushed past the schema bound', () => {
    expect(convertReportingCurrency(load(), 'USD', '0')).toMatchObject({ ok: false, code: 'bad-rate' })
    expect(convertReportingCurrency(load(), 'USD', '-1')).toMatchObject({ ok: false, code: 'bad-rate' })
    expect(convertReportingCurrency(load(), 'USD', '1e3')).toMatchObject({ ok: false, code: 'bad-rate' })
    expect(convertReportingCurrency(load(), 'JPY', '1000000')).toMatchObject({ ok: false, code: 'out-of-range' })
  })
})
