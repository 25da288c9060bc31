import { dec } from '@shared/decimal'
import { isPgm, type Currency, type Project } from '@shared/model'
import type { Prepared } from '@shared/engine/prepare'
import { escalationFactors } from '@shared/engine/series'
import { capacityAvailable, cutFactorFloat } from '@shared/rules/capacity-cut'
import { suppliedTonnesFloat, supplyUnitPriceFloat } from '@shared/rules/supply-contract'

/**
 * The Monte Carlo fast path's view of the plant and its feed (methodology §13): capacity, supply
 * contracts, by-products and EPR certificates. Everything that is linear in a stream's processed feed
 * (contained metal, logistics, variable opex, by-product sales, disposal) is held per stream at volume 1
 * and before any capacity cut; a draw computes each stream's scale `v · f_s` — the volume multiplier `v`
 * times the capacity cut `f_s` of the feed offered at `v` (rules/capacity-cut.ts, route capacities first,
 * then the plant's, as engine/capacity.ts) — and multiplies. What is not linear is re-run per draw: the
 * cut itself and the supply contracts' allocation (rules/supply-contract.ts `min(asked, uncommitted)`) and
 * their floor/cap on a %-of-contained price, which a metal price draw moves.
 *
 * By-product prices do not move in a draw: they are not among the price drivers (those are the deck's
 * metal products), so a by-product's revenue moves only with the feed processed. EPR certificates move with
 * recovered metal (volume, capacity, recovery) and with FX when priced in a currency a draw moves.
 */
type F = Float64Array

/** A route's capacity: the streams it serves and its tonnes per period (0 in construction). */
export type FastRouteCapacity = { members: Int32Array; available: F }

/** A supply contract in list order (engine/supply.ts prepareSupply). */
export type FastSupplyContract = {
  stream: number
  active: Uint8Array
  /** Share of processed tonnes asked, or null for a fixed tonnage (`tonnesPerPeriod`). */
  share: number | null
  tonnesPerPeriod: number
  /** Stream units per tonne of input: 1000 / kg per converter, or 1 for battery feed. */
  kgPerUnit: number | null
  /** Fixed price per unit escalated (reporting currency), or null for %-of-contained. */
  fixedUnitPrice: F | null
  pct: number
  floor: number | null
  cap: number | null
}

export type FastOperations = {
  streamCount: number
  /** Tonnes of input offered per stream at volume 1 before any cut (row-major streams × periods). */
  offeredTonnes: F
  /** The same feed in the stream's own unit (converters or tonnes). */
  quantity: F
  routes: FastRouteCapacity[]
  /** The whole plant's tonnes per period, or null without a plant capacity. */
  plant: F | null
  supply: FastSupplyContract[]
  /** Per stream: under a supply contract (its feed is then bought by `supplyStreamDraw`). */
  supplied: boolean[]
  /** Per stream on a fixed basis: its own unit price × escalation (the feed not under contract); null on %-of-contained. */
  ownUnitPrice: (F | null)[]
  /** By-product sales and disposal per stream at volume 1, uncut (row-major streams × periods); null when no stream has any. */
  byproductRevenue: F | null
  disposalCost: F | null
    /** EPR: the certificate price per kg in the reporting currency at the base FX (0 where inactive), and the FX slot (−1 = USD) of the currency its price series is stated in (the deck's series or the EPR block's, §13). */
  epr: { pricePerKg: F; slot: number } | null
}

/** Scratch buffers a supply draw needs (one stream at a time). */
export type OperationsScratch = { value: F; free: F; contracted: F; factor: F }

const f64 = (xs: readonly { toNumber(): number }[]): F => Float64Array.from(xs, (x) => x.toNumber())

/** True when the project uses any §13 feature the fast path handles here (else the plain path is kept bit for bit). */
export const usesOperations = (project: Project): boolean =>
  (project.plant?.capacities.length ?? 0) > 0 || (project.supplyContracts?.length ?? 0) > 0 || project.feedstock.some((s) => (s.byproducts?.length ?? 0) > 0) || project.epr !== undefined

/** The project as the fast path holds its streams: no capacity and no supply contracts, so the prepared feed is offered, uncut and bought whole. */
export const uncutProject = (project: Project): Project => ({ ...project, plant: undefined, supplyContracts: undefined })

/**
 * `prep` is the project's own preparation (its supply contracts' prices and EPR price); `raw` the
 * preparation of `uncutProject(project)` under the same scenario (streams offered at volume 1, uncut).
 */
export function buildFastOperations(project: Project, prep: Prepared, raw: Prepared, slotOf: (c: Currency) => number): FastOperations {
  const { tl } = prep
  const n = tl.count
  const streamCount = raw.volumes.length
  const perStream = (pick: (s: number) => readonly { toNumber(): number }[]) => {
    const out = new Float64Array(streamCount * n)
    for (let s = 0; s < streamCount; s++) pick(s).forEach((x, i) => (out[s * n + i] = x.toNumber()))
    return out
  }
  const capacities = project.plant?.capacities ?? []
  // Available in every period: construction offers no feed, so its cut factor is 1 whatever the capacity (cutFactorFloat(0, x) = 1).
  const availableOf = (c: (typeof capacities)[number]) => new Float64Array(n).fill(capacityAvailable(dec(c.tonnesPerYear), dec(c.availability), tl.periodMonths).toNumber())
  const routes = capacities
    // Stryker disable next-line MethodExpression: equivalent, the plant's capacity as a "route" has as members the streams whose route is null: none (a stream's route is an id), so its factor 1 touches no stream
    .filter((c) => c.routeId !== null)
    .map((c) => ({ members: Int32Array.from(project.feedstock.flatMap((s, k) => (s.routeId === c.routeId ? [k] : []))), available: availableOf(c) }))
  const plantCapacity = capacities.find((c) => c.routeId === null)
  const supply: FastSupplyContract[] = (prep.supply?.contracts ?? []).map((c) => {
    const k = c.contract
    const stream = project.feedstock[c.stream]!
    // Stryker disable next-line ConditionalExpression: equivalent, a fixed-price contract never reads pct, floor or cap (its fixedUnitPrice is set)
    const pctTerms = k.price.basis === 'pctOfContained' ? k.price : null
    return {
      stream: c.stream, active: Uint8Array.from(c.active, (a) => (a ? 1 : 0)), share: k.volume.basis === 'share' ? Number(k.volume.share) : null,
      tonnesPerPeriod: k.volume.basis === 'fixed' ? dec(k.volume.tonnesPerYear).times(tl.periodMonths).div(12).toNumber() : 0,
      kgPerUnit: stream.kind === 'catalyst' ? Number(stream.massKgPerUnit) : null,
      fixedUnitPrice: c.fixedUnitPrice ? f64(c.fixedUnitPrice) : null,
      pct: pctTerms ? Number(pctTerms.pctOfContained) : 0,
      floor: pctTerms && pctTerms.floorPerQuantity !== null ? Number(pctTerms.floorPerQuantity) : null,
      cap: pctTerms && pctTerms.capPerQuantity !== null ? Number(pctTerms.capPerQuantity) : null
    }
  })
  const steps = tl.periods.map((p) => p.escalationYears)
  const ownUnitPrice = project.feedstock.map((s) => {
    if (s.purchase.basis !== 'fixed') return null
    const price = dec(s.purchase.pricePerQuantity)
    return f64(escalationFactors(dec(s.purchase.escalation), steps).map((f) => price.times(f)))
  })
  const lines = raw.byproducts?.lines ?? []
  const streamOfLine = lines.map((l) => project.feedstock.findIndex((s) => s.id === l.streamId))
  // Σ of a stream's lines, each line already a float in the engine's Decimal.
  const sumLines = (pick: (l: (typeof lines)[number]) => readonly { toNumber(): number }[]) => {
    const out = new Float64Array(streamCount * n)
    lines.forEach((l, j) => pick(l).forEach((x, i) => (out[streamOfLine[j]! * n + i] += x.toNumber())))
    return out
  }
  return {
    streamCount, offeredTonnes: perStream((s) => raw.volumes[s]!.inputTonnes), quantity: perStream((s) => raw.volumes[s]!.quantity),
    routes, plant: plantCapacity ? availableOf(plantCapacity) : null,
    supply, supplied: project.feedstock.map((_, s) => supply.some((c) => c.stream === s)), ownUnitPrice,
    byproductRevenue: raw.byproducts ? sumLines((l) => l.revenue) : null, disposalCost: raw.byproducts ? sumLines((l) => l.disposalCost) : null,
    epr: prep.epr ? { pricePerKg: Float64Array.from(prep.epr.pricePerKg, (x, i) => (prep.epr!.activePeriods[i] ? x.toNumber() : 0)), slot: slotOf(prep.epr.currency) } : null
  }
}

/** Kg of EPR certificate per unit of a stream metal's contained mass recovered (PGMs are held in grams), 0 when the metal earns none. */
export function eprRateOf(project: Project, metal: Parameters<typeof isPgm>[0]): number {
  const rate = project.epr?.kgPerTonneRecovered[metal]
  if (rate === undefined) return 0
  return isPgm(metal) ? Number(rate) * 1e-6 : Number(rate)
}

export const createOperationsScratch = (periodCount: number, streamCount: number): OperationsScratch => ({
  value: new Float64Array(periodCount), free: new Float64Array(periodCount), contracted: new Float64Array(periodCount), factor: new Float64Array(streamCount)
})

/**
 * Each stream's scale in the draw, written into `scale` (streams × periods): the volume multiplier, times
 * the capacity cut of the feed offered at that volume — each route's capacity over its streams, then the
 * plant's over what the routes let through (engine/capacity.ts). Without a capacity every factor is 1: the multiplier alone.
 */
export function streamScale(ops: FastOperations, volume: number, periodCount: number, scale: F, factor: F): void {
  const S = ops.streamCount
  const offered = ops.offeredTonnes
  // Stryker disable next-line EqualityOperator: equivalent, one period past the end reads no feed (factor 1) and writes the next stream's first period, a construction period (constructionMonths ≥ 1) whose feed is zero, or past the buffer (dropped)
  for (let i = 0; i < periodCount; i++) {
    factor.fill(1)
    for (const r of ops.routes) {
      let load = 0
      for (const s of r.members) load += offered[s * periodCount + i]! * volume
      const f = cutFactorFloat(load, r.available[i]!)
      for (const s of r.members) factor[s] = f
    }
    if (ops.plant) {
      let load = 0
      for (let s = 0; s < S; s++) load += offered[s * periodCount + i]! * volume * factor[s]!
      const f = cutFactorFloat(load, ops.plant[i]!)
      // Stryker disable next-line EqualityOperator: equivalent, factor[S] is past the Float64Array's end: the write is dropped
      for (let s = 0; s < S; s++) factor[s] = factor[s]! * f
    }
    // Stryker disable next-line EqualityOperator: equivalent, stream S's slot is past the scale buffer's end: the write is dropped
    for (let s = 0; s < S; s++) scale[s * periodCount + i] = volume * factor[s]!
  }
}

/**
 * The feed cost of a stream under supply contracts in the draw, added to `feed` (engine/supply.ts and
 * operations.ts): the processed tonnes are allocated to its contracts in list order, each taking
 * `min(asked, uncommitted)`; a contract's tonnes cost its escalated fixed price, or `pct` of the contained
 * value per unit at the draw's index clamped to its floor and cap; the rest is bought on the stream's own
 * terms. `value[i]` holds the stream's contained value at the draw's index (reporting currency), processed feed.
 */
export function supplyStreamDraw(ops: FastOperations, s: number, ownPct: number | null, scale: F, value: F, periodCount: number, buffers: OperationsScratch, feed: F): void {
  const o = s * periodCount
  const { free, contracted } = buffers
  // Stryker disable next-line EqualityOperator: equivalent, free and contracted hold periodCount entries: a write past the end is dropped
  for (let i = 0; i < periodCount; i++) {
    free[i] = ops.offeredTonnes[o + i]! * scale[o + i]!
    contracted[i] = 0
  }
  for (const c of ops.supply) {
    if (c.stream !== s) continue
    for (let i = 0; i < periodCount; i++) {
      const asked = c.active[i] === 0 ? 0 : c.share !== null ? ops.offeredTonnes[o + i]! * scale[o + i]! * c.share : c.tonnesPerPeriod
      const tonnes = suppliedTonnesFloat(asked, free[i]!)
      free[i] = free[i]! - tonnes
      const units = c.kgPerUnit === null ? tonnes : (tonnes * 1000) / c.kgPerUnit
      const q = ops.quantity[o + i]! * scale[o + i]!
      const price = c.fixedUnitPrice !== null ? c.fixedUnitPrice[i]! : supplyUnitPriceFloat(q === 0 ? 0 : value[i]! / q, c.pct, c.floor, c.cap)
      feed[i] = feed[i]! + units * price
      contracted[i] = contracted[i]! + units
    }
  }
  const own = ops.ownUnitPrice[s]
  for (let i = 0; i < periodCount; i++) {
    const q = ops.quantity[o + i]! * scale[o + i]!
    const uncontracted = q - contracted[i]!
    if (own) feed[i] = feed[i]! + uncontracted * own[i]!
    else if (ownPct !== null && q !== 0) feed[i] = feed[i]! + (value[i]! * ownPct * uncontracted) / q
  }
}
