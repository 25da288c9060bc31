import { addMonths } from '@shared/engine'
import type { Project } from '@shared/model'
import { freshId } from '../editors/ItemList'

type Contract = Project['offtake'][number]

/** COD (start + construction) and the last day of operations, as YYYY-MM-DD. */
export function operatingWindow(doc: Project): { cod: string; end: string } {
  const cod = addMonths(doc.timeline.startDate, doc.timeline.constructionMonths)
  const after = addMonths(cod, doc.timeline.operatingYears * 12)
  const d = new Date(`${after}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return { cod, end: d.toISOString().slice(0, 10) }
}

/** A new contract on `productId` running over the loan tenor from COD: all terms visible and editable. */
export function newContract(doc: Project, productId: string): Contract {
  const { cod, end } = operatingWindow(doc)
  const tenorEnd = addMonths(cod, Math.max(...doc.financing.tranches.map((t) => t.graceMonths + t.tenorYears * 12)))
  const last = new Date(`${tenorEnd}T00:00:00Z`)
  last.setUTCDate(last.getUTCDate() - 1)
  const endDate = last.toISOString().slice(0, 10) < end ? last.toISOString().slice(0, 10) : end
  return {
    id: freshId('contract', doc.offtake.map((c) => c.id)),
    counterparty: `Buyer ${doc.offtake.length + 1}`,
    rating: 'NR',
    productId,
    priority: doc.offtake.reduce((m, c) => Math.max(m, c.priority), 0) + 1,
    volume: { basis: 'share', share: '0.5' },
    payable: '1',
    premiumPerUnit: '0',
    floor: null,
    cap: null,
    chargePerUnit: '0',
    currency: doc.reportingCurrency,
    startDate: cod,
    endDate,
    takeOrPay: '0'
  }
}
