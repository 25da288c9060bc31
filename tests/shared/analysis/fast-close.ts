/**
 * How close the float fast path must come to the Decimal engine (methodology §9): relative 1e-9, and
 * absolute 0.01 of a currency unit on amounts; a metric the engine cannot give is null in the fast path.
 */
import { expect } from 'vitest'
import { Decimal } from '@shared/decimal'
import type { Metric, ModelResult } from '@shared/engine'
import type { DrawMetrics } from '@shared/analysis'

export const close = (fast: number | null, exact: Metric | Decimal, amount = false) => {
  if (exact instanceof Decimal) {
    expect(fast).not.toBeNull()
    const e = exact.toNumber()
    expect(Math.abs(fast! - e)).toBeLessThanOrEqual(Math.max(1e-9 * Math.abs(e), amount ? 0.01 : 1e-15))
    return
  }
  if (!exact.ok) {
    expect(fast).toBeNull()
    return
  }
  close(fast, exact.value, amount)
}

/** A draw's headline metrics equal the engine's result. */
export const matches = (d: DrawMetrics, r: ModelResult) => {
  close(d.equityIrr, r.metrics.equityIrr)
  close(d.projectIrr, r.metrics.projectIrr)
  close(d.npv, r.metrics.npv, true)
  close(d.minDscr, r.metrics.minDscr)
}
