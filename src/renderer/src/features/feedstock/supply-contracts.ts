import type { Project, SupplyContract } from '@shared/model'
import { freshId } from '../editors/ItemList'
import { operatingWindow } from '../offtake/contract-defaults'
import type { Translate } from '../editors/translate'

type Stream = Project['feedstock'][number]

/**
 * A new supply contract on `stream` (methodology §13), from COD to the end of operations: half the
 * stream's feed, at the stream's own purchase terms (its fixed price and escalation, or its % of
 * contained value with no floor or cap), so adding one changes no figure until its terms are edited.
 */
export function newSupplyContract(doc: Project, stream: Stream): SupplyContract {
  const { cod, end } = operatingWindow(doc)
  const list = doc.supplyContracts ?? []
  const t = stream.purchase
  return {
    id: freshId('supply', list.map((c) => c.id)),
    supplier: `Supplier ${list.length + 1}`,
    streamId: stream.id,
    rating: 'NR',
    volume: { basis: 'share', share: '0.5' },
    startDate: cod,
    endDate: end,
    price: t.basis === 'fixed'
      ? { basis: 'fixed', pricePerQuantity: t.pricePerQuantity, escalation: t.escalation }
      : { basis: 'pctOfContained', pctOfContained: t.pctOfContained, floorPerQuantity: null, capPerQuantity: null }
  }
}

/** The unit a contract's prices are in: reporting currency per converter or per tonne of input. */
export const supplyPriceUnit = (t: Translate, doc: Project, stream: Stream | undefined) =>
  stream?.kind === 'catalyst' ? t('feedstock.unit.perConverter', { currency: doc.reportingCurrency }) : t('feedstock.unit.perT', { currency: doc.reportingCurrency })
