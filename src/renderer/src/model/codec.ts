import { Decimal } from '@shared/decimal'
import type { ModelResult } from '@shared/engine'
import { defineOwn } from '@shared/json/own'

/**
 * A ModelResult crosses the worker boundary by structured clone, which cannot carry Decimal
 * instances (they hold a function in `constructor`). Each Decimal travels as `{ $dec: [sign,
 * exponent, ...digit words] }` — decimal.js's own representation (`s`, `e`, `d`) — and is rebuilt
 * on this side without parsing: twice as fast as going through strings (bench/keystroke.ts), and
 * exact. tests/renderer/model/codec.test.ts compares every value and does arithmetic on the revived
 * ones, so a decimal.js upgrade that changed this representation would fail there first.
 */
type Internals = { s: number; e: number; d: number[] }
type Tagged = { $dec: number[] }
export type EncodedResult = { readonly encoded: unknown }

const PROTO = Object.getPrototypeOf(new Decimal(0)) as object

function encodeValue(v: unknown): unknown {
  if (v instanceof Decimal) {
    const x = v as unknown as Internals
    return { $dec: [x.s, x.e, ...x.d] } satisfies Tagged
  }
  if (Array.isArray(v)) return v.map(encodeValue)
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) defineOwn(out, k, encodeValue(x))
    return out
  }
  return v
}

function revive(t: number[]): Decimal {
  const x = Object.create(PROTO) as Internals & { constructor: typeof Decimal }
  x.constructor = Decimal // the configured clone: precision and rounding carry over
  x.s = t[0]!
  x.e = t[1]!
  x.d = t.slice(2)
  return x as unknown as Decimal
}

function decodeValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decodeValue)
  if (v !== null && typeof v === 'object') {
    const t = (v as Partial<Tagged>).$dec
    if (Array.isArray(t)) return revive(t)
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) defineOwn(out, k, decodeValue(x))
    return out
  }
  return v
}

export const encodeResult = (r: ModelResult): EncodedResult => ({ encoded: encodeValue(r) })
export const decodeResult = (e: EncodedResult): ModelResult => decodeValue(e.encoded) as ModelResult
