import { Decimal, ONE, ZERO, dec } from '../decimal'
import type { Metric } from './values'
import type { PlantResult } from './result-types'
import type { Project } from '../model'
import { capacityAvailable, cutFactor } from '../rules/capacity-cut'
import { gmap } from './series'
import type { Timeline } from './timeline'
import type { Series } from './types'

type Capacity = NonNullable<Project['plant']>['capacities'][number]

/** One capacity's tonnes per period: what it could take, what was offered to it and what it processed. */
export type CapacityLoad = { capacity: Capacity; available: Series; offered: Series; processed: Series }

export type CapacityCut = {
  /** Per stream: the share of its offered feed that is processed (1 = not cut). */
  factors: Series[]
  loads: CapacityLoad[]
}

/**
 * Cuts the streams' offered feed to the plant's capacities (methodology §13), pro rata: first each
 * route's capacity over the streams on that route, then the whole plant's over what the routes pass.
 * A stream's factor is `f_route · f_plant`; null when the project sets no capacity (nothing is cut,
 * and no factor is applied, so figures stay exactly as before).
 */
export function capacityCut(project: Project, offeredTonnes: readonly Series[], tl: Timeline, rep: readonly number[]): CapacityCut | null {
  const capacities = project.plant?.capacities ?? []
  if (capacities.length === 0) return null
  const streams = project.feedstock
  const operating = (i: number) => tl.periods[i]!.phase === 'operations'
  const availableOf = (c: Capacity) => {
    const perPeriod = capacityAvailable(dec(c.tonnesPerYear), dec(c.availability), tl.periodMonths)
    return gmap(rep, (i) => (operating(i) ? perPeriod : ZERO))
  }
  const sumOver = (members: readonly number[], weight: (s: number, i: number) => Decimal) =>
    gmap(rep, (i) => members.reduce((a, s) => a.plus(weight(s, i)), ZERO))
  const all = streams.map((_, s) => s)
  const loads: CapacityLoad[] = []
  // Route cuts first.
  const routeFactor: Series[] = streams.map(() => gmap(rep, () => ONE))
  const routeLoads = new Map<Capacity, { members: number[]; available: Series; offered: Series; factor: Series }>()
  for (const c of capacities) {
    if (c.routeId === null) continue
    const members = all.filter((s) => streams[s]!.routeId === c.routeId)
    const available = availableOf(c)
    const offered = sumOver(members, (s, i) => offeredTonnes[s]![i]!)
    const factor = gmap(rep, (i) => cutFactor(offered[i]!, available[i]!))
    for (const s of members) routeFactor[s] = factor
    routeLoads.set(c, { members, available, offered, factor })
  }
  // Then the whole plant, on what the routes let through.
  const plant = capacities.find((c) => c.routeId === null)
  let plantFactor: Series | null = null
  let plantLoad: { available: Series; offered: Series } | null = null
  if (plant) {
    const available = availableOf(plant)
    const offered = sumOver(all, (s, i) => offeredTonnes[s]![i]!.times(routeFactor[s]![i]!))
    plantFactor = gmap(rep, (i) => cutFactor(offered[i]!, available[i]!))
    plantLoad = { available, offered }
  }
  const pf = plantFactor
  const factors = all.map((s) => (pf ? gmap(rep, (i) => routeFactor[s]![i]!.times(pf[i]!)) : routeFactor[s]!))
  const processedBy = (members: readonly number[]) => sumOver(members, (s, i) => offeredTonnes[s]![i]!.times(factors[s]![i]!))
  for (const c of capacities) {
    const r = routeLoads.get(c)
    if (r) loads.push({ capacity: c, available: r.available, offered: r.offered, processed: processedBy(r.members) })
    else loads.push({ capacity: c, available: plantLoad!.available, offered: plantLoad!.offered, processed: processedBy(all) })
  }
  return { factors, loads }
}

/**
 * The plant's capacities and utilisation (§13): per period processed / available of the whole-plant
 * capacity when there is one, else of the route capacities pooled (Σ processed / Σ available); the
 * metric is the average over operating periods with capacity available.
 */
export function plantResult(cut: CapacityCut | null, tl: Timeline): { plant: PlantResult; capacityUtilisation: Metric } {
  if (!cut) {
    return {
      plant: { capacities: [], utilisation: tl.periods.map(() => null) },
      capacityUtilisation: { ok: false, code: 'no-capacity', reason: 'no plant capacity set' }
    }
  }
  const headline = cut.loads.filter((l) => l.capacity.routeId === null)
  const pooled = headline.length > 0 ? headline : cut.loads
  const utilisation = tl.periods.map((p, i) => {
    if (p.phase !== 'operations') return null
    const available = pooled.reduce((a, l) => a.plus(l.available[i]!), ZERO)
    return available.gt(0) ? pooled.reduce((a, l) => a.plus(l.processed[i]!), ZERO).div(available) : null
  })
  const counted = utilisation.filter((u): u is Decimal => u !== null)
  const capacityUtilisation: Metric = counted.length > 0
    ? { ok: true, value: counted.reduce((a, u) => a.plus(u), ZERO).div(counted.length) }
    : { ok: false, code: 'no-capacity', reason: 'no capacity available in any operating period' }
  const capacities = cut.loads.map((l) => ({ id: l.capacity.id, routeId: l.capacity.routeId, available: l.available, offered: l.offered, processed: l.processed }))
  return { plant: { capacities, utilisation }, capacityUtilisation }
}
