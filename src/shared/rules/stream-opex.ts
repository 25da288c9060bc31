import { Decimal, ZERO, dec } from '../decimal'
import type { Project } from '../model'

type Stream = Project['feedstock'][number]
type ProjectOpex = Project['costs']['opex']

/**
 * Variable opex of one stream in one period (methodology §5, §13):
 * `(tonnes · (perTonne + treatment) + quantity · perUnit) · escalation`, where each rate is the
 * stream's own when set and the project-wide value otherwise; the per-unit rate applies to converter
 * streams only (a battery stream is counted in tonnes). `escalation` is the opex escalation factor ×
 * the opex multiplier of the case. The three forms — Decimal for the engine (`engine/prepare.ts`),
 * float for checks on the Monte Carlo path, Excel for the workbook's Costs sheet (with the rates laid
 * out per stream on Inputs) — are one rule; `tests/shared/rules/stream-opex.test.ts` holds them to
 * each other.
 */
export type StreamOpexRates<T> = { perTonne: T; treatment: T; perUnit: T }

/** The rates a stream pays: its own, else the project's (decimal strings; per unit '0' for batteries). */
export function streamOpexRateStrings(opex: ProjectOpex, stream: Stream): StreamOpexRates<string> {
  return {
    perTonne: stream.variableOpexPerTonne ?? opex.variablePerTonne,
    treatment: stream.treatmentPerTonne ?? opex.treatmentPerTonne,
    perUnit: stream.kind === 'catalyst' ? stream.variableOpexPerUnit ?? opex.variablePerUnit : '0'
  }
}

/** Per-tonne rate (variable + treatment) and per-unit rate as Decimals, computed once per stream. */
export function streamOpexRates(opex: ProjectOpex, stream: Stream): { perTonne: Decimal; perUnit: Decimal } {
  const r = streamOpexRateStrings(opex, stream)
  return { perTonne: dec(r.perTonne).plus(r.treatment), perUnit: stream.kind === 'catalyst' ? dec(r.perUnit) : ZERO }
}

export const streamVariableOpex = (tonnes: Decimal, quantity: Decimal, rates: { perTonne: Decimal; perUnit: Decimal }, escalation: Decimal): Decimal =>
  tonnes.times(rates.perTonne).plus(quantity.times(rates.perUnit)).times(escalation)

export const streamVariableOpexFloat = (tonnes: number, quantity: number, rates: StreamOpexRates<number>, escalation: number): number =>
  (tonnes * (rates.perTonne + rates.treatment) + quantity * rates.perUnit) * escalation

/**
 * The Costs sheet's row: `operating` is the 1/0 operating flag, `rates` the names of the stream's rate
 * cells on Inputs (`perUnit` null for a battery stream), `escalation` the escalation × opex multiplier.
 */
export const streamVariableOpexExcel = (operating: string, tonnes: string, quantity: string, rates: { perTonne: string; treatment: string; perUnit: string | null }, escalation: string): string =>
  `${operating}*((${rates.perTonne}+${rates.treatment})*${tonnes}${rates.perUnit === null ? '' : `+${rates.perUnit}*${quantity}`})*${escalation}`
