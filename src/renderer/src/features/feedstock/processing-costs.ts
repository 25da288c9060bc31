import type { Project } from '@shared/model'
import { streamOpexRateStrings } from '@shared/rules/stream-opex'

type Rates = ReturnType<typeof streamOpexRateStrings>

/**
 * Streams that set at least one processing rate of their own (methodology §13), for the Costs section:
 * the rates each pays (its own, else the project-wide one) and which of them are its own.
 */
export function streamsWithOwnRates(doc: Project): { name: string; kind: 'catalyst' | 'battery'; rates: Rates; own: Record<keyof Rates, boolean> }[] {
  return doc.feedstock
    .map((s) => ({ s, own: { perTonne: s.variableOpexPerTonne !== undefined, treatment: s.treatmentPerTonne !== undefined, perUnit: s.kind === 'catalyst' && s.variableOpexPerUnit !== undefined } }))
    .filter(({ own }) => own.perTonne || own.treatment || own.perUnit)
    .map(({ s, own }) => ({ name: s.name, kind: s.kind, rates: streamOpexRateStrings(doc.costs.opex, s), own }))
}
