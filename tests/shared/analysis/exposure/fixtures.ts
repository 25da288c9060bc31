import type { Project } from '@shared/model'
import { handProject } from '../../engine/hand-project'
import { valid } from '../fixtures'

type Contract = Project['offtake'][number]

/**
 * The ledger's hand case: the hand project (annual periods, construction 2026, operations and a 3-year
 * loan 2027–2029, so the loan life is the whole of operations) turned into one lithium stream whose
 * every tonne of Li2CO3 is worth its deck price: 1,000 t/yr of black mass at Li 5 %, recovery 100 %,
 * factor 5.323 → 266.15 t of Li2CO3 a year at 10,000/t and merchant payable 1 → 2,661,500 a year.
 * No tax, no working capital and no offtake, so a price move reaches CFADS only through the lines
 * each test switches on. Feed bought at a fixed 500/t unless `feed` says otherwise.
 */
export function lithiumCase(edit?: (p: Project) => void): Project {
  const p = handProject()
  const s = p.feedstock[0]!
  if (s.kind === 'battery') s.grades = { Li: '0.05', Co: '0', Ni: '0', Mn: '0' }
  p.routes[0]!.recovery = { Li: '1' }
  p.products = [{ id: 'li', metal: 'Li', name: 'Lithium carbonate', factor: '5.323', merchantPayable: '1' }]
  p.prices.decks[0]!.prices = [{ productId: 'li', mode: 'escalating', basePricePerUnit: '10000', baseYear: 2026, escalation: '0' }]
  p.offtake = []
  p.tax.rate = '0'
  p.costs.workingCapital = { receivableDays: '0', inventoryDays: '0', payableDays: '0' }
  edit?.(p)
  return valid(p)
}

/** Li2CO3 over the loan life at base prices: 3 × 266.15 t × 10,000 = 7,984,500; +10 % moves it by 798,450. */
export const LI_GROSS_PER_10PCT = 798450

export const liContract = (terms: Partial<Contract>): Contract => ({
  id: 'c-li', counterparty: 'Cathode maker', rating: 'A', productId: 'li', priority: 1, volume: { basis: 'share', share: '1' }, payable: '1', premiumPerUnit: '0',
  floor: null, cap: null, chargePerUnit: '0', currency: 'USD', startDate: '2027-01-01', endDate: '2029-12-31', takeOrPay: '1', ...terms
})
