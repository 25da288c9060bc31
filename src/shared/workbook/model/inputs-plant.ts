/**
 * Inputs for the plant (methodology §13), in a block of their own after the streams: each stream's
 * processing cost rates — its own when the project file sets one (an input), else a live link to the
 * project-wide rate on this sheet, so editing the project-wide rate moves every stream that inherits it.
 */
import type { Project } from '@shared/model'
import type { SheetBuilder } from '../grid'
import { type ModelCtx, N, fx, num, str } from './context'

type Stream = Project['feedstock'][number]

/** The per-stream rate fields, their Inputs names and the project-wide name they inherit. */
const RATES = [
  { field: 'variableOpexPerTonne', name: 'OpexTonne', projectName: 'Opex_Var_Tonne', label: 'Variable opex per tonne of input', unit: 't' },
  { field: 'treatmentPerTonne', name: 'Treatment', projectName: 'Opex_Treatment', label: 'Treatment charge per tonne of input', unit: 't' },
  { field: 'variableOpexPerUnit', name: 'OpexUnit', projectName: 'Opex_Var_Unit', label: 'Variable opex per converter', unit: 'unit' }
] as const

type RateField = (typeof RATES)[number]['field']

const ownRate = (s: Stream, field: RateField): string | undefined =>
  field === 'variableOpexPerUnit' ? (s.kind === 'catalyst' ? s.variableOpexPerUnit : undefined) : s[field]

/** Whether a stream pays this rate at all (per converter: catalyst streams only). */
const applies = (s: Stream, field: RateField) => field !== 'variableOpexPerUnit' || s.kind === 'catalyst'

/** True when some stream pays the project-wide rate (so its Inputs cell drives the model). */
export function projectRateRead(p: Project, field: RateField): boolean {
  return p.feedstock.some((s) => applies(s, field) && ownRate(s, field) === undefined)
}

/** Names of stream i's rate cells for the Costs sheet (per converter null for a battery stream). */
export const streamRateNames = (s: Stream, i: number) => ({
  perTonne: N.stream(i, 'OpexTonne'), treatment: N.stream(i, 'Treatment'), perUnit: s.kind === 'catalyst' ? N.stream(i, 'OpexUnit') : null
})

export function writeStreamCostInputs(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  if (p.feedstock.length === 0) return
  const ccy = p.reportingCurrency
  sh.section(`Processing costs by stream (${ccy}, money of the start date; the stream's own rate, else the project's)`)
  p.feedstock.forEach((s, i) => {
    for (const r of RATES) {
      if (!applies(s, r.field)) continue
      const own = ownRate(s, r.field)
      const label = `${s.name}: ${r.label}${own === undefined ? ' (project-wide)' : ' (this stream)'}`
      sh.scalar(null, label, `${ccy}/${r.unit}`, own === undefined ? fx(r.projectName, 'money') : num(own, 'inMoney'), N.stream(i, r.name))
    }
  })
}

/** Names of capacity c's inputs (0-based, in project order). */
export const capacityName = (c: number, field: 'Tonnes' | 'Avail') => `Capacity${c + 1}_${field}`

/** What a capacity serves, in words (the whole plant or a route's name). */
export const capacityScope = (p: Project, routeId: string | null): string =>
  routeId === null ? 'whole plant' : `route "${p.routes.find((r) => r.id === routeId)?.name ?? routeId}"`

/** Plant capacities (§13): tonnes of input per year and availability; feed above capacity is cut pro rata on Operations. */
export function writeCapacityInputs(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  const capacities = p.plant?.capacities ?? []
  if (capacities.length === 0) return
  sh.section('Plant capacity (feed above capacity × availability is cut pro rata and not bought)')
  capacities.forEach((c, k) => {
    sh.scalar(null, `Capacity ${k + 1}: serves`, '', str(capacityScope(p, c.routeId), 'text'))
    sh.scalar(null, `Capacity ${k + 1}: tonnes of input per year`, 't/yr', num(c.tonnesPerYear, 'inQuantity'), capacityName(k, 'Tonnes'))
    sh.scalar(null, `Capacity ${k + 1}: availability`, '%', num(c.availability, 'inPct'), capacityName(k, 'Avail'))
  })
}
