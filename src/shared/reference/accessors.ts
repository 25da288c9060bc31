import { Decimal, dec } from '../decimal'
import type { BatteryChemistry, BatteryForm } from './types'
import type { Project } from '../model/project'
import type { Metal } from '../model/metals'
import {
  loadByproducts,
  loadBatteryChemistries, loadBlackMassYields, loadConverterClasses, loadFx, loadLenderPresets, loadPriceDeck, loadProductFactors, loadRoutes, loadTaxIndia
} from './load'
import type { BatteryChemistryReference, ByproductReference, ConverterClass, LenderPreset, ReferenceRoute } from './schemas'
import type { SourcedValue } from './sourced'

/** Typed accessors over the validated reference library. Lookups by unknown id return null, never throw. */

export const converterClasses = (): readonly ConverterClass[] => loadConverterClasses().classes
export const converterClass = (id: string): ConverterClass | null => converterClasses().find((c) => c.id === id) ?? null

export const batteryChemistries = (): readonly BatteryChemistryReference[] => loadBatteryChemistries().chemistries
export const batteryChemistry = (id: BatteryChemistry): BatteryChemistryReference | null => batteryChemistries().find((c) => c.id === id) ?? null

/**
 * Idealised black-mass yield (t BM per t of feed) for a chemistry and feed form [D]:
 * cell: BM share of cell; module: × cell kg / module kg; pack: × cell kg / pack kg; blackMass: 1.
 * null when the chemistry has no black-mass composition in the library (NMC532).
 */
export function idealBlackMassYield(chemistry: BatteryChemistry, form: BatteryForm): Decimal | null {
  if (form === 'blackMass') return new Decimal(1)
  const c = batteryChemistry(chemistry)
  if (!c || !c.blackMass) return null
  const ofCell = dec(c.blackMass.blackMassOfCell.value)
  const cellKg = dec(c.masses.cellKg.value)
  if (form === 'cell') return ofCell
  if (form === 'module') return ofCell.times(cellKg).div(c.masses.moduleKg.value)
  return ofCell.times(cellKg).div(c.masses.packKg.value)
}

/** The library's default black-mass yield by form (benchmarks in `blackMassYieldBenchmarks`). */
export const blackMassYieldDefault = (form: BatteryForm): SourcedValue => {
  const f = loadBlackMassYields().forms.find((x) => x.form === form)
  if (!f) throw new Error(`black-mass-yields.json has no default for ${form}`) // guaranteed by the schema (one per form)
  return f.default
}
export const blackMassYieldBenchmarks = () => loadBlackMassYields().benchmarks

export const referenceRoutes = (): readonly ReferenceRoute[] => loadRoutes().routes
export const referenceRoute = (id: string): ReferenceRoute | null => referenceRoutes().find((r) => r.id === id) ?? null

/** A reference route as a project route (decimal-string recoveries, source cited). */
export function routeForProject(id: string): Project['routes'][number] | null {
  const r = referenceRoute(id)
  if (!r) return null
  const recovery: Partial<Record<Metal, string>> = {}
  for (const [metal, v] of Object.entries(r.recovery) as [Metal, SourcedValue][]) recovery[metal] = v.value
  const sources = [...new Set(Object.values(r.recovery).map((v) => `${v!.source} [${v!.confidence}]`))]
  return { id: r.id, name: r.name, type: r.type, recovery, source: `Reference library: ${sources.join('; ')}`.slice(0, 500) }
}

export const productFactorReferences = () => loadProductFactors().factors

export const referencePriceDeck = () => loadPriceDeck()
/** The reference price for a metal (USD per toz for PGMs, per t otherwise), with its source and assumption flag. */
export const referencePrice = (metal: Metal) => loadPriceDeck().prices.find((p) => p.metal === metal) ?? null

export const fxReference = () => loadFx().rates
/** Default units of `currency` per USD (June 2025) with its source. */
export const defaultFxPerUsd = (currency: 'INR' | 'JPY' | 'CNY'): SourcedValue | null => loadFx().rates.find((r) => r.currency === currency)?.default ?? null

export const lenderPresets = (): readonly LenderPreset[] => loadLenderPresets().presets
export const lenderPreset = (id: string): LenderPreset | null => lenderPresets().find((p) => p.id === id) ?? null

/** A lender preset as the project's `lender` block. */
export function lenderForProject(id: string): Project['lender'] | null {
  const p = lenderPreset(id)
  if (!p) return null
  return {
    presetId: p.id,
    minDscr: p.minDscr.value,
    lockupDscr: p.lockupDscr.value,
    minLlcr: p.minLlcr.value,
    maxGearing: p.maxGearing.value,
    dsraMonths: Number(p.dsraMonths.value),
    minBankableCoverage: p.minBankableCoverage.value,
    ...(p.minSupplyCoverage ? { minSupplyCoverage: p.minSupplyCoverage.value } : {})
  }
}

export const taxIndia = () => loadTaxIndia()

/** An Indian regime with a WDV depreciation block as the project's `tax` block. */
export function taxForProject(regimeId: string, depreciationId: string): Project['tax'] | null {
  const t = loadTaxIndia()
  const regime = t.regimes.find((r) => r.id === regimeId)
  const dep = t.depreciation.find((d) => d.id === depreciationId)
  if (!regime || !dep) return null
  return { rate: regime.rate.value, depreciation: { method: 'wdv', rate: dep.rate.value } }
}

export const byproductReferences = (): readonly ByproductReference[] => loadByproducts().byproducts

/**
 * The reference by-products that apply to a stream (methodology §13), each with its mass fraction of the
 * stream's input [D]: converters as listed (of gross mass); a battery cell as listed; a module or pack
 * scaled by the chemistry's cell kg / module or pack kg (pack hardware only for packs); black mass only
 * what stays in it, as a share of black mass (÷ the chemistry's black-mass share of the cell). Prices and
 * costs in USD per tonne, as the library holds them.
 */
export function byproductDefaultsFor(stream: Project['feedstock'][number]): { ref: ByproductReference; massFraction: Decimal }[] {
  const refs = byproductReferences().filter((r) => r.kind === stream.kind)
  if (stream.kind === 'catalyst') return refs.map((ref) => ({ ref, massFraction: dec(ref.massFraction.value) }))
  const c = batteryChemistry(stream.chemistry)
  const out: { ref: ByproductReference; massFraction: Decimal }[] = []
  for (const ref of refs) {
    const f = dec(ref.massFraction.value)
    if (stream.form === 'blackMass') {
      if (ref.inBlackMass && c?.blackMass) out.push({ ref, massFraction: f.div(c.blackMass.blackMassOfCell.value) })
      continue
    }
    if (ref.basis === 'pack') { if (stream.form === 'pack') out.push({ ref, massFraction: f }); continue }
    if (stream.form === 'cell') out.push({ ref, massFraction: f })
    else if (c) out.push({ ref, massFraction: f.times(c.masses.cellKg.value).div(stream.form === 'module' ? c.masses.moduleKg.value : c.masses.packKg.value) })
  }
  return out
}
