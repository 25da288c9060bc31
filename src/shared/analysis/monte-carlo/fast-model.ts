import { minorUnit } from '@shared/rules/minor-unit'
import { dec } from '@shared/decimal'
import { GRAMS_PER_TROY_OUNCE, isPgm, type Currency, type Project } from '@shared/model'
import { prepare, type Prepared } from '@shared/engine/prepare'
import { runModel, runPrepared } from '@shared/engine/run-model'
import type { FixedDebt, ModelResult, Scenario } from '@shared/engine/types'
import { contractOrder } from '@shared/rules/contract-priority'
import { maintenanceDeductedFloat } from '@shared/rules/taxable-income'
import { holidayPeriods, periodTaxRateFloat } from '@shared/rules/tax-holiday'
import { lossLifePeriods } from '@shared/rules/tax-losses'
import { workingCapitalFactorFloat } from '@shared/rules/working-capital'
import { lockupSpan, type WaterfallTerms } from '@shared/rules/waterfall'
import { waterfallTerms } from '@shared/engine/waterfall'
import { fxCurrencies } from '../drivers'
import { buildFastSweep, type FastSweep } from './fast-sweep'
import { buildFastOperations, eprRateOf, uncutProject, usesOperations, type FastOperations } from './fast-operations'

/**
 * The Monte Carlo fast path: everything that does not move in a draw (timeline, contained metal, the
 * construction funding, fixed costs, the HELD debt schedule in each tranche's currency, depreciation) is
 * computed once by the Decimal engine and kept as floats; a draw re-prices revenue and re-runs the
 * operating waterfall, tax and the metrics in plain numbers. A draw moves prices (a multiplier per
 * product and calendar year), volumes and recoveries (one multiplier each) and, optionally, FX (a
 * multiplier per non-USD currency and calendar year on the FX path, 1 through construction): FX moves
 * the revenue translation and the service of unhedged foreign-currency tranches (their amounts in their
 * currency held, only the translation moves; hedged and reporting-currency tranches do not move), and with
 * it the interest deducted for tax and the DSRA. With a cash sweep in the terms a draw re-walks the debt
 * instead (fast-sweep.ts), since the sweep moves it. Tests prove it equals the Decimal engine (`runModel`
 * with the same inputs and `fixedDebt`) to a relative 1e-9.
 */
type F = Float64Array

type FastContract = { product: number; slot: number; share: number | null; fixedPerPeriod: number; active: boolean[]; payable: number; premiumPerUnit: number; floor: number | null; cap: number | null; charge: number; fxCtoD: F; fxRtoC: F }
/** `stream`: index of its stream (its scale in a draw); `eprRate`: kg of EPR certificate per unit of contained mass recovered (0 = none, §13). */
type FastStreamMetal = { stream: number; product: number[]; contained: F; recovery: number; unitsFactor: number[]; eprRate: number }
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
  /** Capacity, supply contracts, by-products and EPR (§13, fast-operations.ts); null when the project uses none (the plain volume path, bit for bit). */
  ops: FastOperations | null
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
  /** Interest + hedge cost, as deducted for tax, at the base FX. */
  interest: F
  debtService: F
  depreciation: F
  equityContributions: F
  capexWithContingency: F
  isRepayment: boolean[]
  /** The reporting currency's minor unit: a DSCR needs at least this much debt service. */
  minorUnit: number
  discountGrowth: number
  /** The FX a draw can move, and the debt service it moves. */
  fx: FastFx
  /** The cash waterfall (§11, rules/waterfall.ts) with the debt held: its terms, the base DSRA and MRA targets, the held balance. */
  waterfall: FastWaterfall
  /** The cash sweep's fixed inputs (fast-sweep.ts), null without one: the debt is then held as sized. */
  sweep: FastSweep | null
  /** The Decimal engine's run at the centre of the distribution (no shocks, debt held). */
  base: ModelResult
}

export type FastWaterfall = {
  terms: WaterfallTerms<number>
  /** DSRA target at each period end in the base case (zero before the last construction period). */
  dsraTarget: F
  mraTarget: F
  /** Senior debt after each period's principal (held in every draw). */
  closing: F
  /** Periods the lock-up test reads (rules/waterfall.ts lockupSpan). */
  testSpan: number
}

/** An unhedged tranche in a currency other than the reporting one: its service at the base FX (reporting currency), scaled by fx_R / fx_T in a draw. */
export type MovingTranche = { slot: number; interest: F; principal: F }

export type FastFx = {
  /** The currencies a draw can move (every non-USD currency some amount is in); a slot is an index here, −1 = USD (never moves). */
  currencies: Currency[]
  reportingSlot: number
  deckSlot: number
  /** Year index (into `yearIndex`'s years) from which FX moves: the calendar year after the last construction period. */
  firstYear: number
  moving: MovingTranche[]
  /** Debt service and tax-deductible interest (+ hedge cost) that no FX moves (reporting currency). */
  debtServiceFixed: F
  interestFixed: F
  /** DSRA cover months when the DSRA is on and a draw can move debt service (else null: the base DSRA stands). */
  dsraMonths: number | null
  /** Equity contributions before the DSRA's initial funding (construction). */
  fundingEquity: F
}

const f64 = (xs: readonly { toNumber(): number }[]): F => Float64Array.from(xs, (x) => x.toNumber())

/**
 * Build the fast model for `project` under `scenario` with debt held at the base case (as every stressed
 * run), or at `held` when given (breach sizing holds scaled copies of the base debt). `baseRun`: the
 * Decimal engine's run of the same case at `held`, when the caller has it (breakevens size the debt with
 * that very run), which spares one full run; `prepared`: `prepare(project, scenario)` when the caller has
 * it (breakevens probe on that very preparation), which spares preparing the case again.
 */
export function buildFastModel(project: Project, scenario?: Scenario, held?: FixedDebt, baseRun?: ModelResult, prepared?: Prepared): FastModel {
  const currencies = fxCurrencies(project, scenario)
  const slotOf = (c: Currency) => currencies.indexOf(c as (typeof currencies)[number])
  // One `prepare` serves the debt sizing (unless a scenario holds the project's base debt) and the base run.
  const prep = prepared ?? prepare(project, scenario)
  const fixedDebt = held ?? (scenario && !scenario.resizeDebt ? runModel(project).debt : runPrepared(prep, undefined, undefined).debt)
  const base = baseRun ?? runPrepared(prep, scenario ? { scenario } : undefined, fixedDebt)
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
        product: p, slot: slotOf(c.currency), share: c.volume.basis === 'share' ? Number(c.volume.share) : null,
        fixedPerPeriod: c.volume.basis === 'fixed' ? dec(c.volume.productUnitsPerYear).times(tl.periodMonths).div(12).toNumber() : 0,
        active: ca.active, payable: Number(c.payable), premiumPerUnit: Number(c.premiumPerUnit), floor: c.floor === null ? null : Number(c.floor),
        cap: c.cap === null ? null : Number(c.cap), charge: Number(c.chargePerUnit),
        fxCtoD: Float64Array.from(fxC, (x, i) => x.div(fxD[i]!).toNumber()), fxRtoC: Float64Array.from(fxR, (x, i) => x.div(fxC[i]!).toNumber())
      })
    })

  // The streams' feed as offered at volume 1, before a capacity cut and bought whole: a draw scales and cuts it
  // and re-allocates the supply contracts (fast-operations.ts). Without those features the project's own preparation is it.
  const needsUncut = (project.plant?.capacities.length ?? 0) > 0 || (project.supplyContracts?.length ?? 0) > 0
  const raw = needsUncut ? prepare(uncutProject(project), scenario) : prep
  const ops = usesOperations(project) ? buildFastOperations(project, prep, raw, slotOf) : null
  const streamMetals: FastStreamMetal[] = []
  for (const [s, v] of raw.volumes.entries())
    for (const ms of v.metals) {
      const route = project.routes.find((r) => r.id === v.stream.routeId)
      const recovery = dec(v.stream.recoveryOverrides[ms.metal] ?? route?.recovery[ms.metal] ?? '0').times(prep.inputs.recoveryMultiplier)
      const products = prep.products.map((pp, p) => (pp.product.metal === ms.metal ? p : -1)).filter((p) => p >= 0)
      streamMetals.push({ stream: s, product: products, contained: f64(ms.contained), recovery: recovery.toNumber(), unitsFactor: products.map(unitsFactor), eprRate: eprRateOf(project, ms.metal) })
    }

  const streams: FastStream[] = raw.volumes.map((v, s) => {
    const sc = raw.streamCosts[s]!
    return {
      fixedPurchase: f64(sc.fixedPurchase), logistics: f64(sc.logistics), variableOpex: f64(sc.variableOpex), pct: sc.pctOfContained ? sc.pctOfContained.toNumber() : null,
      pricing: [...v.containedPricingUnits].map(([id, units]) => ({ product: productIndex.get(id)!, units: f64(units) }))
    }
  })

  const wc = project.costs.workingCapital
  const fin = base.financing
  const reportingSlot = slotOf(project.reportingCurrency)
  const moving = fin.tranches.filter((t) => t.currency !== project.reportingCurrency && !t.hedged)
  let fixedService = fin.debtService
  let fixedInterest = fin.interest.map((x, i) => x.plus(fin.debtFees[i]!))
  for (const t of moving) {
    fixedService = fixedService.map((x, i) => x.minus(t.interest[i]!).minus(t.principal[i]!))
    fixedInterest = fixedInterest.map((x, i) => x.minus(t.interest[i]!))
  }
  const dsra = project.financing.dsra
  const lastConstruction = tl.constructionPeriods - 1
  const fxModel: FastFx = {
    currencies, reportingSlot, deckSlot: slotOf(prep.inputs.deck.currency), firstYear: lastConstruction >= 0 ? yearIndex[lastConstruction]! + 1 : 0,
    moving: moving.map((t) => ({ slot: slotOf(t.currency), interest: f64(t.interest), principal: f64(t.principal) })),
    debtServiceFixed: f64(fixedService), interestFixed: f64(fixedInterest),
    dsraMonths: dsra.enabled && dsra.months > 0 && moving.length > 0 ? dsra.months : null,
    fundingEquity: f64(fin.equityContributions.map((x, i) => x.minus(fin.dsraInitialFunding[i]!)))
  }
  return {
    periodCount, constructionPeriods: tl.constructionPeriods, periodMonths: tl.periodMonths, products: prep.products.map((pp) => ({ id: pp.product.id, name: pp.product.name })),
    firstYear, years: tl.periods[periodCount - 1]!.calendarYear - firstYear + 1, yearIndex, deckPrice,
    toReporting: Float64Array.from(fxR, (r, i) => r.div(fxD[i]!).toNumber()), merchantPayable: Float64Array.from(prep.products, (pp) => Number(pp.product.merchantPayable)),
    contractsByProduct, streamMetals, streams, ops, fixedOpex: f64(prep.fixedOpex), maintenance: f64(prep.maintenanceCapex),
    maintenanceDeducted: Float64Array.from(prep.maintenanceCapex, (m) => maintenanceDeductedFloat(project.tax.maintenanceCapex, m.toNumber())),
    dso: workingCapitalFactorFloat(wc.receivableDays, tl.periodMonths), dio: workingCapitalFactorFloat(wc.inventoryDays, tl.periodMonths), dpo: workingCapitalFactorFloat(wc.payableDays, tl.periodMonths),
    taxRate: Number(project.tax.rate), taxRates: taxRatesFloat(project, tl.count, tl.constructionPeriods, tl.periodMonths),
    lossLife: project.tax.lossExpiryYears === undefined ? null : lossLifePeriods(project.tax.lossExpiryYears, tl.periodMonths),
    interest: f64(fin.interest.map((x, i) => x.plus(fin.debtFees[i]!))), debtService: f64(fin.debtService), depreciation: f64(base.tax.depreciation),
    equityContributions: f64(fin.equityContributions), capexWithContingency: f64(base.capex.capexWithContingency),
    waterfall: fastWaterfall(project, base, tl.periodMonths),
    isRepayment: tl.periods.map((p) => p.isRepayment), minorUnit: minorUnit(project.reportingCurrency).toNumber(), discountGrowth: Math.pow(1 + Number(project.valuation.discountRate), tl.periodMonths / 12), fx: fxModel,
    sweep: buildFastSweep(project, prep, fixedDebt, base, slotOf), base
  }
}

/** Each period's tax rate as the engine's walk takes it (schedule.ts taxWalk): Number(tax.rate) outside a holiday, so files without one keep every bit. */
function taxRatesFloat(project: Project, count: number, constructionPeriods: number, periodMonths: number): F {
  const h = project.tax.holiday
  const holiday = h === undefined ? undefined : { periods: holidayPeriods(h.years, periodMonths), rate: Number(h.rate) }
  return Float64Array.from({ length: count }, (_, i) => periodTaxRateFloat(i - constructionPeriods, Number(project.tax.rate), holiday))
}

/** The waterfall's terms in floats, and the base case's targets and balances a draw holds. */
function fastWaterfall(project: Project, base: ModelResult, periodMonths: number): FastWaterfall {
  const t = waterfallTerms(project, periodMonths)
  const w = base.financing.waterfall
  return {
    terms: {
      dsraCash: t.dsraCash, lc: t.lc && { feeRate: t.lc.feeRate.toNumber(), drawRate: t.lc.drawRate.toNumber() },
      wc: t.wc && { limit: t.wc.limit.toNumber(), rate: t.wc.rate.toNumber() }, lockup: t.lockup && { ratio: t.lockup.ratio.toNumber(), releaseAfterPeriods: t.lockup.releaseAfterPeriods },
      sweep: t.sweep && { share: t.sweep.share.toNumber(), trigger: t.sweep.trigger === null ? null : t.sweep.trigger.toNumber() }
    },
    dsraTarget: f64(w.dsraTarget), mraTarget: f64(w.mraTarget), closing: f64(base.financing.closingBalance),
    testSpan: lockupSpan(project.financing.waterfall?.lockup?.test ?? 'period', periodMonths)
  }
}
