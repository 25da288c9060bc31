import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { eprCertificatesKg, eprCertificatesKgExcel, eprCertificatesKgFloat, eprPriceInReporting, eprPriceInReportingExcel, eprPriceInReportingFloat, eprPriceSeries } from '@shared/rules/epr-certificates'
import { close, col, evaluateRow } from './evaluate'

/**
 * Which EPR certificate price applies (methodology §13, rule 4 of rules/epr-certificates.ts) and its
 * translation into the reporting currency (rule 5), Decimal, float and Excel side by side. The price
 * table itself and the revenue are held in byproducts-epr.test.ts.
 */
const D = (x: number | string) => new Decimal(x)
const block = { currency: 'INR' as const, pricePerKg: [{ year: 2027, pricePerKg: '5' }] }

describe('the EPR price series a case reads: the deck’s, else the EPR block’s (methodology §13)', () => {
  it('a deck with a series prices the certificates in its stated currency; a deck without one leaves the block’s, so older files keep their figures', () => {
    const deckSeries = { currency: 'USD' as const, points: [{ year: 2026, pricePerKg: '0.06' }, { year: 2030, pricePerKg: '0.08' }] }
    expect(eprPriceSeries(block, { eprPrices: deckSeries })).toEqual({ source: 'deck', currency: 'USD', points: deckSeries.points })
    expect(eprPriceSeries(block, {})).toEqual({ source: 'block', currency: 'INR', points: block.pricePerKg })
    expect(eprPriceSeries(block, { eprPrices: undefined }).source).toBe('block')
  })
})

describe('certificates with no eligible metal', () => {
  it('the Excel form is 0, as the Decimal and float forms', () => {
    expect(eprCertificatesKgExcel([], [])).toBe('0')
    expect(evaluateRow([], [eprCertificatesKgExcel([], [])])).toEqual([0])
    expect(eprCertificatesKg([], []).toString()).toBe('0')
    expect(eprCertificatesKgFloat([], [])).toBe(0)
  })
})

describe('the EPR price in the reporting currency = price × reporting per USD / EPR currency per USD', () => {
  it('hand figures: INR 5/kg on a USD project at 85 INR/USD = 5/85 USD; INR 5 on an INR project = 5; USD 0.06 on an INR project at 85 = 5.1', () => {
    expect(eprPriceInReporting(D(5), D(1), D(85)).toString()).toBe(D(5).div(85).toString())
    expect(eprPriceInReporting(D(5), D(85), D(85)).toString()).toBe('5')
    expect(eprPriceInReporting(D('0.06'), D(85), D(1)).toString()).toBe('5.1')
    expect(eprPriceInReportingExcel('P', 'R', 'E')).toBe('P*R/E')
  })
  it('the Decimal, float and Excel forms agree', () => {
    const amount = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100)
    const rate = fc.integer({ min: 1, max: 20_000_000 }).map((n) => n / 100)
    fc.assert(fc.property(amount, rate, rate, (price, rep, cur) => {
      const exact = eprPriceInReporting(D(price), D(rep), D(cur)).toNumber()
      expect(close(eprPriceInReportingFloat(price, rep, cur), exact, exact)).toBe(true)
      const [x] = evaluateRow([price, rep, cur], [eprPriceInReportingExcel(col(0), col(1), col(2))])
      expect(close(x, exact, exact)).toBe(true)
    }), { numRuns: 300, seed: 16 })
  })
})
