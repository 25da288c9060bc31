import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { floatIrr, irr } from '@shared/finance'

/**
 * finance/irr.ts holds the IRR scan in two forms: `irr` (Decimal, the engine) and `floatIrr` (float,
 * Monte Carlo). They must agree: same status, same rate to 1e-9 (relative above 100 % per period).
 */
const STATUS = { ok: 'ok', none: 'no-sign-change', multiple: 'multiple-roots', 'no-root': 'no-root', 'out-of-range': 'out-of-range' } as const

function agree(flows: number[], expected?: keyof typeof STATUS) {
  const exact = irr(flows.map((f) => new Decimal(f)))
  if (expected) expect(exact.status, JSON.stringify(flows)).toBe(expected)
  for (const fast of [floatIrr(flows), floatIrr(Float64Array.from(flows))]) {
    expect(fast.ok ? 'ok' : fast.code, JSON.stringify(flows)).toBe(STATUS[exact.status])
    if (exact.status === 'ok' && fast.ok) {
      const r = exact.periodicRate.toNumber()
      expect(Math.abs(fast.periodicRate - r), JSON.stringify(flows)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(r)))
    }
  }
}

describe('Decimal and float IRR agree', () => {
  it('one root: ordinary, zero, tiny and huge rates, near both ends of the range', () => {
    agree([-100, 110], 'ok')
    agree([-1000, 300, 400, 500], 'ok')
    agree([-100, 100], 'ok') // 0 %, a grid point
    agree([-1, 1.0000000001], 'ok') // 1e-10 per period
    agree([-1e6, 1e6 + 1e-3], 'ok')
    agree([-1, 1e4], 'ok') // +999,900 %
    agree([-1, 0, 1e7], 'ok') // +316,128 %
    agree([-1, 0.0002], 'ok') // −99.98 %
    agree([-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1e12], 'ok')
    agree([1000, -300, -400, -500], 'ok') // a loan: positive first
  })
  it('several sign changes: one root, two roots, three roots', () => {
    agree([-100, 230, -132], 'multiple') // 10 % and 20 %
    agree([-5, 10.5, 1, -8, 1])
    agree([-100, 100, 0, -7])
    agree([-1000, 3600, -4310, 1716], 'multiple') // 10 %, 20 %, 30 %
    agree([-100, 50, -20, 120], 'ok')
  })
  it('no root, no sign change, out of range', () => {
    agree([-100, 150, -60], 'no-root')
    agree([100, 50], 'none')
    agree([0, 0], 'none')
    agree([-100], 'none')
    agree([0, -50, 0, 80, 0], 'ok')
    agree([-1, 5e5], 'out-of-range') // +49,999,900 %, beyond +1,000,000 %
    agree([-1, 1e-5], 'out-of-range') // −99.999 %
  })
  it('random series, many sign changes and mixed scales', () => {
    let seed = 20261202
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648)
    for (let t = 0; t < 300; t++) {
      const len = 2 + Math.floor(rnd() * 40)
      const bias = t % 3 === 0 ? 0.5 : 0.2
      agree(Array.from({ length: len }, (_, k) => (k === 0 ? -1000 : Math.round((rnd() - bias) * 400 * (rnd() < 0.1 ? 1000 : 1)))))
    }
  })
})
