import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { computeBreakevens, runModel } from '@shared/engine'
import { newProject } from '@shared/model'

function assertFinite(value: unknown, path = 'result'): void {
  if (value instanceof Decimal) expect(value.isFinite(), path).toBe(true)
  else if (typeof value === 'number') expect(Number.isFinite(value), path).toBe(true)
  else if (Array.isArray(value)) value.forEach((x, i) => assertFinite(x, `${path}[${i}]`))
  else if (value && typeof value === 'object') for (const [k, x] of Object.entries(value)) assertFinite(x, `${path}.${k}`)
}

describe('degenerate projects give reasons, never NaN or a crash', () => {
  it('a new empty project (no feed, no products, zero capex)', () => {
    const p = newProject('p', 'Empty', 2026)
    const r = runModel(p)
    assertFinite(r)
    expect(r.metrics.projectIrr).toMatchObject({ ok: false, code: 'no-sign-change' })
    expect(r.metrics.minDscr).toMatchObject({ ok: false, code: 'no-debt' })
    expect(r.metrics.offtakeCoverage).toMatchObject({ ok: false, code: 'no-revenue' })
    expect(r.metrics.llcr.ok).toBe(false)
    const b = computeBreakevens(p)
    assertFinite(b)
    expect(b.allPrices.minDscr1.ok).toBe(false)
  })
  it('capex but no revenue: payback not reached, no IRR, debt never repaid from cash but cleared on schedule', () => {
    const p = newProject('p', 'Capex only', 2026)
    p.costs.capex.items[0]!.amount = '1000000'
    const r = runModel(p)
    assertFinite(r)
    expect(r.metrics.paybackYears).toMatchObject({ ok: false, code: 'not-reached' })
    expect(r.metrics.projectIrr.ok).toBe(false)
    expect(r.financing.closingBalance[r.financing.maturityPeriod! - 1]!.isZero()).toBe(true)
    // The debt service is paid by sponsor support (§11), in the open: never a negative distribution.
    expect(r.financing.distributions.every((d) => !d.isNegative())).toBe(true)
    expect(r.financing.sponsorSupport.some((d) => d.gt(0))).toBe(true)
  })
})
