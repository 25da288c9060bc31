import { type Decimal, ZERO } from '../decimal'

/**
 * EPR certificates (India BWMR 2022; methodology §13), one rule in three forms held to each other by
 * `tests/shared/rules/epr-certificates.test.ts`:
 * 1. certificates (kg) in a period = Σ_metal recovered tonnes · kg per tonne of that metal;
 * 2. price per kg in calendar year c = the listed price of the latest year not after c (before the first
 *    listed year, the first), as a deck's table (§3);
 * 3. revenue = certificates · price · FX into the reporting currency, in a period that starts on or after
 *    the active date (and is operating).
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
