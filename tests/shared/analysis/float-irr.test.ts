import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { irr } from '@shared/finance'
import { createRng, floatIrr } from '@shared/analysis'

/** The float IRR must give the engine's answer (finance/irr.ts): same status, same rate to 1e-12. */
function agree(flows: number[]) {
  const exact = irr(flows.map((f) => new Decimal(f)))
  const fast = floatIrr(flows)
  const status = { ok: 'ok', none: 'no-sign-change', multiple: 'multiple-roots', 'no-root': 'no-root', 'out-of-range': 'out-of-range' }[exact.status]
  expect(fast.ok ? 'ok' : fast.code, JSON.stringify(flows)).toBe(status)
  if (exact.status === 'ok' && fast.ok) expect(Math.abs(fast.periodicRate - exact.periodicRate.toNumber())).toBeLessThan(1e-12 * Math.max(1, Math.abs(fast.periodicRate)))
}

describe('float IRR = engine IRR', () => {
  it('textbook cases: one root, two roots (10 % and 20 %), none, no root', () => {
    agree([-100, 110])
    agree([-1000, 300, 400, 500])
    agree([-100, 230, -132])
    agree([100, 50])
    agree([-100, 150, -60])
    agree([0, -50, 0, 80, 0])
  })
  it('random series with many sign changes (the pruned grid scan) agree on status and rate', () => {
    const rng = createRng(11)
    for (let n = 0; n < 400; n++) {
      const len = 3 + Math.floor(rng.uniform() * 30)
      const flows = Array.from({ length: len }, (_, k) => (k === 0 ? -1000 : Math.round((rng.uniform() - 0.3) * 400)))
      agree(flows)
    }
  })
})
