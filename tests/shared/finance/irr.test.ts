import { describe, expect, it } from 'vitest'
import { dec, Decimal } from '@shared/decimal'
import { annualEffectiveFromPeriodic, irr, npvAtPeriodicRate } from '@shared/finance'

const flows = (xs: (number | string)[]) => xs.map((x) => dec(x))
const expectRate = (r: ReturnType<typeof irr>, expected: string, digits = 12) => {
  expect(r.status).toBe('ok')
  if (r.status !== 'ok') return
  expect(r.periodicRate.minus(expected).abs().toNumber()).toBeLessThan(10 ** -digits)
}

// Reference roots: numpy.roots on the polynomial in v = 1/(1+i), refined with mpmath.findroot at
// 40 digits (scratch script /tmp/scratch/irr_ref.py, reproduced in the test names' comments).
describe('irr — reference vectors (reliability.md §5.1, numpy-financial docstrings)', () => {
  it('numpy-financial: [-100, 39, 59, 55, 20] → 0.28094842115996110458 (mpmath)', () => {
    expectRate(irr(flows([-100, 39, 59, 55, 20])), '0.28094842115996110458', 15)
  })
  it('numpy-financial: [-100, 0, 0, 74] → -0.095495830348972519838', () => {
    expectRate(irr(flows([-100, 0, 0, 74])), '-0.095495830348972519838', 15)
  })
  it('numpy-financial: [-100, 100, 0, 7] → 0.062058485629929459869', () => {
    expectRate(irr(flows([-100, 100, 0, 7])), '0.062058485629929459869', 15)
  })
  it('numpy-financial: [-100, 100, 0, -7] has two roots (-67.89 % and -8.33 %); numpy picks -0.0833, we report both', () => {
    const r = irr(flows([-100, 100, 0, -7]))
    expect(r.status).toBe('multiple')
    if (r.status !== 'multiple') return
    expect(r.periodicRates.map((x) => x.toNumber())).toEqual([expect.closeTo(-0.6788943736323865, 12), expect.closeTo(-0.08329966618493269, 12)])
  })
  it('numpy-financial: [-5, 10.5, 1, -8, 1] has three roots incl. 0.0886', () => {
    const r = irr(flows([-5, 10.5, 1, -8, 1]))
    expect(r.status).toBe('multiple')
    if (r.status !== 'multiple') return
    expect(r.periodicRates.map((x) => x.toNumber())).toEqual([expect.closeTo(-0.87020124748474, 12), expect.closeTo(0.08859833852775535, 12), expect.closeTo(0.7095595276861836, 12)])
  })
  it('[-100, 230, -132] → multiple: 10 % and 20 % (Newton finds either depending on the guess)', () => {
    const r = irr(flows([-100, 230, -132]))
    expect(r.status).toBe('multiple')
    if (r.status !== 'multiple') return
    expect(r.periodicRates.map((x) => x.toDecimalPlaces(12).toString())).toEqual(['0.1', '0.2'])
  })
  it('[-100, 150, -60] → no real root although the signs change', () => {
    expect(irr(flows([-100, 150, -60])).status).toBe('no-root')
  })
  it('[-1000, 800, 800, -700] (closure cost) → no root', () => {
    expect(irr(flows([-1000, 800, 800, -700])).status).toBe('no-root')
  })
  it('[-1, 1000] → 99,900 % (outside a naive [-99.99 %, 1000 %] bracket)', () => {
    expectRate(irr(flows([-1, 1000])), '999', 9)
  })
  it('[-1000, 300, 400, 500, 200] → 15.322137877181541949 %', () => {
    expectRate(irr(flows([-1000, 300, 400, 500, 200])), '0.15322137877181541949', 15)
  })
  it('-1e6 then 40 × 25,000 → exactly 0 % (Newton from −50 % does not converge)', () => {
    const r = irr([dec(-1_000_000), ...Array.from({ length: 40 }, () => dec(25_000))])
    expectRate(r, '0', 20)
  })
  it('all negative → none (no sign change); all positive → none; one flow → none', () => {
    expect(irr(flows([-1, -2, -3])).status).toBe('none')
    expect(irr(flows([1, 2, 0])).status).toBe('none')
    expect(irr(flows([-1])).status).toBe('none')
    expect(irr(flows([0, 0, 0])).status).toBe('none')
  })
  it('[-1, 1e-12] → out of range (the root is −100 % + 1e-12)', () => {
    expect(irr(flows(['-1', '0.000000000001'])).status).toBe('out-of-range')
  })
  it('the decimal polish leaves NPV at the IRR below 1e-25 of the flows', () => {
    const f = flows(['-1250000.37', '210000', '310000.5', '290000', '280000', '270000', '260000'])
    const r = irr(f)
    expect(r.status).toBe('ok')
    if (r.status !== 'ok') return
    expect(npvAtPeriodicRate(r.periodicRate, f).abs().toNumber()).toBeLessThan(1e-19)
  })
  it('annualises a semi-annual IRR as (1+i)^2 − 1', () => {
    expect(annualEffectiveFromPeriodic(new Decimal('0.05'), 6).toString()).toBe('0.1025')
  })
})
