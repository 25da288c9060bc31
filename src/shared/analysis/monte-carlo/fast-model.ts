import { minorUnit } from '@shared/rules/minor-unit'
import { dec } from '@shared/decimal'
import { GRAMS_PER_TROY_OUNCE, isPgm, type Project } from '@shared/model'
import { prepare } from '@shared/engine/prepare'
import { runModel, runPrepared } from '@shared/engine/run-model'
import type { ModelResult, Scenario } from '@shared/engine/types'
import { contractOrder } from '@shared/rules/contract-priority'
import { maintenanceDeductedFloat } from '@shared/rules/taxable-income'
import { holidayPeriods, periodTaxRateFloat } from '@shared/rules/tax-holiday'
import { lossLifePeriods } from '@shared/rules/tax-losses'
import { workingCapitalFactorFloat } from '@shared/rules/working-capital'

/**
 * The Monte Carlo fast path: everything that does not move in a draw (timeline, contained metal, FX,
 * fixed costs, construction, the HELD debt schedule: interest, principal, DSRA, depreciation) is
 * computed once by the Decimal engine and kept as floats; a draw re-prices revenue and re-runs the
 * operating waterfall, tax and the metrics in plain numbers. A draw moves prices (a multiplier per
 * product and calendar year), volumes and recoveries (one multiplier each). Tests prove it equals the
 * Decimal engine (`runModel` with the same inputs and `fixedDebt`) to a relative 1e-9.
 */
type F = Float64Array

type FastContract = { product: number; share: number | null; fixedPerPeriod: number; active: boolean[]; payable: number; premiumPerUnit: number; floor: number | null; cap: number | null; charge: number; fxCtoD: F; fxRtoC: F }
type FastStreamMetal = { product: number[]; contained: F; recovery: number; unitsFactor: number[] }
type FastStream = { fixedPurchase: F; logistics: F; variableOpex: F; pct: number | null; pricing: { product: number; units: F }[] }

export type FastModel = {
  periodCount: number
  constructionPeriods: number
  periodMonths: number
  products: { id: string; name: string }[]
  /** Calendar years covered (index = calendarYear − firstYear). */
  firstYear: number
  years: number
  yearIndex: Int32Array
  /** Deck price × scenario multipliers, deck currency, per product (row-major products × periods), and deck→reporting FX. */
  deckPrice: F
  toReporting: F
  merchantPayable: F
  /** Contracts per product in allocation order. */
  contractsByProduct: FastContract[][]
  streamMetals: FastStreamMetal[]
  streams: FastStream[]
  fixedOpex: F
  maintenance: F
  /** The part of maintenance deducted from taxable income (rules/taxable-income.ts): all when expensed, none when capitalised. */
  maintenanceDeducted: F
  dso: number
  dio: number
  dpo: number
  taxRate: number
  /** Tax rate per period (rules/tax-holiday.ts): `taxRate`, or the holiday's in its periods (§14). */
  taxRates: F
  /** Periods a business loss stays usable (rules/tax-losses.ts); null = no expiry, the single pool of rules/tax-with-losses.ts. */
  lossLife: number | null
  interest: F
  debtService: F
  depreciation: F
  dsraMovement: F
  equityContributions: F
  capexWithContingency: F
  isRepayment: boolean[]
  /** The reporting currency's minor unit: a DSCR needs at least this much debt service. */
  minorUnit: number
  discountGrowth: number
  /** The Decimal engine's run at the centre of the distribution (no shocks, debt held). */
  base: ModelResult
}

const f64 = (xs: readonly { toNumber(): number }[]): F => Float64Array.from(xs, (x) => x.toNumber())

/** Build the fast model for `project` under `scenario` with debt held at the base case (as every stressed run). */
export function buildFastModel(project: Project, scenario?: Scenario): FastModel {
  // One `prepare` serves the debt sizing (unless a scenario holds the project's base debt) and the base run.
  const prep = prepare(project, scenario)
  const fixedDebt = scenario && !scenario.resizeDebt ? runModel(project).debt : runPrepared(prep, undefined, undefined).debt
  const base = runPrepared(prep, scenario ? { scenario } : undefined, fixedDebt)
  const { tl, fx } = prep
  const periodCount = tl.count
  const productCount = prep.products.length
  const firstYear = tl.periods[0]!.calendarYear
  const yearIndex = Int32Array.from(tl.periods, (p) => p.calendarYear - firstYear)
  const fxR = fx[project.reportingCurrency]
  const fxD = fx[prep.inputs.deck.currency]
  const deckPrice = new Float64Array(productCount * periodCount)
  prep.products.forEach((pp, p) => pp.deckPrice.forEach((x, i) => (deckPrice[p * periodCount + i] = x.times(pp.baseMultiplier).toNumber())))
  const productIndex = new Map(prep.products.map((pp, p) => [pp.product.id, p]))
  const unitsFactor = (p: number) => {
    const pr = prep.products[p]!.product
    return isPgm(pr.metal) ? 1 / Number(GRAMS_PER_TROY_OUNCE) : Number(pr.factor)
  }

  const contractsByProduct: FastContract[][] = prep.products.map(() => [])
  const allocated = prep.allocation.contracts
  contractOrder(allocated.map((ca) => ca.contract))
    .map((j) => allocated[j]!)
    .forEach((ca) => {
      const c = ca.contract
      const p = productIndex.get(c.productId)
      if (p === undefined) return
      const fxC = fx[c.currency]
      contractsByProduct[p]!.push({
        product: p, share: c.volume.basis === 'share' ? Number(c.volume.share) : null,
        fixedPerPeriod: c.volume.basis === 'fixed' ? dec(c.volume.productUnitsPerYear).times(tl.periodMonths).div(12).toNumber() : 0,
        active: ca.active, payable: Number(c.payable), premiumPerUnit: Number(c.premiumPerUnit), floor: c.floor === null ? null : Number(c.floor),
        cap: c.cap === null ? null : Number(c.cap), charge: Number(c.chargePerUnit),
        fxCtoD: Float64Array.from(fxC, (x, i) => x.div(fxD[i]!).toNumber()), fxRtoC: Float64Array.from(fxR, (x, i) => x.div(fxC[i]!).toNumber())
      })
    })

  const streamMetals: FastStreamMetal[] = []
  for (const v of prep.volumes)
    for (const ms of v.metals) {
      const route = project.routes.find((r) => r.id === v.stream.routeId)
      const raw = dec(v.stream.recoveryOverrides[ms.metal] ?? route?.recovery[ms.metal] ?? '0').times(prep.inputs.recoveryMultiplier)
      const products = prep.products.map((pp, p) => (pp.product.metal === ms.metal ? p : -1)).filter((p) => p >= 0)
      streamMetals.push({ product: products, contained: f64(ms.contained), recovery: raw.toNumber(), unitsFactor: products.map(unitsFactor) })
    }

  const streams: FastStream[] = prep.volumes.map((v, s) => {
    const sc = prep.streamCosts[s]!
    return {
      fixedPurchase: f64(sc.fixedPurchase), logistics: f64(sc.logistics), variableOpex: f64(sc.variableOpex), pct: sc.pctOfContained ? sc.pctOfContained.toNumber() : null,
      pricing: [...v.containedPricingUnits].map(([id, units]) => ({ product: productIndex.get(id)!, units: f64(units) }))
    }
  })

  const wc = project.costs.workingCapital
  const fin = base.financing
  return {
    periodCount, constructionPeriods: tl.constructionPeriods, periodMonths: tl.periodMonths, products: prep.products.map((pp) => ({ id: pp.product.id, name: pp.product.name })),
    firstYear, years: tl.periods[periodCount - 1]!.calendarYear - firstYear + 1, yearIndex, deckPrice,
    toReporting: Float64Array.from(fxR, (r, i) => r.div(fxD[i]!).toNumber()), merchantPayable: Float64Array.from(prep.products, (pp) => Number(pp.product.merchantPayable)),
    contractsByProduct, streamMetals, streams, fixedOpex: f64(prep.fixedOpex), maintenance: f64(prep.maintenanceCapex),
    maintenanceDeducted: Float64Array.from(prep.maintenanceCapex, (m) => maintenanceDeductedFloat(project.tax.maintenanceCapex, m.toNumber())),
    dso: workingCapitalFactorFloat(wc.receivableDays, tl.periodMonths), dio: workingCapitalFactorFloat(wc.inventoryDays, tl.periodMonths), dpo: workingCapitalFactorFloat(wc.payableDays, tl.periodMonths),
    taxRate: Number(project.tax.rate), taxRates: taxRatesFloat(project, tl.count, tl.constructionPeriods, tl.periodMonths),
    lossLife: project.tax.lossExpiryYears === undefined ? null : lossLifePeriods(project.tax.lossExpiryYears, tl.periodMonths), interest: f64(fin.interest), debtService: f64(fin.debtService), depreciation: f64(base.tax.depreciation),
    dsraMovement: f64(fin.dsraMovement), equityContributions: f64(fin.equityContributions), capexWithContingency: f64(base.capex.capexWithContingency),
    isRepayment: tl.periods.map((p) => p.isRepayment), minorUnit: minorUnit(project.reportingCurrency).toNumber(), discountGrowth: Math.pow(1 + Number(project.valuation.discountRate), tl.periodMonths / 12), base
  }
}

/** Each period's tax rate as the engine's walk takes it (schedule.ts taxWalk): Number(tax.rate) outside a holiday, so files without one keep every bit. */
function taxRatesFloat(project: Project, count: number, constructionPeriods: number, periodMonths: number): F {
  const h = project.tax.holiday
  const holiday = h === undefined ? undefined : { periods: holidayPeriods(h.years, periodMonths), rate: Number(h.rate) }
  return Float64Array.from({ length: count }, (_, i) => periodTaxRateFloat(i - constructionPeriods, Number(project.tax.rate), holiday))
}
