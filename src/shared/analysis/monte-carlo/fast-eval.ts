import type { FastModel } from './fast-model'
import { floatIrr, type FloatIrr } from '@shared/finance/irr'
import { cfadsOfFloat } from '@shared/rules/cfads'
import { periodDscrFloat } from '@shared/rules/dscr'
import { clampPriceFloat } from '@shared/rules/price-clamp'
import { projectFlowFloat } from '@shared/rules/project-cash-flow'
import { taxStepFloat, type TaxStep } from '@shared/rules/tax-with-losses'
import { taxableBeforeLossesFloat } from '@shared/rules/taxable-income'
import { workingCapitalFloat } from '@shared/rules/working-capital'

/** One draw's inputs: price multipliers per product and calendar year (row-major P × years), and one volume and one recovery multiplier. */
export type DrawShocks = { price: Float64Array; volume: number; recovery: number }

/** One draw's outputs; null = the metric does not exist in this draw (e.g. no IRR). */
export type DrawMetrics = { equityIrr: number | null; projectIrr: number | null; npv: number; minDscr: number | null }

/** Reusable buffers so a run of draws allocates nothing per draw. */
export type Scratch = { idx: Float64Array; output: Float64Array; rest: Float64Array; revenue: Float64Array; feed: Float64Array; opex: Float64Array; project: Float64Array; equity: Float64Array; tax: TaxStep<number> }

export function createScratch(m: FastModel): Scratch {
  const K = m.K
  const P = m.products.length
  return {
    idx: new Float64Array(P * K), output: new Float64Array(P * K), rest: new Float64Array(K), revenue: new Float64Array(K),
    feed: new Float64Array(K), opex: new Float64Array(K), project: new Float64Array(K), equity: new Float64Array(K),
    tax: { used: 0, carried: 0, taxable: 0, tax: 0 }
  }
}

const annual = (r: FloatIrr, m: number): number | null => (r.ok ? Math.pow(1 + r.periodicRate, 12 / m) - 1 : null)

/**
 * Re-run revenue (§3–§4), costs and working capital (§5), tax and CFADS (§6) and the metrics (§8) in
 * floats for one draw, with the debt schedule held. Mirrors engine/operations.ts and schedule.ts line by line; each
 * rule (price clamp, working capital, taxable income, tax with losses, CFADS, DSCR, project cash flow)
 * is the float form of the engine's, from src/shared/rules/.
 */
export function evaluateDraw(m: FastModel, shocks: DrawShocks, s: Scratch): DrawMetrics {
  const { K, C, years } = m
  const P = m.products.length
  const { idx, output, rest, revenue, feed, opex } = s
  const v = shocks.volume
  revenue.fill(0)
  feed.fill(0)
  opex.fill(0)
  output.fill(0)
  // Index price per product in reporting currency (deck × multipliers × deck→reporting FX).
  for (let p = 0; p < P; p++)
    for (let i = 0; i < K; i++) idx[p * K + i] = m.deckPrice[p * K + i]! * shocks.price[p * years + m.yearIndex[i]!]!
  // Output: Σ streams contained × min(1, R × recovery shock), in product units.
  for (const sm of m.streamMetals) {
    let R = sm.recovery * shocks.recovery
    if (R > 1) R = 1
    for (let j = 0; j < sm.product.length; j++) {
      const base = sm.product[j]! * K
      const f = sm.unitsFactor[j]!
      for (let i = 0; i < K; i++) output[base + i] = output[base + i]! + sm.contained[i]! * v * R * f
    }
  }
  // Offtake in priority order, then merchant.
  for (let p = 0; p < P; p++) {
    const o = p * K
    for (let i = 0; i < K; i++) rest[i] = output[o + i]!
    for (const c of m.contractsByProduct[p]!) {
      for (let i = 0; i < K; i++) {
        if (!c.active[i]) continue
        const asked = c.share !== null ? output[o + i]! * c.share : c.fixedPerPeriod
        const q = asked < rest[i]! ? asked : rest[i]!
        rest[i] = rest[i]! - q
        const indexC = idx[o + i]! * c.fxCtoD[i]!
        const price = clampPriceFloat(indexC, c.payable, c.premium, c.floor, c.cap)
        revenue[i] = revenue[i]! + (q * price - q * c.charge) * c.fxRtoC[i]!
      }
    }
    const mp = m.merchantPayable[p]!
    for (let i = 0; i < K; i++) revenue[i] = revenue[i]! + rest[i]! * idx[o + i]! * m.toReporting[i]! * mp
  }
  for (const st of m.streams) {
    for (let i = 0; i < K; i++) {
      feed[i] = feed[i]! + st.logistics[i]! * v
      opex[i] = opex[i]! + st.variableOpex[i]! * v
    }
    if (st.pct === null) for (let i = 0; i < K; i++) feed[i] = feed[i]! + st.fixedPurchase[i]! * v
    else
      for (let i = 0; i < K; i++) {
        let value = 0
        for (const pu of st.pricing) value += pu.units[i]! * v * idx[pu.product * K + i]! * m.toReporting[i]!
        feed[i] = feed[i]! + value * st.pct
      }
  }
  // Waterfall with the debt held: tax with losses carried forward, CFADS, DSCR, distributions.
  let previousWc = 0
  let losses = 0
  let minDscr: number | null = null
  const growth = 1 / m.discountGrowth
  let df = 1
  let npv = 0
  for (let i = 0; i < K; i++) {
    const opx = opex[i]! + m.fixedOpex[i]!
    const ebitda = revenue[i]! - feed[i]! - opx
    const last = i === K - 1
    const wc = workingCapitalFloat(revenue[i]!, feed[i]!, opx, m.dso, m.dio, m.dpo, last)
    const dWc = wc - previousWc
    previousWc = wc
    let cfads = 0
    let equityFlow: number
    if (i < C) {
      equityFlow = -m.equityContributions[i]!
    } else {
      const maint = m.maintenance[i]!
      const before = taxableBeforeLossesFloat(ebitda, m.depreciation[i]!, m.interest[i]!, maint)
      const t = taxStepFloat(before, losses, m.taxRate, s.tax)
      losses = t.carried
      cfads = cfadsOfFloat(ebitda, t.tax, dWc, maint)
      const ds = m.debtService[i]!
      const d = periodDscrFloat(m.isRepayment[i]!, cfads, ds, m.minorUnit)
      if (d !== null && (minDscr === null || d < minDscr)) minDscr = d
      equityFlow = cfads - ds - m.dsraMovement[i]! - m.equityContributions[i]!
    }
    const projectFlow = projectFlowFloat(i >= C, cfads, m.capexWithContingency[i]!)
    s.project[i] = projectFlow
    s.equity[i] = equityFlow
    df *= growth
    npv += projectFlow * df
  }
  return { equityIrr: annual(floatIrr(s.equity), m.periodMonths), projectIrr: annual(floatIrr(s.project), m.periodMonths), npv, minDscr }
}
