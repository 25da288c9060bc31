import { Decimal, ONE, ZERO, dec } from '../decimal'
import { BATTERY_METALS, GRAMS_PER_TROY_OUNCE, METALS, PGM_METALS, isPgm, streamQuantityPerYear, type Metal, type Project } from '../model'
import type { ResolvedInputs } from './scenario-inputs'
import { gmap, zeros } from './series'
import type { Timeline } from './timeline'
import type { MetalSeries, ModelIssue, Series } from './types'

type Stream = Project['feedstock'][number]

const GRAMS_PER_TOZ = dec(GRAMS_PER_TROY_OUNCE)

/** Price-independent physical flows of one stream (§2). */
export type StreamVolumes = {
  stream: Stream
  quantity: Series
  inputTonnes: Series
  blackMassTonnes: Series
  metals: MetalSeries[]
  /** productId → contained metal in the product's pricing unit (toz for PGMs, t of product), for %-of-contained purchase. */
  containedPricingUnits: Map<string, Series>
  /** Tonnes of input offered but not processed (above capacity, §13): not bought. */
  unprocessedTonnes: Series
}

/** Ramp-up factor of operating year y (1-based): the last value repeats. */
const rampAt = (ramp: readonly Decimal[], y: number): Decimal => ramp[Math.min(y - 1, ramp.length - 1)]!

/** Recovery R_j: per-stream override, else the route's, else 0 (not recovered); × scenario multiplier, capped at 1. */
function recoveryOf(project: Project, stream: Stream, metal: Metal, inputs: ResolvedInputs, issues: ModelIssue[]): Decimal {
  const route = project.routes.find((r) => r.id === stream.routeId)
  if (!route) issues.push({ code: 'unknown-route', path: `feedstock.${stream.id}.routeId`, message: `route "${stream.routeId}" not found; nothing recovered` })
  const raw = stream.recoveryOverrides[metal] ?? route?.recovery[metal] ?? '0'
  const recovery = dec(raw).times(inputs.recoveryMultiplier)
  return recovery.gt(ONE) ? ONE : recovery
}

/**
 * Quantity `q_k = Q · r_y · m/12` in operating periods; contained and recovered metal: catalysts
 * `q · L_j` grams (L_j = g/unit, or monolith kg × ppm / 1000), batteries `q · bmYield · grade_j` tonnes.
 */
export function streamVolumes(project: Project, stream: Stream, tl: Timeline, rep: readonly number[], inputs: ResolvedInputs, issues: ModelIssue[], cut: Series | null = null): StreamVolumes {
  const periodCount = tl.count
  const offered = offeredQuantity(stream, tl, rep, inputs)
  // A capacity cut (§13) scales the feed processed; without one the offered feed is processed as it is.
  const quantity = cut ? gmap(rep, (i) => offered[i]!.times(cut[i]!)) : offered
  const unprocessedTonnes = cut ? gmap(rep, (i) => tonnesOf(stream, offered[i]!.minus(quantity[i]!))) : zeros(periodCount)
  const metals: MetalSeries[] = []
  let inputTonnes: Series
  let blackMassTonnes: Series
  if (stream.kind === 'catalyst') {
    const massT = dec(stream.massKgPerUnit).div(1000)
    inputTonnes = gmap(rep, (i) => quantity[i]!.times(massT))
    blackMassTonnes = zeros(periodCount)
    for (const metal of PGM_METALS) {
      const key = metal as 'Pt' | 'Pd' | 'Rh'
      const loadingG =
        stream.loading.mode === 'gramsPerUnit'
          ? dec(stream.loading.gramsPerUnit[key])
          : dec(stream.loading.monolithKgPerUnit).times(stream.loading.ppm[key]).div(1000)
      if (loadingG.isZero()) continue
      const recoveryFraction = recoveryOf(project, stream, metal, inputs, issues)
      const contained = gmap(rep, (i) => quantity[i]!.times(loadingG))
      metals.push({ metal, massUnit: 'g', contained, recovered: gmap(rep, (i) => contained[i]!.times(recoveryFraction)) })
    }
  } else {
    inputTonnes = quantity
    const blackMassYield = dec(stream.blackMassYield)
    blackMassTonnes = gmap(rep, (i) => quantity[i]!.times(blackMassYield))
    for (const metal of BATTERY_METALS) {
      const grade = dec(stream.grades[metal as 'Li' | 'Co' | 'Ni' | 'Mn'])
      if (grade.isZero()) continue
      const recoveryFraction = recoveryOf(project, stream, metal, inputs, issues)
      const contained = gmap(rep, (i) => blackMassTonnes[i]!.times(grade))
      metals.push({ metal, massUnit: 't', contained, recovered: gmap(rep, (i) => contained[i]!.times(recoveryFraction)) })
    }
  }
  const containedPricingUnits = new Map<string, Series>()
  for (const ms of metals) {
    const product = project.products.find((p) => p.metal === ms.metal)
    if (!product) continue
    const factor = dec(product.factor)
    containedPricingUnits.set(product.id, gmap(rep, (i) => toProductUnits(ms.contained[i]!, ms.metal, factor)))
  }
  return { stream, quantity, inputTonnes, blackMassTonnes, metals, containedPricingUnits, unprocessedTonnes }
}

/** Feed offered in operating periods, before any capacity cut: `q_k = Q · volume multiplier · r_y · m/12`. */
export function offeredQuantity(stream: Stream, tl: Timeline, rep: readonly number[], inputs: ResolvedInputs): Series {
  const ramp = inputs.rampUpOverride ?? stream.rampUp.map((x) => dec(x))
  const perPeriod = dec(streamQuantityPerYear(stream)).times(inputs.volumeMultiplier).times(tl.periodMonths).div(12)
  return gmap(rep, (i) => {
    const operatingYear = tl.periods[i]!.operatingYear
    return operatingYear === null ? ZERO : perPeriod.times(rampAt(ramp, operatingYear))
  })
}

/** Tonnes of input of a quantity of the stream's feed: converters × kg per unit / 1000, or tonnes as they are. */
export const tonnesOf = (stream: Stream, quantity: Decimal): Decimal => (stream.kind === 'catalyst' ? quantity.times(dec(stream.massKgPerUnit).div(1000)) : quantity)

/** Metal mass → product pricing units: grams → troy oz (÷ 31.1034768) for PGMs; tonnes × product factor otherwise. */
export function toProductUnits(mass: Decimal, metal: Metal, factor: Decimal): Decimal {
  return isPgm(metal) ? mass.div(GRAMS_PER_TOZ) : mass.times(factor)
}

/** Totals per metal across streams (metals with no stream are omitted). */
export function metalTotals(volumes: readonly StreamVolumes[], periodCount: number, rep: readonly number[]): MetalSeries[] {
  const byMetal = new Map<Metal, MetalSeries>()
  for (const v of volumes)
    for (const ms of v.metals) {
      let t = byMetal.get(ms.metal)
      if (!t) {
        t = { metal: ms.metal, massUnit: ms.massUnit, contained: zeros(periodCount), recovered: zeros(periodCount) }
        byMetal.set(ms.metal, t)
      }
      const tc = t.contained
      const tr = t.recovered
      t.contained = gmap(rep, (i) => tc[i]!.plus(ms.contained[i]!))
      t.recovered = gmap(rep, (i) => tr[i]!.plus(ms.recovered[i]!))
    }
  const order: Metal[] = [...METALS]
  return order.filter((m) => byMetal.has(m)).map((m) => byMetal.get(m)!)
}
