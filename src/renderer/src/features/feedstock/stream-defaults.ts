import { dec, toDecimalString } from '@shared/decimal'
import type { Currency, Project } from '@shared/model'
import { BATTERY_FORM_LABEL } from './labels'
import { batteryChemistry, blackMassYieldDefault, converterClass, routeForProject, type BatteryChemistry, type BatteryForm, type SourcedValue } from '@shared/reference'

/**
 * New feedstock streams filled from the reference library, with `defaultsSource` saying where each
 * default came from. Pure: the Add-stream dialog calls these, tests check them against the files.
 */
type Stream = Project['feedstock'][number]
type Route = Project['routes'][number]

export const DEFAULT_CATALYST_ROUTE = 'pgm-smelt-refine'
export const DEFAULT_BATTERY_ROUTE = 'everbatt-hydro'

/** Short citation: the value, and its source (up to the URL) with date and confidence collected once at the end. */
function citer() {
  const sources: string[] = []
  const cite = (label: string, v: SourcedValue | null | undefined): string => {
    if (!v) return ''
    const src = `${v.source.split(' http')[0]!.trim()} ${v.date} [${v.confidence}]`
    if (!sources.includes(src)) sources.push(src)
    return `${label} ${v.value}`
  }
  return { cite, sources: () => (sources.length ? `Sources: ${sources.join('; ')}` : '') }
}
const clip = (s: string) => (s.length > 500 ? `${s.slice(0, 497)}…` : s)

/** USD per reporting-currency unit: the first FX point of the project's curve (1 for USD, null when missing). */
export function perUsd(project: Pick<Project, 'fx'>, currency: Currency): string | null {
  if (currency === 'USD') return '1'
  return project.fx.rates.find((r) => r.currency === currency)?.points[0]?.perUsd ?? null
}

/** What the Add-stream dialog asks for; `quantityPerYear` is in the stream's unit (converters, or tonnes of input). */
export type NewStreamBase = { id: string; name: string; quantityPerYear: string; routeId: string }

export function catalystStreamFromClass(classId: string, base: NewStreamBase): Stream {
  const c = converterClass(classId)
  if (!c) throw new Error(`unknown converter class ${classId}`)
  const monolithKg = c.monolithKgPerUnit?.value ?? null
  const loading: Extract<Stream, { kind: 'catalyst' }>['loading'] =
    c.loading?.mode === 'monolithPpm'
      ? { mode: 'monolithPpm', monolithKgPerUnit: monolithKg ?? '1', ppm: { Pt: c.loading.Pt.value, Pd: c.loading.Pd.value, Rh: c.loading.Rh.value } }
      : c.loading?.mode === 'gramsPerUnit'
        ? { mode: 'gramsPerUnit', gramsPerUnit: { Pt: c.loading.Pt.value, Pd: c.loading.Pd.value, Rh: c.loading.Rh.value } }
        : { mode: 'gramsPerUnit', gramsPerUnit: { Pt: '0', Pd: '0', Rh: '0' } }
  const mass = c.grossKgPerUnit?.value ?? monolithKg ?? '1'
  const { cite, sources } = citer()
  const parts = [
    `Reference library, converter class "${c.name}"`,
    c.loading ? `loadings (${c.loading.mode === 'gramsPerUnit' ? 'g/unit' : 'ppm'}): ${cite('Pt', c.loading.Pt)}, ${cite('Pd', c.loading.Pd)}, ${cite('Rh', c.loading.Rh)}` : `no loading published (${c.loadingNote ?? 'assay your units'}): enter assays`,
    c.grossKgPerUnit ? cite('mass', c.grossKgPerUnit) : monolithKg ? `mass per unit = decanned monolith ${monolithKg} kg (gross mass not published: weigh your units)` : 'mass per unit 1 kg is a placeholder (not published: weigh your units)',
    'purchase at 70 % of contained value is a judgement to replace with your terms',
    sources()
  ]
  return {
    id: base.id,
    name: base.name,
    kind: 'catalyst',
    converterClassId: c.id,
    unitsPerYear: base.quantityPerYear,
    rampUp: ['1'],
    routeId: base.routeId,
    recoveryOverrides: {},
    massKgPerUnit: mass,
    loading,
    purchase: { basis: 'pctOfContained', pctOfContained: '0.7', logisticsPerTonne: '0', escalation: '0' },
    defaultsSource: clip(parts.filter(Boolean).join('. '))
  }
}

export function batteryStreamFromChemistry(chemistry: BatteryChemistry, form: BatteryForm, base: NewStreamBase, project: Pick<Project, 'fx' | 'reportingCurrency'>): Stream {
  const c = batteryChemistry(chemistry)
  const y = blackMassYieldDefault(form)
  const bm = c?.blackMass ?? null
  const grades = bm ? { Li: bm.Li.value, Co: bm.Co.value, Ni: bm.Ni.value, Mn: bm.Mn.value } : { Li: '0', Co: '0', Ni: '0', Mn: '0' }
  // Gate fee in USD/kg (+ recycler pays) → reporting currency per tonne of input.
  const fx = perUsd(project, project.reportingCurrency)
  const { cite, sources } = citer()
  const gate = c?.gateFee && fx ? toDecimalString(dec(c.gateFee.value).times(1000).times(fx)) : '0'
  const parts = [
    `Reference library, ${chemistry} ${BATTERY_FORM_LABEL[form].toLowerCase()}`,
    bm ? `grades of black mass: ${cite('Li', bm.Li)}, ${cite('Co', bm.Co)}, ${cite('Ni', bm.Ni)}, ${cite('Mn', bm.Mn)}` : `no black-mass composition for ${chemistry} (${c?.blackMassNote ?? 'enter assays'})`,
    form === 'blackMass' ? 'black-mass yield 1 (the feed is black mass)' : cite('black-mass yield', y),
    c?.gateFee ? `${cite('gate fee USD/kg', c.gateFee)} (+ = recycler pays)` : 'no gate fee published: purchase price 0',
    sources()
  ]
  return {
    id: base.id,
    name: base.name,
    kind: 'battery',
    chemistry,
    form,
    inputTonnesPerYear: base.quantityPerYear,
    rampUp: ['1'],
    routeId: base.routeId,
    recoveryOverrides: {},
    blackMassYield: form === 'blackMass' ? '1' : y.value,
    grades,
    purchase: { basis: 'fixed', pricePerQuantity: gate, logisticsPerTonne: '0', escalation: '0' },
    defaultsSource: clip(parts.filter(Boolean).join('. '))
  }
}

/** The route a new stream needs, when the project does not have it yet (from the reference library). */
export function routeToAdd(project: Pick<Project, 'routes'>, routeId: string): Route | null {
  if (project.routes.some((r) => r.id === routeId)) return null
  return routeForProject(routeId)
}
