import { Decimal, ONE, ZERO, dec, sum, toDecimalString } from '../decimal'
import type { Currency } from '../model/primitives'
import { pricePerKilogramToPerTonne, pricePerPoundToPerTonne } from '../units/mass'
import { PRODUCT_FACTORS } from '../units/product-factors'
import type { BlackMassLot, BlackMassPayables, IndexPrice } from './lot-file'
import { roundForSettlement } from './settlement-rounding'

/**
 * Black mass valued by payables (domain B7): value per dry t = Σ grade × payable × index price.
 * Lithium is priced on its carbonate equivalent: Li grade × 5.3227 t LCE/t Li × Li payable × LCE price.
 * Values are positive (cash in); lot charges are negative; every total is the plain sum of its lines.
 */
export type BlackMassPricesPerTonne = { nickel: Decimal; cobalt: Decimal; lithiumCarbonate: Decimal }
export type BlackMassGrades = { Ni: Decimal; Co: Decimal; Li: Decimal }

export type BlackMassLine = {
  metal: 'Ni' | 'Co' | 'Li'
  grade: Decimal
  /** Index price per tonne of metal (Ni, Co) or of LCE (Li), in the lot currency. */
  indexPricePerTonne: Decimal
  /** Value if every tonne were paid at the index: grade × price (Li: grade × 5.3227 × LCE price). */
  containedValuePerTonne: Decimal
  payableFraction: Decimal
  /** containedValuePerTonne × payable */
  payableValuePerTonne: Decimal
}

export type BlackMassLotValuation = {
  kind: 'black-mass-lot'
  currency: Currency
  convention: BlackMassPayables['convention']
  dryTonnes: Decimal
  lines: BlackMassLine[]
  valuePerTonne: Decimal
  grossValue: Decimal
  lotCharges: Decimal
  net: Decimal
  /** The same payables expressed in the other convention on this assay and price set (null if impossible). */
  equivalent: BlackMassPayables | null
  settlement: { lines: { metal: 'Ni' | 'Co' | 'Li'; payableValuePerTonne: Decimal }[]; valuePerTonne: Decimal; grossValue: Decimal; lotCharges: Decimal; net: Decimal }
}

/** An index price quoted per t, kg or lb, as a price per tonne. */
export function indexPricePerTonne(price: IndexPrice): Decimal {
  if (price.per === 'kg') return pricePerKilogramToPerTonne(price.amount)
  if (price.per === 'lb') return pricePerPoundToPerTonne(price.amount)
  return dec(price.amount)
}

export const blackMassPricesPerTonne = (lot: BlackMassLot): BlackMassPricesPerTonne => ({
  nickel: indexPricePerTonne(lot.prices.nickel),
  cobalt: indexPricePerTonne(lot.prices.cobalt),
  lithiumCarbonate: indexPricePerTonne(lot.prices.lithiumCarbonate)
})

export const blackMassGrades = (lot: BlackMassLot): BlackMassGrades => ({ Ni: dec(lot.grades.Ni), Co: dec(lot.grades.Co), Li: dec(lot.grades.Li) })

/** Contained value per dry tonne at 100 % payable: Ni and Co on metal, Li on its LCE. */
export function containedValuesPerTonne(grades: BlackMassGrades, prices: BlackMassPricesPerTonne) {
  return {
    nickel: grades.Ni.times(prices.nickel),
    cobalt: grades.Co.times(prices.cobalt),
    lithiumCarbonate: grades.Li.times(PRODUCT_FACTORS.lithiumToLithiumCarbonate).times(prices.lithiumCarbonate)
  }
}

export type PayableConversion =
  | { ok: true; payables: BlackMassPayables; upliftFraction: Decimal }
  | { ok: false; code: 'black-mass/no-nickel-cobalt-value' | 'black-mass/payable-out-of-range'; reason: string }

/**
 * Convert payables between conventions on one assay and price set (domain case 7), keeping the value
 * per tonne unchanged. The Li value paid separately is spread over Ni and Co as a uniform uplift:
 * uplift = (Li grade × 5.3227 × Li payable × LCE price) / (Ni grade × Ni price + Co grade × Co price);
 * inclusive = separate + uplift. Going to `li-separate` needs the Li payable to split out.
 */
export function convertBlackMassPayables(
  grades: BlackMassGrades,
  prices: BlackMassPricesPerTonne,
  payables: BlackMassPayables,
  lithiumOfLceForSeparate?: Decimal
): PayableConversion {
  const c = containedValuesPerTonne(grades, prices)
  const nickelCobaltValue = c.nickel.plus(c.cobalt)
  if (nickelCobaltValue.lte(0)) return { ok: false, code: 'black-mass/no-nickel-cobalt-value', reason: 'the lot has no nickel or cobalt value to carry a lithium payable' }
  const liPayable = payables.convention === 'li-separate' ? dec(payables.lithiumOfLce) : (lithiumOfLceForSeparate ?? ZERO)
  const uplift = c.lithiumCarbonate.times(liPayable).div(nickelCobaltValue)
  const sign = payables.convention === 'li-separate' ? 1 : -1
  const nickel = dec(payables.nickel).plus(uplift.times(sign))
  const cobalt = dec(payables.cobalt).plus(uplift.times(sign))
  if (nickel.lt(0) || cobalt.lt(0) || nickel.gt(ONE) || cobalt.gt(ONE))
    return { ok: false, code: 'black-mass/payable-out-of-range', reason: `the converted payables (Ni ${nickel.toFixed(4)}, Co ${cobalt.toFixed(4)}) fall outside 0–100 %` }
  // Stored as decimal strings at 30 places (the document format's limit): value drift < 1e-26 per tonne.
  const s = (x: Decimal) => toDecimalString(x.toDecimalPlaces(30))
  const converted: BlackMassPayables =
    payables.convention === 'li-separate'
      ? { convention: 'li-inclusive', nickel: s(nickel), cobalt: s(cobalt) }
      : { convention: 'li-separate', nickel: s(nickel), cobalt: s(cobalt), lithiumOfLce: s(liPayable) }
  return { ok: true, payables: converted, upliftFraction: uplift }
}

/** Value per dry tonne under either convention: Σ contained value × payable. */
export function blackMassLines(grades: BlackMassGrades, prices: BlackMassPricesPerTonne, payables: BlackMassPayables): BlackMassLine[] {
  const c = containedValuesPerTonne(grades, prices)
  const line = (metal: BlackMassLine['metal'], grade: Decimal, price: Decimal, contained: Decimal, payable: Decimal): BlackMassLine => ({
    metal,
    grade,
    indexPricePerTonne: price,
    containedValuePerTonne: contained,
    payableFraction: payable,
    payableValuePerTonne: contained.times(payable)
  })
  const lines = [
    line('Ni', grades.Ni, prices.nickel, c.nickel, dec(payables.nickel)),
    line('Co', grades.Co, prices.cobalt, c.cobalt, dec(payables.cobalt))
  ]
  if (payables.convention === 'li-separate') lines.push(line('Li', grades.Li, prices.lithiumCarbonate, c.lithiumCarbonate, dec(payables.lithiumOfLce)))
  return lines
}

/** Value a validated black-mass lot: per tonne, for the lot, net of lot charges, plus its other-convention equivalent. */
export function valueBlackMassLot(lot: BlackMassLot): BlackMassLotValuation {
  const grades = blackMassGrades(lot)
  const prices = blackMassPricesPerTonne(lot)
  const lines = blackMassLines(grades, prices, lot.payables)
  const valuePerTonne = sum(lines.map((l) => l.payableValuePerTonne))
  const dryTonnes = dec(lot.dryTonnes)
  const grossValue = valuePerTonne.times(dryTonnes)
  const lotCharges = sum(lot.lotCharges.map((c) => dec(c.amount))).negated()
  const net = grossValue.plus(lotCharges)
  // Li-inclusive → Li-separate needs a chosen Li payable; without one the equivalent is Ni/Co with Li at 0 %.
  const conv = convertBlackMassPayables(grades, prices, lot.payables)
  const r = (x: Decimal) => roundForSettlement(x, lot.currency)
  return {
    kind: 'black-mass-lot',
    currency: lot.currency,
    convention: lot.payables.convention,
    dryTonnes,
    lines,
    valuePerTonne,
    grossValue,
    lotCharges,
    net,
    equivalent: conv.ok ? conv.payables : null,
    settlement: {
      lines: lines.map((l) => ({ metal: l.metal, payableValuePerTonne: r(l.payableValuePerTonne) })),
      valuePerTonne: r(valuePerTonne),
      grossValue: r(grossValue),
      lotCharges: r(lotCharges),
      net: r(net)
    }
  }
}
