import { describe, expect, it } from 'vitest'
import { dec, type Decimal } from '@shared/decimal'
import { parseProject, type Project } from '@shared/model'
import { evaluateOperations } from '@shared/engine/operations'
import { prepare } from '@shared/engine/prepare'
import type { Scenario } from '@shared/engine'
import { handProject } from './hand-project'

/*
 * engine/offtake.ts and engine/operations.ts called directly on variants of the hand case (issue 21:
 * mutation survivors). Base figures (hand-case.test.ts): periods 2026 (construction), 2027–2029
 * (operations); 180 t Ni a year; price 10,000; contract c1 takes a 50 % share (90 t) at 10,000 × 0.9 =
 * 9,000/t less a 100/t charge → 801,000; merchant 90 t × 10,000 × 0.8 = 720,000; revenue 1,521,000;
 * feedstock 500,000; opex 300,000 (200,000 fixed + 1,000 t × 100); receivable days 36.5 → 10 % of revenue.
 */
function project(edit?: (p: Project) => void): Project {
  const p = handProject()
  edit?.(p)
  const r = parseProject(p)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return r.value
}
const str = (s: readonly { toString(): string }[]) => s.map(String)
/** To 1e−9: days/365 is not exact in 40 digits (80,000 comes out as 79,999.999…9). */
const r9 = (s: readonly Decimal[]) => s.map((x) => x.toDecimalPlaces(9).toString())
const ops = (p: Project, scenario?: Scenario, options?: Parameters<typeof evaluateOperations>[1]) => evaluateOperations(prepare(p, scenario), options)

describe('offtake allocation (engine/offtake.ts)', () => {
  it('a contract starting a year after COD takes nothing before its start date', () => {
    // c1 from 2028-01-01: 2027 is all merchant (180 t); 2028–2029 as the base (90 + 90).
    const prep = prepare(project((p) => { p.offtake[0]!.startDate = '2028-01-01' }), undefined)
    expect(prep.allocation.contracts[0]!.active).toEqual([false, false, true, true])
    expect(str(prep.allocation.contracts[0]!.quantity)).toEqual(['0', '0', '90', '90'])
    expect(str(prep.allocation.merchant.get('ni')!)).toEqual(['0', '180', '90', '90'])
    expect(str(prep.allocation.contracted.get('ni')!)).toEqual(['0', '0', '90', '90'])
  })
  it('bankable = take-or-pay ≥ the policy minimum (0.8) AND investment grade (BBB- or better)', () => {
    const bankable = (rating: Project['offtake'][number]['rating'], takeOrPay: string) =>
      prepare(project((p) => { p.offtake[0]!.rating = rating; p.offtake[0]!.takeOrPay = takeOrPay }), undefined).allocation.contracts[0]!.bankable
    expect(bankable('A', '1')).toBe(true)
    expect(bankable('BBB-', '0.8')).toBe(true) // both at their edge
    expect(bankable('BB+', '1')).toBe(false) // not investment grade
    expect(bankable('A', '0.79')).toBe(false) // take-or-pay below 0.8
    expect(bankable('NR', '0.5')).toBe(false)
  })
  it('a fixed-volume contract asks V·m/12 and gets at most what is left', () => {
    // Annual periods: 60 t asked and taken a year, merchant 180 − 60 = 120.
    const fixed = (productUnitsPerYear: string, periodMonths: 1 | 12) => prepare(project((p) => {
      p.offtake[0]!.volume = { basis: 'fixed', productUnitsPerYear }
      p.timeline.periodMonths = periodMonths
    }), undefined).allocation
    const a = fixed('60', 12)
    expect(str(a.contracts[0]!.askedQuantity)).toEqual(['0', '60', '60', '60'])
    expect(str(a.contracts[0]!.quantity)).toEqual(['0', '60', '60', '60'])
    expect(str(a.merchant.get('ni')!)).toEqual(['0', '120', '120', '120'])
    // 500 t asked > 180 t output: it gets the 180, merchant 0.
    const b = fixed('500', 12)
    expect(str(b.contracts[0]!.askedQuantity)).toEqual(['0', '500', '500', '500'])
    expect(str(b.contracts[0]!.quantity)).toEqual(['0', '180', '180', '180'])
    expect(str(b.merchant.get('ni')!)).toEqual(['0', '0', '0', '0'])
    // Monthly: 60 × 1/12 = 5 t a month out of 15 t (180/12); 12 construction months then 36 operating ones.
    const c = fixed('60', 1)
    expect(str(c.contracts[0]!.quantity)).toEqual([...Array(12).fill('0'), ...Array(36).fill('5')])
    expect(str(c.merchant.get('ni')!)).toEqual([...Array(12).fill('0'), ...Array(36).fill('10')])
  })
  it('a scenario with offtake off: no contracts, all output merchant', () => {
    const prep = prepare(project(), { id: 's', name: 'No offtake', offtakeEnabled: false })
    expect(prep.allocation.contracts).toEqual([])
    expect(str(prep.allocation.merchant.get('ni')!)).toEqual(['0', '180', '180', '180'])
    expect(str(prep.allocation.contracted.get('ni')!)).toEqual(['0', '0', '0', '0'])
  })
})

describe('operations (engine/operations.ts)', () => {
  it('per product: contracted quantity, contract + merchant revenue = product revenue', () => {
    const r = ops(project())
    const p = r.products[0]!
    expect(str(p.contractedQuantity)).toEqual(['0', '90', '90', '90'])
    expect(str(p.merchantQuantity)).toEqual(['0', '90', '90', '90'])
    expect(str(p.contractRevenue)).toEqual(['0', '801000', '801000', '801000'])
    expect(str(p.merchantRevenue)).toEqual(['0', '720000', '720000', '720000'])
    expect(str(p.revenue)).toEqual(['0', '1521000', '1521000', '1521000'])
  })
  it('a price multiplier for all products alone (no per-product map) scales every price', () => {
    // ×2: contract 90 × (20,000 × 0.9 − 100) = 1,611,000; merchant 90 × 20,000 × 0.8 = 1,440,000; sum 3,051,000.
    const r = ops(project(), undefined, { all: dec(2) })
    expect(str(r.products[0]!.revenue)).toEqual(['0', '3051000', '3051000', '3051000'])
    expect(str(r.operations.revenue)).toEqual(['0', '3051000', '3051000', '3051000'])
  })
  it('bankable contract revenue counts only the bankable contracts', () => {
    // c2 = c1 rated BB (not investment grade), priority 2: it takes the other 90 t on c1's terms (801,000);
    // merchant 0. Contract revenue 1,602,000, of which bankable (c1) 801,000.
    const r = ops(project((p) => { p.offtake.push({ ...p.offtake[0]!, id: 'c2', rating: 'BB', priority: 2 }) }))
    expect(r.contracts.map((c) => [c.contractId, c.bankable])).toEqual([['c1', true], ['c2', false]])
    expect(str(r.operations.contractRevenue)).toEqual(['0', '1602000', '1602000', '1602000'])
    expect(str(r.operations.merchantRevenue)).toEqual(['0', '0', '0', '0'])
    expect(str(r.operations.bankableContractRevenue)).toEqual(['0', '801000', '801000', '801000'])
  })
  it('working capital parts: receivables, inventory, payables, each 0 in the last period', () => {
    // Annual factors: 36.5/365 = 0.1, 73/365 = 0.2, 36.5/365 = 0.1.
    // Receivables 0.1 × 1,521,000 = 152,100; inventory 0.2 × 500,000 = 100,000;
    // payables 0.1 × (500,000 + 300,000) = 80,000; WC = 152,100 + 100,000 − 80,000 = 172,100.
    const r = ops(project((p) => { p.costs.workingCapital = { receivableDays: '36.5', inventoryDays: '73', payableDays: '36.5' } }))
    expect(r9(r.operations.receivables)).toEqual(['0', '152100', '152100', '0'])
    expect(r9(r.operations.inventory)).toEqual(['0', '100000', '100000', '0'])
    expect(r9(r.operations.payables)).toEqual(['0', '80000', '80000', '0'])
    expect(r9(r.operations.workingCapital)).toEqual(['0', '172100', '172100', '0'])
    expect(r9(r.operations.deltaWorkingCapital)).toEqual(['0', '172100', '0', '-172100'])
  })
  it('monthly: the last month releases the balance although it shares its inputs with the other months of 2029', () => {
    // Monthly revenue 1,521,000/12 = 126,750; factor 36.5 × 12/365 = 1.2 → receivables 152,100 in every
    // operating month but the last (month 48), where the whole balance is released: ΔWC = −152,100.
    const r = ops(project((p) => { p.timeline.periodMonths = 1 }))
    const wc = str(r.operations.workingCapital)
    expect(wc).toEqual([...Array(12).fill('0'), ...Array(35).fill('152100'), '0'])
    const dwc = str(r.operations.deltaWorkingCapital)
    expect(dwc).toEqual([...Array(12).fill('0'), '152100', ...Array(34).fill('0'), '-152100'])
    expect(str(r.operations.receivables).slice(-2)).toEqual(['152100', '0'])
  })
})
