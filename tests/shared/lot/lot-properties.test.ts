import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { blackMassLines, convertBlackMassPayables, parseLotFile, valueCatalystLot, type CatalystLot } from '@shared/lot'

/** Decimal strings with up to 4 decimals in [0, max]. */
const amount = (max: number) => fc.integer({ min: 0, max: max * 10_000 }).map((n) => new Decimal(n).div(10_000).toFixed())
const share = fc.integer({ min: 0, max: 10_000 }).map((n) => new Decimal(n).div(10_000).toFixed())
const assay = fc.record({ ppm: amount(10_000), returnFraction: share, pricePerToz: amount(30_000), refiningChargePerToz: amount(100) })

const lotArb = fc
  .record({
    netWetKg: fc.integer({ min: 1, max: 50_000 }).map(String),
    moisture: fc.integer({ min: 0, max: 9_999 }).map((n) => new Decimal(n).div(10_000).toFixed()),
    Pt: assay,
    Pd: assay,
    Rh: assay,
    tc: amount(10),
    charge: amount(5_000),
    advance: fc.option(fc.record({ advanceFraction: share, annualRate: share, days: fc.integer({ min: 0, max: 365 }) }), { nil: null })
  })
  .map(
    (x): CatalystLot => ({
      schemaVersion: 1, kind: 'catalyst-lot', id: 'p', name: 'p', currency: 'USD', pricingDate: '2025-06-15',
      weights: { grossKg: '0', netWetKg: x.netWetKg, moistureFraction: x.moisture },
      assays: { Pt: x.Pt, Pd: x.Pd, Rh: x.Rh }, treatmentChargePerWetKg: x.tc, lotCharges: [{ name: 'c', amount: x.charge }], advance: x.advance
    })
  )

describe('lot invariants (property tests)', () => {
  it('generated lots are valid; net is the exact sum of its lines; payable ≤ contained; charges ≤ 0; rounding moves net by ≤ half a cent', () => {
    fc.assert(
      fc.property(lotArb, (lot) => {
        expect(parseLotFile(lot).ok).toBe(true)
        const v = valueCatalystLot(lot)
        expect(v.net.eq(v.grossValue.plus(v.refiningCharges).plus(v.treatmentCharge).plus(v.lotCharges).plus(v.financingCost))).toBe(true)
        for (const m of v.metals) expect(m.payableToz.lte(m.containedToz)).toBe(true)
        for (const c of [v.refiningCharges, v.treatmentCharge, v.lotCharges, v.financingCost]) expect(c.lte(0)).toBe(true)
        expect(v.settlement.net.minus(v.net).abs().lte('0.005')).toBe(true)
      }),
      { numRuns: 200, seed: 20250615 }
    )
  })

  it('Li-separate → Li-inclusive conversion preserves value per tonne whenever it succeeds', () => {
    const g = fc.integer({ min: 0, max: 3000 }).map((n) => new Decimal(n).div(10_000))
    const p = fc.integer({ min: 1, max: 60_000 }).map((n) => new Decimal(n))
    fc.assert(
      fc.property(g, g, g, p, p, p, share, share, share, (ni, co, li, pNi, pCo, pLi, payNi, payCo, payLi) => {
        const grades = { Ni: ni, Co: co, Li: li }
        const prices = { nickel: pNi, cobalt: pCo, lithiumCarbonate: pLi }
        const sep = { convention: 'li-separate' as const, nickel: payNi, cobalt: payCo, lithiumOfLce: payLi }
        const conv = convertBlackMassPayables(grades, prices, sep)
        if (!conv.ok) return
        const total = (lines: ReturnType<typeof blackMassLines>) => lines.reduce((a, l) => a.plus(l.payableValuePerTonne), new Decimal(0))
        expect(total(blackMassLines(grades, prices, conv.payables)).minus(total(blackMassLines(grades, prices, sep))).abs().lt('1e-20')).toBe(true)
      }),
      { numRuns: 300, seed: 7 }
    )
  })
})
