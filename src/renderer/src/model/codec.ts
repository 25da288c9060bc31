import { Decimal } from '@shared/decimal'
import type { ModelResult } from '@shared/engine'

/**
 * A ModelResult crosses the worker boundary by structured clone, which cannot carry Decimal
 * instances (they hold a function in `constructor`). Every Decimal is sent as `{ $d: "<digits>" }`
 * (its full-precision string: exact round trip) and revived on the other side.
 */
type Tagged = { $d: string }
export type EncodedResult = { readonly encoded: unknown }

const isTagged = (v: object): v is Tagged => '$d' in v && typeof (v as Tagged).$d === 'string' && Object.keys(v).length === 1

function encodeValue(v: unknown): unknown {
  if (v instanceof Decimal) return { $d: v.toString() }
  if (Array.isArray(v)) return v.map(encodeValue)
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) out[k] = encodeValue(x)
    return out
  }
  return v
}

function decodeValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decodeValue)
  if (v !== null && typeof v === 'object') {
    if (isTagged(v)) return new Decimal(v.$d)
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) out[k] = decodeValue(x)
    return out
  }
  return v
}

export const encodeResult = (r: ModelResult): EncodedResult => ({ encoded: encodeValue(r) })
export const decodeResult = (e: EncodedResult): ModelResult => decodeValue(e.encoded) as ModelResult
