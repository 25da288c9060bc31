import { Decimal, ONE, ZERO, dec } from '../decimal'
import type { Currency, Project } from '../model'
import type { ModelIssue, PeriodInfo, Series } from './types'

type Deck = Project['prices']['decks'][number]
type ProductPrice = Deck['prices'][number]

/**
 * Deck price of one product in calendar year `c`, in the deck currency per product unit (§3):
 * escalating `base · (1+e)^(c − Y)`; table: the latest listed year not after `c`, else the first.
 */
export function deckPriceInYear(price: ProductPrice, year: number): Decimal {
  if (price.mode === 'escalating') return dec(price.basePricePerUnit).times(ONE.plus(price.escalation).pow(year - price.baseYear))
  let chosen = price.points[0]!
  for (const p of price.points) if (p.year <= year) chosen = p
  return dec(chosen.price)
}

/** Deck price per period (calendar year of the period start), before multipliers; zero with an issue when unpriced. */
export function deckPriceSeries(deck: Deck, productId: string, periods: readonly PeriodInfo[], issues: ModelIssue[]): Series {
  const price = deck.prices.find((p) => p.productId === productId)
  if (!price) {
    issues.push({ code: 'unpriced-product', path: `prices.decks.${deck.id}`, message: `deck "${deck.name}" has no price for product "${productId}"; price 0 used` })
    return periods.map(() => new Decimal(0))
  }
  const byYear = new Map<number, Decimal>()
  return periods.map((p) => {
    let v = byYear.get(p.calendarYear)
    // Stryker disable next-line ConditionalExpression: equivalent, the per-year cache only saves recomputing the same year's price
    if (!v) {
      v = deckPriceInYear(price, p.calendarYear)
      byYear.set(p.calendarYear, v)
    }
    return v
  })
}

/**
 * The scenario's FX path stress (§3, §10 of the methodology doc): the factor `(1 + d)^(c − c₀)` on a
 * non-USD rate in calendar year `c`, where `c₀` is the calendar year of the model's first period
 * (financial close), so the stress starts from the FX a lender signs at and compounds a year at a time.
 * d = 0.04: INR 85 at close becomes 85 · 1.04² = 91.936 two calendar years later. Years before `c₀`
 * do not occur (every period starts in or after the first).
 */
export function fxPathFactor(depreciationPerYear: Decimal, calendarYear: number, closeYear: number): Decimal {
  return ONE.plus(depreciationPerYear).pow(calendarYear - closeYear)
}

/**
 * Units of `currency` per 1 USD for each period: USD = 1; INR/JPY from the project's FX table by the
 * calendar year of the period start (latest year not after it, else the first; after the last listed year
 * `last · (1 + annualDepreciation)^(c − lastYear)`), × the scenario multiplier, × the scenario's path
 * stress `(1 + d)^(c − c₀)` (`fxPathFactor`; c₀ = the calendar year of the first period).
 */
export function fxSeries(
  project: Project, currency: Currency, periods: readonly PeriodInfo[], multiplier: Decimal, issues: ModelIssue[], depreciationPerYear: Decimal = ZERO
): Series {
  if (currency === 'USD') return periods.map(() => ONE)
  const table = project.fx.rates.find((r) => r.currency === currency)
  if (!table) {
    issues.push({ code: 'missing-fx', path: 'fx.rates', message: `no USD/${currency} rate; 1 used` })
    return periods.map(() => ONE)
  }
  // Beyond the last listed year the rate moves by the annual depreciation (§3, version 3); at 0 (or
  // absent) the last year repeats, so version-2 tables keep their arithmetic.
  const depreciation = dec(table.annualDepreciation ?? '0')
  const last = table.points[table.points.length - 1]!
  // No stress: the table path exactly as before (not even × 1), so unstressed runs keep every digit. (Called
  // for a period, so the first period exists.)
  const stressed = (rate: Decimal, year: number) => (depreciationPerYear.isZero() ? rate : rate.times(fxPathFactor(depreciationPerYear, year, periods[0]!.calendarYear)))
  return periods.map((p) => {
    let chosen = table.points[0]!
    for (const pt of table.points) if (pt.year <= p.calendarYear) chosen = pt
    if (!depreciation.isZero() && p.calendarYear > last.year) return stressed(dec(last.perUsd).times(ONE.plus(depreciation).pow(p.calendarYear - last.year)).times(multiplier), p.calendarYear)
    return stressed(dec(chosen.perUsd).times(multiplier), p.calendarYear)
  })
}

/**
 * `fxSeries` as a workbook formula for one period (the Timeline's FX rows): the latest listed year not
 * after the calendar year, else the first; after the last listed year, when the table gives an annual
 * depreciation, `last · (1 + depreciation)^(c − lastYear)`; × the scenario multiplier; × the scenario's
 * path stress `(1 + pathStress)^(c − closeYear)` (`fxPathFactor`; 0 gives exactly 1). `nthRate(n)` is
 * the n-th listed rate; `depreciation` null lays out no depreciation (a table without one).
 */
export function fxRateExcel(ref: {
  calendarYear: string; years: string; firstYear: string; lastYear: string; nthRate: (n: string) => string; lastRate: string; depreciation: string | null; multiplier: string
  pathStress: string; closeYear: string
}): string {
  const { calendarYear: c, years, firstYear, lastYear, nthRate, lastRate, depreciation, multiplier, pathStress, closeYear } = ref
  const listed = `IF(${c}<${firstYear},${nthRate('1')},${nthRate(`MATCH(${c},${years},1)`)})`
  const stress = `*(1+${pathStress})^(${c}-${closeYear})`
  return depreciation === null ? `${listed}*${multiplier}${stress}` : `IF(${c}>${lastYear},${lastRate}*(1+${depreciation})^(${c}-${lastYear}),${listed})*${multiplier}${stress}`
}
