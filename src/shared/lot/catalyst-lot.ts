import { Decimal, ONE, ZERO, dec, sum } from '../decimal'
import type { Currency } from '../model/primitives'
import { PGM_METALS, type PgmMetal } from '../model/metals'
import { containedTroyOuncesFromPpm } from '../units/grade'
import type { CatalystLot } from './lot-file'
import { roundForSettlement } from './settlement-rounding'

/**
 * Valuation of one catalytic-converter lot as a refiner settles it (domain A2 step 3 and A4).
 *
 * Sign convention: value received is positive and every charge is negative, so each total is the plain
 * sum of its lines (net = Σ gross + Σ refining charges + treatment charge + lot charges + financing cost).
 * All intermediates keep full Decimal precision; only `settlement` is rounded (half-up, currency minor unit).
 */
export type CatalystMetalLine = {
  metal: PgmMetal
  ppm: Decimal
  returnFraction: Decimal
  pricePerToz: Decimal
  refiningChargePerToz: Decimal
  /** net_dry_kg × ppm / 1000 / 31.1034768 */
  containedToz: Decimal
  /** contained × return fraction */
  payableToz: Decimal
  /** payable × price (≥ 0) */
  grossValue: Decimal
  /** −(payable × refining charge per toz) */
  refiningCharge: Decimal
}

export type CatalystLotValuation = {
  kind: 'catalyst-lot'
  currency: Currency
  netWetKg: Decimal
  moistureFraction: Decimal
  /** net wet × (1 − moisture) */
  netDryKg: Decimal
  metals: CatalystMetalLine[]
  grossValue: Decimal
  refiningCharges: Decimal
  /** −(treatment charge per wet kg × net wet kg) */
  treatmentCharge: Decimal
  /** −Σ lot charges */
  lotCharges: Decimal
  /** Σ gross + refining + treatment + lot charges: what the lot is worth paid on the refining date. */
  valueBeforeFinancing: Decimal
  /** Amount paid early: advance fraction × value before financing (0 when that value is not positive). */
  advanceAmount: Decimal
  /** −(advance × annual rate × days / 365) */
  financingCost: Decimal
  net: Decimal
  settlement: {
    metals: { metal: PgmMetal; grossValue: Decimal; refiningCharge: Decimal }[]
    grossValue: Decimal
    refiningCharges: Decimal
    treatmentCharge: Decimal
    lotCharges: Decimal
    financingCost: Decimal
    /** The exact net rounded once (not the sum of rounded lines). */
    net: Decimal
  }
}

/** Day count for advance financing: actual days over a 365-day year (stated, not hidden). */
export const ADVANCE_DAYS_PER_YEAR = 365


/**
 * Value a validated catalyst lot.
 * Formula (domain A4): per metal m, contained_m = net_dry_kg × ppm_m / 1000 / 31.1034768;
 * payable_m = contained_m × return_m; gross_m = payable_m × price_m; RC_m = payable_m × rc_m.
 * net = Σ(gross_m − RC_m) − TC × net_wet_kg − lot charges − advance × rate × days / 365.
 */
export function valueCatalystLot(lot: CatalystLot): CatalystLotValuation {
  const netWetKg = dec(lot.weights.netWetKg)
  const moistureFraction = dec(lot.weights.moistureFraction)
  const netDryKg = netWetKg.times(ONE.minus(moistureFraction))

  const metals: CatalystMetalLine[] = []
  for (const metal of PGM_METALS) {
    const a = lot.assays[metal]
    if (!a) continue
    const containedToz = containedTroyOuncesFromPpm(netDryKg, a.ppm)
    const payableToz = containedToz.times(a.returnFraction)
    metals.push({
      metal,
      ppm: dec(a.ppm),
      returnFraction: dec(a.returnFraction),
      pricePerToz: dec(a.pricePerToz),
      refiningChargePerToz: dec(a.refiningChargePerToz),
      containedToz,
      payableToz,
      grossValue: payableToz.times(a.pricePerToz),
      refiningCharge: payableToz.times(a.refiningChargePerToz).negated()
    })
  }

  const grossValue = sum(metals.map((m) => m.grossValue))
  const refiningCharges = sum(metals.map((m) => m.refiningCharge))
  const treatmentCharge = dec(lot.treatmentChargePerWetKg).times(netWetKg).negated()
  const lotCharges = sum(lot.lotCharges.map((c) => dec(c.amount))).negated()
  const valueBeforeFinancing = sum([grossValue, refiningCharges, treatmentCharge, lotCharges])

  let advanceAmount = ZERO
  let financingCost = ZERO
  if (lot.advance && valueBeforeFinancing.gt(0)) {
    advanceAmount = valueBeforeFinancing.times(lot.advance.advanceFraction)
    financingCost = advanceAmount.times(lot.advance.annualRate).times(lot.advance.days).div(ADVANCE_DAYS_PER_YEAR).negated()
  }
  const net = valueBeforeFinancing.plus(financingCost)

  const r = (x: Decimal) => roundForSettlement(x, lot.currency)
  return {
    kind: 'catalyst-lot',
    currency: lot.currency,
    netWetKg,
    moistureFraction,
    netDryKg,
    metals,
    grossValue,
    refiningCharges,
    treatmentCharge,
    lotCharges,
    valueBeforeFinancing,
    advanceAmount,
    financingCost,
    net,
    settlement: {
      metals: metals.map((m) => ({ metal: m.metal, grossValue: r(m.grossValue), refiningCharge: r(m.refiningCharge) })),
      grossValue: r(grossValue),
      refiningCharges: r(refiningCharges),
      treatmentCharge: r(treatmentCharge),
      lotCharges: r(lotCharges),
      financingCost: r(financingCost),
      net: r(net)
    }
  }
}
