import { followReportingCurrency } from './tranches'
import { Decimal, toDecimalString, type DecimalString } from '../decimal'
import type { Currency } from './primitives'
import { parseProject, type Project } from './project'

/** Decimals kept on a converted amount: finite strings, far below any amount that matters. */
export const CONVERTED_DECIMALS = 6

export type ConvertFailure = { ok: false; code: 'fx-missing' | 'bad-rate' | 'out-of-range'; reason: string }
export type FxRateResult = { ok: true; rate: DecimalString; year: number } | ConvertFailure
export type ConvertResult = { ok: true; value: Project } | ConvertFailure

/**
 * Units of `currency` per USD in `year` from the project's FX table (USD = 1). As the engine reads the
 * table: the latest point not after the year, before the first point the first. null when the table
 * has no entry for the currency.
 */
export function fxPerUsdIn(project: Project, currency: Currency, year: number): Decimal | null {
  if (currency === 'USD') return new Decimal(1)
  const points = project.fx.rates.find((r) => r.currency === currency)?.points
  if (!points || points.length === 0) return null
  const sorted = [...points].sort((a, b) => a.year - b.year)
  const at = sorted.filter((p) => p.year <= year).at(-1) ?? sorted[0]!
  return new Decimal(at.perUsd)
}

/**
 * The rate to convert the reporting amounts into `to`: units of `to` per unit of the current reporting
 * currency, from the FX table at the timeline start year (the cost inputs are money of the start date):
 * rate = perUsd(to) / perUsd(from). Refused (a value, not a guess) when either currency has no FX entry.
 */
export function reportingFxRate(project: Project, to: Currency): FxRateResult {
  const year = Number(project.timeline.startDate.slice(0, 4))
  const from = project.reportingCurrency
  const fromPerUsd = fxPerUsdIn(project, from, year)
  const toPerUsd = fxPerUsdIn(project, to, year)
  const missing = [fromPerUsd ? null : from, toPerUsd ? null : to].filter((c): c is Currency => c !== null)
  if (!fromPerUsd || !toPerUsd)
    return { ok: false, code: 'fx-missing', reason: `no FX rate for ${missing.join(' and ')}: enter it under Prices → FX to convert the amounts` }
  return { ok: true, rate: toDecimalString(toPerUsd.dividedBy(fromPerUsd)), year }
}

/**
 * The project with its reporting currency set to `to` and every reporting-currency amount multiplied
 * by `rate` (units of `to` per unit of the current reporting currency), rounded half-up to
 * CONVERTED_DECIMALS. The amounts, per docs/project-file.md: capex items, opex fixed/variable/treatment,
 * maintenance capex, feed purchase price (fixed basis) and logistics (both bases), per-stream opex and
 * treatment rates where a stream sets its own, supply contracts' fixed prices and floors/caps, grants. Fractions
 * (contingency, escalation, pctOfContained), quantities, deck prices, contract amounts and FX tables are
 * in other units or currencies and stay. The input is not changed.
 */
export function convertReportingCurrency(project: Project, to: Currency, rate: DecimalString): ConvertResult {
  // Plain notation of any precision: a derived cross rate (1 / 87.2) has more decimals than a stored amount.
  if (!/^(?:0|[1-9]\d{0,29})(?:\.\d+)?$/.test(rate) || !new Decimal(rate).greaterThan(0)) return { ok: false, code: 'bad-rate', reason: `the conversion rate must be a positive number (got "${rate}")` }
  const r = new Decimal(rate)
  const conv = (amount: DecimalString): DecimalString => toDecimalString(new Decimal(amount).times(r).toDecimalPlaces(CONVERTED_DECIMALS, Decimal.ROUND_HALF_UP))
  const next: Project = structuredClone(project)
  followReportingCurrency(next.financing, project.reportingCurrency, to)
  next.reportingCurrency = to
  const { capex, opex } = next.costs
  for (const item of capex.items) item.amount = conv(item.amount)
  opex.fixedPerYear = conv(opex.fixedPerYear)
  opex.variablePerTonne = conv(opex.variablePerTonne)
  opex.variablePerUnit = conv(opex.variablePerUnit)
  opex.treatmentPerTonne = conv(opex.treatmentPerTonne)
  next.costs.maintenanceCapexPerYear = conv(next.costs.maintenanceCapexPerYear)
  for (const stream of next.feedstock) {
    const p = stream.purchase
    if (p.basis === 'fixed') p.pricePerQuantity = conv(p.pricePerQuantity)
    p.logisticsPerTonne = conv(p.logisticsPerTonne)
    if (stream.variableOpexPerTonne !== undefined) stream.variableOpexPerTonne = conv(stream.variableOpexPerTonne)
    if (stream.treatmentPerTonne !== undefined) stream.treatmentPerTonne = conv(stream.treatmentPerTonne)
    if (stream.kind === 'catalyst' && stream.variableOpexPerUnit !== undefined) stream.variableOpexPerUnit = conv(stream.variableOpexPerUnit)
    // By-products and residues (§13): a line's own sale price and the disposal cost are reporting-currency
    // amounts per tonne; a line priced from the deck has none (the deck's price is in its own currency).
    for (const b of stream.byproducts ?? []) {
      if (b.fate.kind === 'sold') { if (b.fate.pricePerTonne !== undefined) b.fate.pricePerTonne = conv(b.fate.pricePerTonne) }
      else b.fate.costPerTonne = conv(b.fate.costPerTonne)
    }
  }
  // The working-capital facility's limit (§11) is in the reporting currency; its rate is not an amount.
  const facility = next.financing.waterfall?.wcFacility
  if (facility) facility.limit = conv(facility.limit)
  // Supply contracts (§13): the fixed price and the %-of-contained floor and cap are reporting-currency amounts.
  for (const c of next.supplyContracts ?? []) {
    if (c.price.basis === 'fixed') c.price.pricePerQuantity = conv(c.price.pricePerQuantity)
    else {
      if (c.price.floorPerQuantity !== null) c.price.floorPerQuantity = conv(c.price.floorPerQuantity)
      if (c.price.capPerQuantity !== null) c.price.capPerQuantity = conv(c.price.capPerQuantity)
    }
  }
  for (const g of next.financing.grants) g.amount = conv(g.amount)
  const parsed = parseProject(next)
  if (!parsed.ok) return { ok: false, code: 'out-of-range', reason: `the converted project is not valid: ${parsed.issues[0]?.path} ${parsed.issues[0]?.message}` }
  return { ok: true, value: parsed.value }
}
