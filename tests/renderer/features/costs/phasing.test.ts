import { describe, expect, it } from 'vitest'
import { dec, sum } from '@shared/decimal'
import { newProject, parseProject } from '@shared/model'
import { evenPhasing, fitPhasing } from '@renderer/features/costs/phasing'
import { newContract, operatingWindow } from '@renderer/features/offtake/contract-defaults'

describe('capex phasing', () => {
  it('even shares add up to exactly 100 % for any number of periods', () => {
    for (const n of [1, 2, 3, 6, 7, 12, 24]) {
      const p = evenPhasing(n)
      expect(p).toHaveLength(n)
      expect(sum(p.map((x) => dec(x))).eq(1)).toBe(true)
    }
    expect(evenPhasing(3)).toEqual(['0.333333', '0.333333', '0.333334'])
  })

  it('a custom phasing that no longer fits the construction periods falls back to even, keeping the project valid', () => {
    const doc = newProject('p', 'Phasing', 2026)
    doc.costs.capex.phasing = evenPhasing(2)
    doc.timeline.constructionMonths = 18
    fitPhasing(doc)
    expect(doc.costs.capex.phasing).toEqual([])
    expect(parseProject(doc).ok).toBe(true)
  })
})

describe('new offtake contracts', () => {
  it('run from COD over grace + tenor, and keep the project valid', () => {
    const doc = newProject('p', 'Offtake', 2026) // start 2026-01-01, 12 months construction, 10 years ops
    doc.products.push({ id: 'li', metal: 'Li', name: 'Li2CO3', factor: '5.3227', merchantPayable: '1' })
    doc.prices.decks[0]!.prices.push({ productId: 'li', mode: 'escalating', basePricePerUnit: '8400', baseYear: 2025, escalation: '0' })
    expect(operatingWindow(doc)).toEqual({ cod: '2027-01-01', end: '2036-12-31' })
    const c = newContract(doc, 'li')
    // grace 6 months + tenor 7 years from 2027-01-01 → last day 2034-06-30
    expect(c).toMatchObject({ startDate: '2027-01-01', endDate: '2034-06-30', priority: 1, currency: 'USD' })
    doc.offtake.push(c)
    expect(parseProject(doc).ok).toBe(true)
  })
})
