import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { decodeResult, encodeResult } from '@renderer/model/codec'
import { handProject } from '../../shared/engine/hand-project'

/** Every Decimal in a value as "path=digits", so two results compare exactly. */
function flatten(v: unknown, path = '', out: string[] = []): string[] {
  if (v instanceof Decimal) out.push(`${path}=D${v.toString()}`)
  else if (Array.isArray(v)) v.forEach((x, i) => flatten(x, `${path}.${i}`, out))
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) flatten(x, `${path}.${k}`, out)
  else out.push(`${path}=${typeof v}:${String(v)}`)
  return out
}

describe('result codec across the worker boundary', () => {
  const result = runModel(handProject())

  it('survives structured clone and revives every Decimal exactly', () => {
    const wire = structuredClone(encodeResult(result))
    const back = decodeResult(wire)
    expect(back.metrics.npv).toBeInstanceOf(Decimal)
    expect(back.financing.cfads[1]).toBeInstanceOf(Decimal)
    expect(flatten(back)).toEqual(flatten(result))
  })

  it('revived Decimals compute like the originals (precision and rounding of the configured clone)', () => {
    const back = decodeResult(structuredClone(encodeResult(result)))
    const pairs: [Decimal, Decimal][] = [
      [back.metrics.npv, result.metrics.npv],
      [back.financing.cfads[1]!, result.financing.cfads[1]!],
      [back.metrics.gearing, result.metrics.gearing]
    ]
    for (const [a, b] of pairs) {
      expect(a.constructor).toBe(Decimal)
      expect(a.div(7).toString()).toBe(b.div(7).toString())
      expect(a.plus('0.1').times(3).toFixed(12)).toBe(b.plus('0.1').times(3).toFixed(12))
      expect(a.neg().isNegative()).toBe(b.neg().isNegative())
      expect(a.equals(b)).toBe(true)
    }
    for (const s of ['0', '-0', '1e-30', '-123456789.123456789', '9'.repeat(30)]) {
      const d = new Decimal(s)
      const r = decodeResult(structuredClone(encodeResult({ x: d } as never))) as unknown as { x: Decimal }
      expect(r.x.toString()).toBe(d.toString())
      expect(r.x.isNegative()).toBe(d.isNegative())
    }
  })

  it('a raw result cannot be cloned (why the codec exists)', () => {
    expect(() => structuredClone(result)).toThrow()
  })

  it('keeps failed metrics as values with their reason', () => {
    const p = handProject()
    p.financing.gearing = '0'
    const r = runModel(p)
    const back = decodeResult(structuredClone(encodeResult(r)))
    expect(back.metrics.minDscr).toEqual(r.metrics.minDscr)
    expect(back.metrics.minDscr.ok).toBe(false)
  })
})
