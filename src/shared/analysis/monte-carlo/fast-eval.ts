import type { FastModel } from './fast-model'
import { floatIrr, type FloatIrr } from '@shared/finance/irr'
import { cfadsOfFloat } from '@shared/rules/cfads'
import { periodDscrFloat } from '@shared/rules/dscr'
import { clampPriceFloat } from '@shared/rules/price-clamp'
import { projectFlowFloat } from '@shared/rules/project-cash-flow'
import { taxStepFloat, type TaxStep } from '@shared/rules/tax-with-losses'
import { emptyLossStep, lossStepFloat, type LossStep } from '@shared/rules/tax-losses'
import { taxableBeforeLossesFloat } from '@shared/rules/taxable-income'
import { workingCapitalFloat } from '@shared/rules/working-capital'
import { dsraTargetsFloat } from '@shared/rules/dsra-target'
import { testDscrFloat, waterfallStepFloat, type WaterfallState } from '@shared/rules/waterfall'
import { createOperationsScratch, streamScale, supplyStreamDraw, type OperationsScratch } from './fast-operations'
import { createSweepScratch, sweepApply, sweepCodTarget, sweepOpen, sweepStart, type FastSweep, type SweepScratch } from './fast-sweep'

/**
 * One draw's inputs: price multipliers per product and calendar year (row-major products × calendar
 * years), one volume and one recovery multiplier, and optionally FX multipliers per currency slot of
 * `model.fx.currencies` and calendar year (row-major slots × years; units per USD × the multiplier).
 */
export type DrawShocks = { price: Float64Array; volume: number; recovery: number; fx?: Float64Array }

/** One draw's outputs; null = the metric does not exist in this draw (e.g. no IRR). */
export type DrawMetrics = { equityIrr: number | null; projectIrr: number | null; npv: number; minDscr: number | null }

/** Reusable buffers so a run of draws allocates nothing per draw. */
export type Scratch = {
  idx: Float64Array; output: Float64Array; rest: Float64Array; revenue: Float64Array; feed: Float64Array; opex: Float64Array; project: Float64Array; equity: Float64Array; tax: TaxStep<number>
  /** The draw's debt service, interest deducted for tax, DSRA target and movement, and equity contributions (reporting currency) when FX moves debt. */
  debtService: Float64Array; interest: Float64Array; dsraTarget: Float64Array; equityContributions: Float64Array
  /** Losses that lapse (§14): the step's lines, its running totals, and business losses arisen to date per period (for the lag). */
  loss: LossStep<number>; arisenTo: Float64Array
  /** The draw's CFADS per period (the lock-up test reads trailing periods) and the waterfall's balances. */
  cfads: Float64Array; wf: WaterfallState<number>
  /** The cash sweep's balances and buffers (fast-sweep.ts); null without a sweep. */
  sweep: SweepScratch | null
  /** Each stream's scale in the draw (streams × periods): the volume multiplier, times the capacity cut (fast-operations.ts). */
  scale: Float64Array
  /** Buffers of the supply contracts' allocation; null when the project has no §13 feature. */
  ops: OperationsScratch | null
}

export function createScratch(model: FastModel): Scratch {
  const { periodCount } = model
  const productCount = model.products.length
  return {
    idx: new Float64Array(productCount * periodCount), output: new Float64Array(productCount * periodCount), rest: new Float64Array(periodCount), revenue: new Float64Array(periodCount),
    feed: new Float64Array(periodCount), opex: new Float64Array(periodCount), project: new Float64Array(periodCount), equity: new Float64Array(periodCount),
    tax: { used: 0, carried: 0, taxable: 0, tax: 0 }, loss: emptyLossStep(), arisenTo: new Float64Array(periodCount),
    debtService: new Float64Array(periodCount), interest: new Float64Array(periodCount), dsraTarget: new Float64Array(periodCount),
    equityContributions: new Float64Array(periodCount),
    cfads: new Float64Array(periodCount), wf: { dsra: 0, lcDrawn: 0, mra: 0, lockup: 0, wc: 0, passStreak: 0 },
    sweep: model.sweep && createSweepScratch(model.sweep),
    scale: new Float64Array(model.streams.length * periodCount), ops: model.ops && createOperationsScratch(periodCount, model.streams.length)
  }
}

/**
 * The draw's debt lines when FX moves an unhedged foreign-currency tranche: its service and interest at the
 * base FX × fx_R / fx_T of the period's calendar year (the tranche's amounts in its currency are held); the
 * DSRA re-targeted on that service (§7: the next n months) and its initial funding in equity. Written
 * into the scratch buffers; the caller reads them instead of the model's base lines.
 */
function moveDebt(model: FastModel, fx: Float64Array, scratch: Scratch): void {
  const { periodCount, constructionPeriods, years } = model
  const m = model.fx
  const { debtService, interest } = scratch
  for (let i = 0; i < periodCount; i++) {
    const y = model.yearIndex[i]!
    const reporting = m.reportingSlot < 0 ? 1 : fx[m.reportingSlot * years + y]!
    let ds = m.debtServiceFixed[i]!
    let paid = m.interestFixed[i]!
    for (const t of m.moving) {
      const ratio = reporting / (t.slot < 0 ? 1 : fx[t.slot * years + y]!)
      ds += (t.interest[i]! + t.principal[i]!) * ratio
      paid += t.interest[i]! * ratio
    }
    debtService[i] = ds
    interest[i] = paid
  }
  const { dsraTarget, equityContributions } = scratch
  equityContributions.set(m.fundingEquity)
  if (m.dsraMonths === null) {
    equityContributions.set(model.equityContributions)
    return
  }
  dsraTargetsFloat(debtService, m.dsraMonths, model.periodMonths, dsraTarget)
  const last = constructionPeriods - 1
  for (let i = 0; i < last; i++) dsraTarget[i] = 0 // the engine's target starts at the last construction period
  if (last >= 0 && model.waterfall.terms.dsraCash) equityContributions[last] = equityContributions[last]! + dsraTarget[last]!
}

/**
 * A swept draw's start: balances at COD, the DSRA target at COD on the service as scheduled (no sweep yet,
 * the draw's FX) and the equity that funds it (a cash DSRA), written into the scratch buffers.
 */
function startSweep(model: FastModel, sw: FastSweep, sx: SweepScratch, fxOf: (slot: number, i: number) => number, scratch: Scratch): void {
  const C = model.constructionPeriods
  sweepStart(sw, sx)
  scratch.dsraTarget.fill(0)
  scratch.equityContributions.set(model.fx.fundingEquity)
  const cod = sweepCodTarget(sw, sx, model.periodCount, model.periodMonths, C, fxOf, model.fx.reportingSlot)
  scratch.dsraTarget[C - 1] = cod
  if (model.waterfall.terms.dsraCash) scratch.equityContributions[C - 1] = scratch.equityContributions[C - 1]! + cod
}

const annual = (result: FloatIrr, periodMonths: number): number | null => (result.ok ? Math.pow(1 + result.periodicRate, 12 / periodMonths) - 1 : null)

/**
 * Re-run revenue (§3–§4), costs and working capital (§5), tax and CFADS (§6) and the metrics (§8) in
 * floats for one draw, with the debt schedule held. Mirrors engine/operations.ts and schedule.ts line by line; each
 * rule (price clamp, working capital, taxable income, tax with losses, CFADS, DSCR, project cash flow)
 * is the float form of the engine's, from src/shared/rules/.
 */
export function evaluateDraw(model: FastModel, shocks: DrawShocks, scratch: Scratch): DrawMetrics {
  priceDraw(model, shocks, scratch)
  const { npv, minDscr } = walkDraw(model, shocks.fx, scratch)
  return { equityIrr: annual(floatIrr(scratch.equity), model.periodMonths), projectIrr: annual(floatIrr(scratch.project), model.periodMonths), npv, minDscr }
}

/**
 * The part of a draw that no debt moves: revenue, feedstock cost and opex per period (§3–§5, reporting
 * currency), written into `scratch.revenue`, `scratch.feed` and `scratch.opex`. Split from `walkDraw` so
 * breach sizing can price each draw once and walk it under many debt amounts (common random numbers).
 */
export function priceDraw(model: FastModel, shocks: DrawShocks, scratch: Scratch): void {
  const { periodCount, years } = model
  const productCount = model.products.length
  const { idx, output, rest, revenue, feed, opex } = scratch
  const volumeShock = shocks.volume
  const fx = shocks.fx
  // FX multiplier of currency slot `slot` in period i's calendar year (USD, or no FX draw: exactly 1, so
  // a draw without FX multiplies by 1 and keeps every digit of the price-only path).
  const fxOf = (slot: number, i: number) => (fx === undefined || slot < 0 ? 1 : fx[slot * years + model.yearIndex[i]!]!)
  const deckSlot = model.fx.deckSlot
  const reportingSlot = model.fx.reportingSlot
  revenue.fill(0)
  feed.fill(0)
  opex.fill(0)
  output.fill(0)
  // Index price per product in reporting currency (deck × multipliers × deck→reporting FX).
  for (let p = 0; p < productCount; p++)
    for (let i = 0; i < periodCount; i++) idx[p * periodCount + i] = model.deckPrice[p * periodCount + i]! * shocks.price[p * years + model.yearIndex[i]!]!
  // Each stream's scale: the volume multiplier, cut to the plant's capacity when it has one (§13).
  const { scale } = scratch
  const ops = model.ops
  if (ops) streamScale(ops, volumeShock, periodCount, scale, scratch.ops!.factor)
  else scale.fill(volumeShock)
  const epr = ops?.epr ?? null
  // Output: Σ streams contained × scale × min(1, R × recovery shock), in product units; EPR certificates on the recovered metal (§13).
  for (const sm of model.streamMetals) {
    let recoveryFraction = sm.recovery * shocks.recovery
    if (recoveryFraction > 1) recoveryFraction = 1
    const so = sm.stream * periodCount
    for (let j = 0; j < sm.product.length; j++) {
      const base = sm.product[j]! * periodCount
      const unitsFactor = sm.unitsFactor[j]!
      for (let i = 0; i < periodCount; i++) output[base + i] = output[base + i]! + sm.contained[i]! * scale[so + i]! * recoveryFraction * unitsFactor
    }
    if (epr !== null && sm.eprRate !== 0)
      for (let i = 0; i < periodCount; i++)
        revenue[i] = revenue[i]! + sm.contained[i]! * scale[so + i]! * recoveryFraction * sm.eprRate * epr.pricePerKg[i]! * (fxOf(reportingSlot, i) / fxOf(epr.slot, i))
  }
  // Offtake in priority order, then merchant.
  for (let p = 0; p < productCount; p++) {
    const o = p * periodCount
    for (let i = 0; i < periodCount; i++) rest[i] = output[o + i]!
    for (const c of model.contractsByProduct[p]!) {
      for (let i = 0; i < periodCount; i++) {
        if (!c.active[i]) continue
        const asked = c.share !== null ? output[o + i]! * c.share : c.fixedPerPeriod
        const q = asked < rest[i]! ? asked : rest[i]!
        rest[i] = rest[i]! - q
        const indexC = idx[o + i]! * c.fxCtoD[i]! * (fxOf(c.slot, i) / fxOf(deckSlot, i))
        const price = clampPriceFloat(indexC, c.payable, c.premiumPerUnit, c.floor, c.cap)
        revenue[i] = revenue[i]! + (q * price - q * c.charge) * c.fxRtoC[i]! * (fxOf(reportingSlot, i) / fxOf(c.slot, i))
      }
    }
    const merchantPayable = model.merchantPayable[p]!
    for (let i = 0; i < periodCount; i++) revenue[i] = revenue[i]! + rest[i]! * idx[o + i]! * model.toReporting[i]! * (fxOf(reportingSlot, i) / fxOf(deckSlot, i)) * merchantPayable
  }
  for (let s = 0; s < model.streams.length; s++) {
    const st = model.streams[s]!
    const so = s * periodCount
    for (let i = 0; i < periodCount; i++) {
      feed[i] = feed[i]! + st.logistics[i]! * scale[so + i]!
      opex[i] = opex[i]! + st.variableOpex[i]! * scale[so + i]!
    }
    if (ops !== null && ops.supplied[s]) {
      // Under supply contracts the feed is re-allocated in the draw, at the contained value of the processed feed.
      const value = scratch.ops!.value
      for (let i = 0; i < periodCount; i++) {
        let v = 0
        for (const pu of st.pricing) v += pu.units[i]! * scale[so + i]! * idx[pu.product * periodCount + i]! * model.toReporting[i]! * (fxOf(reportingSlot, i) / fxOf(deckSlot, i))
        value[i] = v
      }
      supplyStreamDraw(ops, s, st.pct, scale, value, periodCount, scratch.ops!, feed)
    } else if (st.pct === null) for (let i = 0; i < periodCount; i++) feed[i] = feed[i]! + st.fixedPurchase[i]! * scale[so + i]!
    else
      for (let i = 0; i < periodCount; i++) {
        let value = 0
        for (const pu of st.pricing) value += pu.units[i]! * scale[so + i]! * idx[pu.product * periodCount + i]! * model.toReporting[i]! * (fxOf(reportingSlot, i) / fxOf(deckSlot, i))
        feed[i] = feed[i]! + value * st.pct
      }
  }
  // By-products and residues (§13): sales and disposal per stream, scaled with its processed feed; prices held.
  if (ops !== null && ops.byproductRevenue !== null && ops.disposalCost !== null)
    for (let s = 0; s < model.streams.length; s++) {
      const so = s * periodCount
      for (let i = 0; i < periodCount; i++) {
        revenue[i] = revenue[i]! + ops.byproductRevenue[so + i]! * scale[so + i]!
        opex[i] = opex[i]! + ops.disposalCost[so + i]! * scale[so + i]!
      }
    }
}

/**
 * The debt side of a draw on the lines `priceDraw` left in `scratch`: working capital, tax with losses
 * carried forward, CFADS, DSCR and the waterfall with the model's held debt (moved by the draw's FX when
 * an unhedged foreign-currency tranche is held); fills `scratch.project` and `scratch.equity`.
 * `coverOnly`: stop after the last repayment period and skip the waterfall and NPV (NPV comes back 0):
 * minimum DSCR reads only CFADS and debt service, which no later period and no waterfall line changes —
 * what breach sizing needs, at a fraction of the cost.
 */
export function walkDraw(model: FastModel, fx: Float64Array | undefined, scratch: Scratch, coverOnly = false): { npv: number; minDscr: number | null } {
  const { periodCount, constructionPeriods } = model
  const { revenue, feed, opex } = scratch
  const years = model.years
  const fxOf = (slot: number, i: number) => (fx === undefined || slot < 0 ? 1 : fx[slot * years + model.yearIndex[i]!]!)
  const reportingSlot = model.fx.reportingSlot
  // A cash sweep re-walks the debt in the draw (fast-sweep.ts): debt service, the DSRA and the equity that
  // funds it are written period by period into the scratch buffers instead.
  const sw = model.sweep
  const sx = scratch.sweep
  const movesDebt = sw === null && fx !== undefined && model.fx.moving.length > 0
  if (movesDebt) moveDebt(model, fx, scratch)
  const swept = sw !== null && sx !== null
  const debtServiceOf = movesDebt || swept ? scratch.debtService : model.debtService
  const interestOf = movesDebt || swept ? scratch.interest : model.interest
  const dsraTargetOf = swept || (movesDebt && model.fx.dsraMonths !== null) ? scratch.dsraTarget : model.waterfall.dsraTarget
  const equityContributionsOf = movesDebt || swept ? scratch.equityContributions : model.equityContributions
  if (swept) startSweep(model, sw, sx, fxOf, scratch)
  // Waterfall with the debt held: tax with losses carried forward, CFADS, DSCR, distributions.
  scratch.loss.state.arisen = scratch.loss.state.consumed = scratch.loss.state.unabsorbed = 0
  let previousWc = 0
  let losses = 0
  let minDscr: number | null = null
  const wf = model.waterfall
  const ws = scratch.wf
  ws.dsra = ws.lcDrawn = ws.mra = ws.lockup = ws.wc = ws.passStreak = 0
  const growth = 1 / model.discountGrowth
  let discountFactor = 1
  let npv = 0
  const end = coverOnly ? model.isRepayment.lastIndexOf(true) + 1 : periodCount
  for (let i = 0; i < end; i++) {
    const opx = opex[i]! + model.fixedOpex[i]!
    const ebitda = revenue[i]! - feed[i]! - opx
    const last = i === periodCount - 1
    const wc = workingCapitalFloat(revenue[i]!, feed[i]!, opx, model.dso, model.dio, model.dpo, last)
    const dWc = wc - previousWc
    previousWc = wc
    let cfads = 0
    let equityFlow: number
    if (i < constructionPeriods) {
      equityFlow = -equityContributionsOf[i]!
      // The first DSRA target is funded by equity in the last construction period (a cash DSRA only).
      if (i === constructionPeriods - 1 && wf.terms.dsraCash) ws.dsra = dsraTargetOf[i]!
    } else {
      const maint = model.maintenance[i]!
      const open = swept ? sweepOpen(sw, sx, i, periodCount, model.periodMonths, fxOf, reportingSlot) : null
      if (open) {
        scratch.interest[i] = open.interest
        scratch.debtService[i] = open.debtService
        scratch.dsraTarget[i] = open.dsraTarget
      }
      // Depreciation is held (capex and maintenance do not move in a draw), capitalised maintenance included.
      const before = taxableBeforeLossesFloat(ebitda, model.depreciation[i]!, interestOf[i]!, model.maintenanceDeducted[i]!)
      const taxed = model.lossLife === null ? taxStepFloat(before, losses, model.taxRates[i]!, scratch.tax) : expiringLossStep(model, scratch, i, before, model.lossLife)
      losses = taxed.carried
      cfads = cfadsOfFloat(ebitda, taxed.tax, dWc, maint)
      const debtService = debtServiceOf[i]!
      const dscr = periodDscrFloat(model.isRepayment[i]!, cfads, debtService, model.minorUnit)
      if (dscr !== null && (minDscr === null || dscr < minDscr)) minDscr = dscr
      scratch.cfads[i] = cfads
      // A sweep's prepayment moves the next periods' service: the waterfall must run even for the cover.
      if (coverOnly && !swept) continue
      // The waterfall (§11) with the debt held: sponsor support is equity, distributions never negative.
      const w = waterfallStepFloat(wf.terms, ws, {
        cfads, debtService, dsraTarget: dsraTargetOf[i]!, lcAmount: wf.terms.lc ? dsraTargetOf[i - 1]! : 0, mraTarget: wf.mraTarget[i]!, maintenance: maint,
        testDscr: testDscrFloat(i, wf.testSpan, constructionPeriods, scratch.cfads, debtServiceOf, model.minorUnit), sweepable: open ? open.sweepable : wf.closing[i]!,
        debtRepaid: !((open ? open.sweepable : wf.closing[i]!) > 0), last: i === periodCount - 1
      })
      if (swept) sweepApply(sw, sx, w.sweep)
      equityFlow = w.distributions - w.sponsorSupport - equityContributionsOf[i]!
    }
    const projectFlow = projectFlowFloat(i >= constructionPeriods, cfads, model.capexWithContingency[i]!)
    scratch.project[i] = projectFlow
    scratch.equity[i] = equityFlow
    discountFactor *= growth
    npv += projectFlow * discountFactor
  }
  return { npv: coverOnly ? 0 : npv, minDscr }
}

/** Losses that lapse after `life` periods (rules/tax-losses.ts), as the engine's ledger walks them; construction periods arise nothing. */
function expiringLossStep(model: FastModel, scratch: Scratch, i: number, before: number, life: number): LossStep<number> {
  const back = i - life - 1
  const step = lossStepFloat(before, model.depreciation[i]!, scratch.loss.state, back >= 0 ? scratch.arisenTo[back]! : 0, model.taxRates[i]!, scratch.loss)
  scratch.arisenTo[i] = step.state.arisen
  return step
}
