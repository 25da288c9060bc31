import { describe, expect, it } from 'vitest'
import { itemIndexOfPath, sectionOfPath } from '@renderer/features/field-places'

describe('field places: where a link to a field goes (#17)', () => {
  it('the item of a list a path points into', () => {
    expect(itemIndexOfPath('feedstock.2.purchase.pricePerQuantity', 'feedstock')).toBe(2)
    expect(itemIndexOfPath('feedstock.12', 'feedstock')).toBe(12)
    expect(itemIndexOfPath('feedstock', 'feedstock')).toBeNull()
    expect(itemIndexOfPath('feedstockX.1.name', 'feedstock')).toBeNull()
    expect(itemIndexOfPath('costs.capex.items.3.amount', 'costs.capex.items')).toBe(3)
    expect(itemIndexOfPath('costsxcapex.items.3.amount', 'costs.capex.items')).toBeNull()
  })
  it('the section of a path', () => {
    expect(sectionOfPath('feedstock.0.purchase.pricePerQuantity')).toBe('feedstock')
    expect(sectionOfPath('lender.minDscr')).toBe('financing')
    expect(sectionOfPath('nowhere.1')).toBeNull()
  })
})
