import { describe, expect, it } from 'vitest'
import c1 from '@resources/lots/c1-catalyst-lot.json'
import { parseLotFile, valueCatalystLot, type CatalystLot } from '@shared/lot'

const s = (x: { toFixed(dp?: number): string }, dp: number) => x.toFixed(dp)

function c1Lot(): CatalystLot {
  const r = parseLotFile(structuredClone(c1))
  if (!r.ok || r.value.kind !== 'catalyst-lot') throw new Error(JSON.stringify(r))
  return r.value
}

/** A lot with one metal and no charges unless overridden. */
function oneMetal(over: Partial<CatalystLot> & { metal?: Partial<NonNullable<CatalystLot['assays']['Pt']>> } = {}): CatalystLot {
  const { metal, ...rest } = over
  return {
    schemaVersion: 1, kind: 'catalyst-lot', id: 'x', name: 'x', currency: 'USD', pricingDate: '2025-06-15',
    weights: { grossKg: '0', netWetKg: '1', moistureFraction: '0' },
    assays: { Pt: { ppm: '0', returnFraction: '1', pricePerToz: '0', refiningChargePerToz: '0', ...metal } },
    treatmentChargePerWetKg: '0', lotCharges: [], advance: null, ...rest
  }
}

describe('catalyst lot settlement — C1 [C] (domain.md constructed case; every intermediate as published)', () => {
  const v = valueCatalystLot(c1Lot())
  it('2,000 kg net wet at 1.5 % moisture → 1,970 kg dry', () => {
    expect(v.netDryKg.toString()).toBe('1970')
  })
  it('contained 63.337 / 95.005 / 15.834 toz (domain.md prints 95.006: 1,970 × 1.5 / 31.1034768 = 95.00546, a rounding slip there)', () => {
    expect(v.metals.map((m) => s(m.containedToz, 3))).toEqual(['63.337', '95.005', '15.834'])
  })
  it('payable 62.070 / 93.105 / 14.251 toz', () => {
    expect(v.metals.map((m) => s(m.payableToz, 3))).toEqual(['62.070', '93.105', '14.251'])
  })
  it('gross $81,187.86 / $101,484.83 / $78,379.50', () => {
    expect(v.settlement.metals.map((m) => s(m.grossValue, 2))).toEqual(['81187.86', '101484.83', '78379.50'])
  })
  it('RC $931.05 / $1,396.58 / $855.05 (as deductions, negative)', () => {
    expect(v.settlement.metals.map((m) => s(m.refiningCharge, 2))).toEqual(['-931.05', '-1396.58', '-855.05'])
  })
  it('TC $3,000 and net $254,869.51', () => {
    expect(v.settlement.treatmentCharge.toFixed(2)).toBe('-3000.00')
    expect(v.settlement.net.toFixed(2)).toBe('254869.51')
    expect(v.financingCost.isZero()).toBe(true)
  })
  it('rounds only at the end: exact net keeps full precision and the sum of lines equals it', () => {
    expect(v.net.toFixed(10)).toBe('254869.5093019312')
    const lines = v.grossValue.plus(v.refiningCharges).plus(v.treatmentCharge).plus(v.lotCharges).plus(v.financingCost)
    expect(lines.eq(v.net)).toBe(true)
  })
})

describe('published cases', () => {
  it('Sabin case 1 [P/D]: 50 t at 0.3 % Pt, $975/toz → 4,822.6 toz, $4,702,047', () => {
    const v = valueCatalystLot(oneMetal({ weights: { grossKg: '50000', netWetKg: '50000', moistureFraction: '0' }, metal: { ppm: '3000', pricePerToz: '975' } }))
    expect(v.metals[0]!.containedToz.toFixed(1)).toBe('4822.6')
    expect(v.grossValue.toFixed(0)).toBe('4702047')
    expect(v.settlement.net.toFixed(2)).toBe('4702046.69')
  })
  it.each([
    ['0.99', '838.00'],
    ['0.96', '802.00']
  ])('platinum recovery case 3 [S]: 40 g × $30/g × %s − $350 fixed cost = $%s (costs are subtracted, not added)', (ret, net) => {
    // 40 g of Pt = 1 kg at 40,000 ppm; $30/g = $933.104304/toz.
    const v = valueCatalystLot(
      oneMetal({ metal: { ppm: '40000', returnFraction: ret, pricePerToz: '933.104304' }, lotCharges: [{ name: 'Fixed processing cost', amount: '350' }] })
    )
    expect(v.settlement.net.toFixed(2)).toBe(net)
    expect(v.lotCharges.toString()).toBe('-350')
    expect(v.net.lt(v.grossValue)).toBe(true)
  })
})

describe('advance financing', () => {
  it('cost = advance share × value before financing × rate × days / 365, subtracted', () => {
    const lot = { ...c1Lot(), advance: { advanceFraction: '0.8', annualRate: '0.08', days: 90 } }
    const v = valueCatalystLot(lot)
    const expected = v.valueBeforeFinancing.times('0.8').times('0.08').times(90).div(365)
    expect(v.advanceAmount.eq(v.valueBeforeFinancing.times('0.8'))).toBe(true)
    expect(v.financingCost.eq(expected.negated())).toBe(true)
    // 254,869.5093 × 0.8 × 0.08 × 90 / 365 = 4,022.05 (independent arithmetic)
    expect(v.settlement.financingCost.toFixed(2)).toBe('-4022.05')
    expect(v.settlement.net.toFixed(2)).toBe('250847.46')
  })
  it('no advance is paid on a lot whose charges exceed its value', () => {
    const v = valueCatalystLot(oneMetal({ treatmentChargePerWetKg: '5', advance: { advanceFraction: '0.9', annualRate: '0.1', days: 60 } }))
    expect(v.advanceAmount.isZero()).toBe(true)
    expect(v.net.toString()).toBe('-5')
  })
})

describe('settlement rounding', () => {
  it('rounds half-up to cents (USD) and to whole yen (JPY)', () => {
    // 0.005 gross: half-up → 0.01 (half-even would give 0.00)
    const usd = valueCatalystLot(oneMetal({ metal: { ppm: '31.1034768', pricePerToz: '0.5' }, weights: { grossKg: '0', netWetKg: '10', moistureFraction: '0' } }))
    expect(usd.grossValue.toString()).toBe('0.005')
    expect(usd.settlement.grossValue.toFixed(2)).toBe('0.01')
    const jpy = valueCatalystLot(oneMetal({ currency: 'JPY', metal: { ppm: '31.1034768', pricePerToz: '2500' } }))
    expect(jpy.grossValue.toString()).toBe('2.5')
    expect(jpy.settlement.grossValue.toString()).toBe('3')
  })
})
