import { defineOwn } from './own'

/**
 * Recursively sort object keys (arrays keep their order; undefined values are dropped) so equal
 * documents serialise byte-identically: the basis of every file fingerprint and checksum.
 */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k]
      if (v !== undefined) defineOwn(out, k, sortKeys(v))
    }
    return out
  }
  return value
}
