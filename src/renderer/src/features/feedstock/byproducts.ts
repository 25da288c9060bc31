import { dec } from '@shared/decimal'
import type { Byproduct, Project } from '@shared/model'
import { byproductDefaultsFor } from '@shared/reference'
import { freshId } from '../editors/ItemList'

type Stream = Project['feedstock'][number]

/** USD → the reporting currency at the FX table's first rate (the library's prices are in USD). */
const usdTo = (doc: Project): string => {
  if (doc.reportingCurrency === 'USD') return '1'
  return doc.fx.rates.find((r) => r.currency === doc.reportingCurrency)?.points[0]?.perUsd ?? '1'
}
const money = (usd: string, rate: string) => dec(usd).times(rate).toDecimalPlaces(2).toString()

/** The library's by-products for a stream (methodology §13) not yet on it, as ready lines in the project's currency. */
export function byproductChoices(doc: Project, stream: Stream): { id: string; label: string; name: string; fate: 'sold' | 'disposed'; make: (taken: readonly string[]) => Byproduct }[] {
  const have = new Set((stream.byproducts ?? []).map((b) => b.name))
  const rate = usdTo(doc)
  return byproductDefaultsFor(stream).filter(({ ref }) => !have.has(ref.name)).map(({ ref, massFraction }) => ({
    id: ref.id,
    label: `${ref.name} (${ref.fate})`,
    name: ref.name,
    fate: ref.fate,
    make: (taken) => ({
      id: freshId(ref.id, taken),
      name: ref.name,
      // The library id is the by-product's kind: a deck prices it when the line's own price is cleared.
      kind: ref.id,
      massFraction: massFraction.toDecimalPlaces(4).toString(),
      fate: ref.fate === 'sold'
        ? { kind: 'sold', pricePerTonne: money(ref.pricePerTonne!.value, rate), payable: ref.payable!.value, escalation: '0' }
        : { kind: 'disposed', costPerTonne: money(ref.disposalCostPerTonne!.value, rate) },
      source: `reference ${ref.id}: ${ref.massFraction.source.slice(0, 200)}${[ref.massFraction, ref.pricePerTonne, ref.payable, ref.disposalCostPerTonne].some((v) => v?.judgement) ? ' (some values are judgement: replace with the plant’s own)' : ''}`
    })
  }))
}

/** A blank line the user fills in: 0 % of input, disposed at 0, so adding it moves no figure. */
export const blankByproduct = (taken: readonly string[]): Byproduct => ({ id: freshId('byproduct', taken), name: 'By-product', massFraction: '0', fate: { kind: 'disposed', costPerTonne: '0' } })
