import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { capacityAvailable, capacityAvailableExcel, capacityAvailableFloat, cutFactor, cutFactorExcel, cutFactorFloat } from '@shared/rules/capacity-cut'
import { close, col, evaluateRow } from './evaluate'

const D = (x: number | string) => new Decimal(x)

describe('plant capacity: available tonnes and the pro rata cut (methodology §13)', () => {
  it('available = tonnes per year × availability × m/12; the cut is available / offered only above capacity', () => {
    expect(capacityAvailable(D(800), D('0.9'), 12).toString()).toBe('720')
    expect(capacityAvailable(D(900), D('0.9'), 6).toString()).toBe('405')
    expect(cutFactor(D(1000), D(720)).toString()).toBe('0.72')
    expect(cutFactor(D(720), D(720)).toString()).toBe('1') // at capacity: nothing cut
    expect(cutFactor(D(0), D(0)).toString()).toBe('1') // nothing offered, nothing available
    expect(cutFactor(D(10), D(0)).toString()).toBe('0') // offered with nothing available: all cut
    expect(capacityAvailableExcel('E5', 'Capacity1_Tonnes', 'Capacity1_Avail')).toBe('E5*Capacity1_Tonnes*Capacity1_Avail*Period_Months/Months_Per_Year')
    expect(cutFactorExcel('E9', 'E8')).toBe('IF(E9>E8,E8/E9,1)')
  })

  it('the Decimal, float and Excel forms agree', () => {
    const tonnes = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100)
    fc.assert(
      fc.property(tonnes, fc.integer({ min: 0, max: 100 }).map((n) => n / 100), fc.constantFrom(1, 3, 6, 12), tonnes, fc.boolean(), (perYear, avail, months, offered, operating) => {
        const available = capacityAvailable(D(perYear), D(avail), months).times(operating ? 1 : 0)
        const want = cutFactor(D(offered), available).toNumber()
        expect(close(capacityAvailableFloat(perYear, avail, months) * (operating ? 1 : 0), available.toNumber(), available.toNumber())).toBe(true)
        expect(close(cutFactorFloat(offered, available.toNumber()), want, 1)).toBe(true)
        const [avExcel, cutExcel] = evaluateRow([operating ? 1 : 0, perYear, avail, months, 12, offered],
          [capacityAvailableExcel(col(0), col(1), col(2)), cutFactorExcel(col(5), col(6))], [null, null, null, 'Period_Months', 'Months_Per_Year'])
        expect(close(avExcel, available.toNumber(), available.toNumber())).toBe(true)
        expect(close(cutExcel, want, 1)).toBe(true)
      }),
      { numRuns: 300, seed: 13 }
    )
  })
})
