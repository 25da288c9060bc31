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
