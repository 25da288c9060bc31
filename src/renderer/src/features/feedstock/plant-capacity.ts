import type { Project } from '@shared/model'

type Capacity = NonNullable<Project['plant']>['capacities'][number]

/** The select value of the whole-plant scope (a route id is any other value). */
export const WHOLE_PLANT = '__plant'

/**
 * The next capacity to add (methodology §13): the whole plant first, then each route without one;
 * null when every scope has its capacity. Starts at the streams' nameplate tonnes it serves, 90 % available.
 */
export function capacityToAdd(doc: Project, id: string): Capacity | null {
  const taken = new Set((doc.plant?.capacities ?? []).map((c) => c.routeId))
  const scope = !taken.has(null) ? null : doc.routes.find((r) => !taken.has(r.id))?.id
  if (scope === undefined) return null
  const tonnes = doc.feedstock
    .filter((s) => scope === null || s.routeId === scope)
    .reduce((a, s) => a + (s.kind === 'catalyst' ? (Number(s.unitsPerYear) * Number(s.massKgPerUnit)) / 1000 : Number(s.inputTonnesPerYear)), 0)
  return { id, routeId: scope, tonnesPerYear: String(Math.ceil(tonnes)), availability: '0.9' }
}
