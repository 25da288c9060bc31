import { Decimal, ZERO } from '@shared/decimal'
import type { ModelResult } from '@shared/engine'

/**
 * Chart series by calendar year, as plain numbers (charts draw pixels; the exact Decimals stay in
 * the table and the cards). Years follow the engine's annual summary.
 */
export type RevenueYear = { year: number } & Record<string, number>
export type CoverYear = { year: number; cfads: number; debtService: number; dscr: number | null; covenant: number }
export type CashYear = { year: number; project: number; equity: number }
/** Tonnes of input by year (methodology §13): processed, offered but not processed, and the capacity available. */
export type CapacityYear = { year: number; processed: number; unprocessed: number; available: number }

export type ChartData = {
  products: { key: string; name: string }[]
  revenue: RevenueYear[]
  cover: CoverYear[]
  hasDebt: boolean
  cash: CashYear[]
  /** Operating years, when the project sets a plant capacity; null otherwise. */
  capacity: CapacityYear[] | null
}

const n = (d: Decimal): number => d.toNumber()

/**
 * The lowest DSCR of a year's REPAYMENT periods (as the covenant is tested, §8), or null when the year
 * has none: interest-only grace periods would otherwise show a near-zero ratio no lender tests (and
 * that the minimum-DSCR metric leaves out). Shared by the charts and the yearly tables so they agree.
 */
export function repaymentMinDscr(result: ModelResult, periods: readonly number[]): Decimal | null {
  let low: Decimal | null = null
  for (const k of periods) {
    const m = result.financing.dscr[k - 1]
    if (!result.periods[k - 1]?.isRepayment || !m?.ok) continue
    if (low === null || m.value.lt(low)) low = m.value
  }
  return low
}

function repaymentDscr(result: ModelResult, periods: readonly number[]): number | null {
  const low = repaymentMinDscr(result, periods)
  return low === null ? null : n(low)
}

export function chartData(result: ModelResult, covenantDscr: Decimal): ChartData {
  const yearOf = new Map<number, number>() // period index (1-based) → year
  for (const a of result.annual) for (const k of a.periods) yearOf.set(k, a.year)
  const products = result.products.map((p, i) => ({ key: `p${i}`, name: p.name }))
  const revenue: RevenueYear[] = result.annual.map((a) => {
    const row: RevenueYear = { year: a.year }
    result.products.forEach((p, i) => {
      row[`p${i}`] = n(a.periods.reduce((s, k) => s.plus(p.revenue[k - 1] ?? ZERO), ZERO))
    })
    return row
  })
  const operatingYears = result.annual.filter((a) => a.periods.some((k) => result.periods[k - 1]?.phase === 'operations'))
  const cover: CoverYear[] = operatingYears.map((a) => ({
    year: a.year,
    cfads: n(a.cfads),
    debtService: n(a.debtService),
    dscr: repaymentDscr(result, a.periods),
    covenant: n(covenantDscr)
  }))
  let project = ZERO
  let equity = ZERO
  const cash = result.annual.map((a) => {
    project = project.plus(a.projectCashFlow)
    equity = equity.plus(a.equityCashFlow)
    return { year: a.year, project: n(project), equity: n(equity) }
  })
  return { products, revenue, cover, hasDebt: result.metrics.debtAtCod.gt(0), cash, capacity: capacityYears(result, operatingYears) }
}

/** Available = the whole-plant capacity, else the route capacities pooled (as the utilisation metric, engine/capacity.ts). */
function capacityYears(result: ModelResult, years: ModelResult['annual']): CapacityYear[] | null {
  const caps = result.plant.capacities
  if (caps.length === 0) return null
  const plant = caps.filter((c) => c.routeId === null)
  const headline = plant.length > 0 ? plant : caps
  return years.map((a) => ({
    year: a.year,
    processed: n(a.processedTonnes),
    unprocessed: n(a.unprocessedTonnes),
    available: n(a.periods.reduce((s, k) => headline.reduce((t, c) => t.plus(c.available[k - 1] ?? ZERO), s), ZERO))
  }))
}
