import { type Decimal, ZERO } from '../decimal'
import type { Currency, EprDeckPrice } from '../model'

/**
 * EPR certificates (India BWMR 2022; methodology §13), one rule in three forms held to each other by
 * `tests/shared/rules/epr-certificates.test.ts`:
 * 1. certificates (kg) in a period = Σ_metal recovered tonnes · kg per tonne of that metal;
 * 2. price per kg in calendar year c = the listed price of the latest year not after c (before the first
 *    listed year, the first), as a deck's table (§3);
 * 3. revenue = certificates · price · FX into the reporting currency, in a period that starts on or after
 *    the active date (and is operating);
 * 4. the price series that applies is the one of the deck the case prices with, when it lists one, in its
 *    stated currency; else the EPR block's own (`project.epr.pricePerKg` in `project.epr.currency`: every
 *    file before deck EPR prices, whose figures stay as they were) — `eprPriceSeries`;
 * 5. the price in the reporting currency = price · (reporting per USD) / (EPR currency per USD).
 */
export function eprCertificatesKg(recoveredTonnes: readonly Decimal[], kgPerTonne: readonly Decimal[]): Decimal {
  return recoveredTonnes.reduce((a, t, j) => a.plus(t.times(kgPerTonne[j]!)), ZERO)
}
export const eprCertificatesKgFloat = (recoveredTonnes: readonly number[], kgPerTonne: readonly number[]): number =>
  recoveredTonnes.reduce((a, t, j) => a + t * kgPerTonne[j]!, 0)
export const eprCertificatesKgExcel = (recoveredTonnes: readonly string[], kgPerTonne: readonly string[]) =>
  (recoveredTonnes.length ? recoveredTonnes.map((t, j) => `${t}*${kgPerTonne[j]}`).join('+') : '0')

export function eprPriceForYear<T>(points: readonly { year: number; pricePerKg: T }[], year: number): T {
  let price = points[0]!.pricePerKg
  for (const p of points) if (p.year <= year) price = p.pricePerKg
  return price
}
/**
 * `years` and `prices` are the two listed one-row ranges (ascending years); `first…` their first cells.
 * The n-th price is `INDEX(prices,1,n)`: Gnumeric reads a two-argument INDEX on a row as a row number.
 */
export const eprPriceForYearExcel = (year: string, years: string, prices: string, firstYear: string, firstPrice: string) =>
  `IF(${year}<${firstYear},${firstPrice},INDEX(${prices},1,MATCH(${year},${years},1)))`

export const eprRevenue = (certificatesKg: Decimal, pricePerKg: Decimal, toReporting: Decimal, active: boolean): Decimal =>
  active ? certificatesKg.times(pricePerKg).times(toReporting) : ZERO
export const eprRevenueFloat = (certificatesKg: number, pricePerKg: number, toReporting: number, active: boolean): number => (active ? certificatesKg * pricePerKg * toReporting : 0)
export const eprRevenueExcel = (certificatesKg: string, pricePerKg: string, toReporting: string, active: string) => `${active}*${certificatesKg}*${pricePerKg}*${toReporting}`

/** Where an EPR price series came from (4.): the deck's own series, or the EPR block's (the fallback). */
export type EprPriceSource = 'deck' | 'block'
export type EprPriceSeries = { source: EprPriceSource; currency: Currency; points: readonly { year: number; pricePerKg: string }[] }

/**
 * The EPR price series a case reads (4.): the deck's when it has one, else the EPR block's own. In the
 * Excel model the choice is made per deck laid out (each deck's cell reads its series or the block's).
 */
export function eprPriceSeries(epr: { currency: Currency; pricePerKg: readonly { year: number; pricePerKg: string }[] }, deck: { eprPrices?: EprDeckPrice | undefined }): EprPriceSeries {
  const own = deck.eprPrices
  return own ? { source: 'deck', currency: own.currency, points: own.points } : { source: 'block', currency: epr.currency, points: epr.pricePerKg }
}

/** 5.: the price per kg in the reporting currency, from FX tables in units per USD. */
export const eprPriceInReporting = (pricePerKg: Decimal, reportingPerUsd: Decimal, eprCurrencyPerUsd: Decimal): Decimal => pricePerKg.times(reportingPerUsd).div(eprCurrencyPerUsd)
export const eprPriceInReportingFloat = (pricePerKg: number, reportingPerUsd: number, eprCurrencyPerUsd: number): number => (pricePerKg * reportingPerUsd) / eprCurrencyPerUsd
export const eprPriceInReportingExcel = (pricePerKg: string, reportingPerUsd: string, eprCurrencyPerUsd: string) => `${pricePerKg}*${reportingPerUsd}/${eprCurrencyPerUsd}`
