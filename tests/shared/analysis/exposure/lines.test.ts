import { describe, expect, it } from 'vitest'
import { ZERO, type Decimal } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { fxCurrencies } from '@shared/analysis'
import { applyExposureDriver, baseCase, caseOptions, computeExposureLedger, exposureDrivers, exposureWindow, windowTotals } from '@shared/analysis/exposure'
import { dec } from '@shared/decimal'
import { liContract, lithiumCase } from './fixtures'

/*
 * Fast cases for the ledger's plumbing (the lithium case of fixtures.ts, annual periods, operations
 * 2027–2029): which engine lines it reads and how it names them, the window, the drivers and how they
 * move a case. The figures themselves are held to brute force in ledger.test.ts.
 */
const everyLine = () =>
  lithiumCase((p) => {
    p.feedstock[0]!.purchase = { basis: 'pctOfContained', pctOfContained: '0.6', logisticsPerTonne: '20', escalation: '0' }
    p.feedstock[0]!.byproducts = [
      { id: 'cu', name: 'Copper foil', massFraction: '0.1', fate: { kind: 'sold', pricePerTonne: '6000', payable: '0.5', escalation: '0' } },
      { id: 'res', name: 'Residue', massFraction: '0.05', fate: { kind: 'disposed', costPerTonne: '300' } }
    ]
    p.supplyContracts = [{ id: 's1', supplier: 'Collector', streamId: 'bm', rating: 'BBB', volume: { basis: 'share', share: '0.5' }, startDate: '2027-01-01', endDate: '2029-12-31', price: { basis: 'pctOfContained', pctOfContained: '0.7', floorPerQuantity: null, capPerQuantity: null } }]
    p.offtake = [liContract({ volume: { basis: 'share', share: '0.4' } })]
    p.epr = { activeFrom: '2027-01-01', kgPerTonneRecovered: { Li: '100' }, currency: 'INR', pricePerKg: [{ year: 2027, pricePerKg: '50' }] }
    p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '80' }] }] }
    p.tax.rate = '0.25'
    p.costs.workingCapital = { receivableDays: '36.5', inventoryDays: '0', payableDays: '0' }
    p.costs.maintenanceCapexPerYear = '1000'
  })

const total = (xs: readonly Decimal[], w: readonly boolean[]) => xs.reduce((a, x, i) => (w[i] ? a.plus(x) : a), ZERO)

describe('ledger lines: every CFADS line of the engine, named, summed over the window', () => {
  it('reads merchant sales, each contract, by-products, EPR, own-terms feed, each supply contract, logistics, opex, tax, ΔWC and maintenance; they sum to CFADS', () => {
    const r = runModel(everyLine())
    const { window, inWindow } = exposureWindow(r)
    expect(window).toEqual({ kind: 'loanLife', firstPeriod: 2, lastPeriod: 4, from: '2027-01-01', to: '2029-12-31' })
    const t = windowTotals(r, inWindow)
    expect(t.lines.map((l) => [l.id, l.label, l.group])).toEqual([
      ['merchant:li', 'Lithium carbonate: merchant sales', 'product'], ['contract:c-li', 'Offtake Cathode maker', 'contract'], ['byproducts', 'By-product sales', 'byproducts'],
      ['epr', 'EPR certificates', 'epr'], ['feed', 'Feed bought on the streams’ own terms', 'feed'], ['supply:s1', 'Supply Collector', 'supply'], ['logistics', 'Feed logistics', 'logistics'],
      ['opex', 'Opex', 'opex'], ['tax', 'Tax', 'tax'], ['workingCapital', 'Working-capital build', 'workingCapital'], ['maintenance', 'Maintenance capex', 'maintenance']
    ])
    const amount = (id: string) => t.lines.find((l) => l.id === id)!.amount.toNumber()
    const w = inWindow
    expect(amount('merchant:li')).toBeCloseTo(total(r.products[0]!.merchantRevenue, w).toNumber(), 6)
    expect(amount('contract:c-li')).toBeCloseTo(total(r.contracts[0]!.revenue, w).toNumber(), 6)
    // Own terms: the stream's purchase less the supply contract's (the half of the feed it takes).
    expect(amount('feed')).toBeCloseTo(-total(r.streams[0]!.purchaseCost, w).minus(total(r.supply.contracts[0]!.purchaseCost, w)).toNumber(), 6)
    expect(amount('supply:s1')).toBeCloseTo(-total(r.supply.contracts[0]!.purchaseCost, w).toNumber(), 6)
    expect(amount('logistics')).toBeCloseTo(-3 * 1000 * 20, 6)
    expect(amount('byproducts')).toBeCloseTo(3 * 100 * 6000 * 0.5, 6)
    expect(amount('maintenance')).toBeCloseTo(-3000, 6)
    for (const id of ['epr', 'opex', 'tax', 'workingCapital']) expect(amount(id), id).not.toBe(0)
    expect(t.lines.reduce((a, l) => a.plus(l.amount), ZERO).minus(t.cfads).abs().toNumber()).toBeLessThan(1e-9)
    expect(t.cfads.toNumber()).toBeCloseTo(total(r.financing.cfads, w).toNumber(), 6)
    expect(t.debtService.toNumber()).toBeCloseTo(total(r.financing.debtService, w).toNumber(), 6)
    expect(t.merchantValue.get('li')!.toNumber()).toBeCloseTo(3 * 266.15 * 10000, 6)
  })

  it('a supply contract comes off its own stream’s purchase only (two streams, one contract)', () => {
    const p = everyLine()
    p.feedstock.push({ ...structuredClone(p.feedstock[0]!), id: 'bm2', name: 'Second', byproducts: undefined })
    const r = runModel(p)
    const { inWindow } = exposureWindow(r)
    const t = windowTotals(r, inWindow)
    const own = total(r.streams[0]!.purchaseCost, inWindow).minus(total(r.supply.contracts[0]!.purchaseCost, inWindow)).plus(total(r.streams[1]!.purchaseCost, inWindow))
    expect(t.lines.find((l) => l.id === 'feed')!.amount.toNumber()).toBeCloseTo(-own.toNumber(), 6)
  })

  it('the window is the loan life (a 2-year loan: 2027–2028), or the operating life without debt', () => {
    const two = runModel(lithiumCase((p) => void (p.financing.tranches[0]!.tenorYears = 2)))
    expect(exposureWindow(two).window).toEqual({ kind: 'loanLife', firstPeriod: 2, lastPeriod: 3, from: '2027-01-01', to: '2028-12-31' })
    expect(exposureWindow(two).inWindow).toEqual([false, true, true, false])
    const none = runModel(lithiumCase((p) => void (p.financing.gearing = '0')))
    expect(exposureWindow(none).window).toEqual({ kind: 'operatingLife', firstPeriod: 2, lastPeriod: 4, from: '2027-01-01', to: '2029-12-31' })
  })
})

describe('ledger drivers and runs', () => {
  it('names a driver per metal, FX and sold by-products; a disposed residue alone is no driver', () => {
    expect(exposureDrivers(everyLine()).map((d) => [d.id, d.label])).toEqual([['metal:Li', 'Li price'], ['fx:INR', 'FX: INR per USD'], ['byproducts', 'By-product prices']])
    const residue = lithiumCase((p) => void (p.feedstock[0]!.byproducts = [{ id: 'res', name: 'Residue', massFraction: '0.05', fate: { kind: 'disposed', costPerTonne: '300' } }]))
    expect(exposureDrivers(residue).map((d) => d.id)).toEqual(['metal:Li'])
    const two = everyLine()
    two.fx.rates.push({ currency: 'JPY', points: [{ year: 2026, perUsd: '150' }] })
    two.offtake[0]!.currency = 'JPY'
    // Each currency its own driver: INR (EPR certificates and the reporting currency) and JPY (the offtake).
    expect(exposureDrivers(two).filter((d) => d.kind === 'fx')).toEqual([
      { id: 'fx:INR', kind: 'fx', label: 'FX: INR per USD', currency: 'INR' },
      { id: 'fx:JPY', kind: 'fx', label: 'FX: JPY per USD', currency: 'JPY' }
    ])
  })

  it('a by-product move scales sold prices only, on every stream that has them; the base case has no options', () => {
    const p = everyLine()
    p.feedstock.push({ ...structuredClone(p.feedstock[0]!), id: 'bm2', byproducts: undefined })
    const d = exposureDrivers(p).find((x) => x.kind === 'byproducts')!
    const moved = applyExposureDriver(baseCase(p), d, dec('1.1')).project.feedstock
    expect(moved[0]!.byproducts!.map((b) => (b.fate.kind === 'sold' ? b.fate.pricePerTonne : b.fate.costPerTonne))).toEqual(['6600', '300'])
    expect(moved[1]!.byproducts).toBeUndefined()
    expect(p.feedstock[0]!.byproducts![0]!.fate).toMatchObject({ pricePerTonne: '6000' }) // the input is not edited
    expect(caseOptions(baseCase(p))).toEqual({})
    const fx = applyExposureDriver(applyExposureDriver(baseCase(p), exposureDrivers(p)[1]!, dec('1.1')), exposureDrivers(p)[1]!, dec('1.1'))
    expect(caseOptions(fx).scenario?.fxMultipliers).toEqual([{ currency: 'INR', multiplier: '1.21' }])
    expect(caseOptions(fx).scenario?.fxMultiplier).toBeUndefined()
  })

  it('a by-product priced by the deck (no own price) moves with the by-product driver: every deck row of every deck scales, an own price stays own', () => {
    const p = everyLine()
    const cu = p.feedstock[0]!.byproducts![0]!
    cu.kind = 'li-copper-foil'
    if (cu.fate.kind === 'sold') delete cu.fate.pricePerTonne
    p.prices.decks[0]!.byproductPrices = [{ byproductId: 'li-copper-foil', points: [{ year: 2026, pricePerTonne: '6000' }, { year: 2029, pricePerTonne: '7000' }] }]
    p.prices.decks.push({ ...structuredClone(p.prices.decks[0]!), id: 'other', name: 'Other' })
    const d = exposureDrivers(p).find((x) => x.kind === 'byproducts')!
    const moved = applyExposureDriver(baseCase(p), d, dec('1.1')).project
    expect(moved.prices.decks.map((x) => x.byproductPrices![0]!.points.map((pt) => pt.pricePerTonne))).toEqual([['6600', '7700'], ['6600', '7700']])
    expect(moved.feedstock[0]!.byproducts![0]!.fate).not.toHaveProperty('pricePerTonne')
    const sum = (r: ReturnType<typeof runModel>) => r.operations.byproductRevenue.reduce((a, x) => a.plus(x), dec(0))
    expect(sum(runModel(moved)).div(sum(runModel(p))).toNumber()).toBeCloseTo(1.1, 12)
  })

  it('EPR certificates priced in INR are an FX line of their own: a weaker INR takes from them (the by-products/EPR column)', () => {
    const l = computeExposureLedger(everyLine(), { step: '0.1' })
    const fx = l.rows.find((r) => r.driverId === 'fx:INR')!
    expect(Number(fx.removed.byproducts)).toBeGreaterThan(0)
    expect(Number(fx.gross)).toBe(0) // the deck and every amount but EPR are in USD
    const by = l.rows.find((r) => r.driverId === 'byproducts')!
    expect(Number(by.gross)).toBeCloseTo(3 * 100 * 6000 * 0.5 * 0.1, 6)
    expect(Number(by.removed.byproducts)).toBe(0)
    expect(Number(by.removed.tax)).toBeGreaterThan(0)
    expect(Number(l.rows[0]!.removed.supply)).toBeGreaterThan(0)
    expect(Number(l.rows[0]!.removed.other)).toBe(0)
  })

  it('EPR certificates priced by the deck’s series take its currency: a USD series over the INR block leaves no FX line; an INR series over a USD block makes one', () => {
    const usdSeries = everyLine()
    usdSeries.prices.decks[0]!.eprPrices = { currency: 'USD', points: [{ year: 2027, pricePerKg: '0.625' }] }
    expect(exposureDrivers(usdSeries).map((d) => d.id)).not.toContain('fx:INR')
    const inrSeries = everyLine()
    inrSeries.epr!.currency = 'USD'
    inrSeries.prices.decks[0]!.eprPrices = { currency: 'INR', points: [{ year: 2027, pricePerKg: '50' }] }
    // The same price (INR 50 = USD 0.625 at 80): the same FX line as the block in INR.
    const fx = computeExposureLedger(inrSeries, { step: '0.1' }).rows.find((r) => r.driverId === 'fx:INR')!
    const before = computeExposureLedger(everyLine(), { step: '0.1' }).rows.find((r) => r.driverId === 'fx:INR')!
    expect(Number(fx.removed.byproducts)).toBeGreaterThan(0)
    expect(Number(fx.removed.byproducts)).toBeCloseTo(Number(before.removed.byproducts), 6)
  })

  it('the FX currencies of a case follow the EPR series of the deck the case prices with (a scenario’s deck, else the active one)', () => {
    const p = everyLine()
    p.epr!.currency = 'USD'
    p.prices.decks.push({ ...structuredClone(p.prices.decks[0]!), id: 'inr-epr', name: 'INR EPR', eprPrices: { currency: 'INR', points: [{ year: 2027, pricePerKg: '50' }] } })
    p.fx.rates.push({ currency: 'JPY', points: [{ year: 2026, perUsd: '150' }] })
    p.financing.tranches[0]!.currency = 'USD'
    expect(fxCurrencies(p)).toEqual([])
    expect(fxCurrencies(p, { id: 's', name: 'INR EPR deck', priceDeckId: 'inr-epr' })).toEqual(['INR'])
    expect(fxCurrencies(p, { id: 's', name: 'unknown deck', priceDeckId: 'gone' })).toEqual([]) // the engine's first deck
    p.financing.tranches[0]!.currency = 'JPY'
    expect(fxCurrencies(p)).toEqual(['JPY'])
  })

  it('reports one progress step per run and counts the runs; no debt: no DSCR to show', () => {
    const seen: [number, number][] = []
    const l = computeExposureLedger(lithiumCase((p) => void (p.financing.gearing = '0')), { step: '0.1' }, (d, t) => seen.push([d, t]))
    expect(seen).toEqual([[1, 2], [2, 2]])
    expect(l.evaluations).toBe(4)
    expect(l.baseMinDscr).toBeNull()
    expect(l.rows[0]!.minDscrUp).toBeNull()
    expect(l.rows[0]!.minDscrDown).toBeNull()
    expect(l.window.kind).toBe('operatingLife')
    expect(l.currency).toBe('USD')
    expect(l.covenantDscr).toBe('1.3')
  })
})
