/**
 * Parsing untrusted JSON text (project, lot, review and backup files) with messages a person can act
 * on: nesting is checked by a linear scan BEFORE JSON.parse (a 100k-deep `[[[[…` would otherwise
 * exhaust the stack and surface as "Maximum call stack size exceeded"), prototype keys are stripped
 * while parsing, and numbers JSON.parse turns into ±Infinity (`1e400`) are named by their path.
 */

/** The default nesting limit for lot files and other small documents. */
export const MAX_JSON_DEPTH = 200

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Where nesting first goes deeper than `limit` (brackets outside string literals): the index of the
 * opening bracket in `text`, or -1 when the text stays within the limit.
 */
export function tooDeepAt(text: string, limit: number): number {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return i
    } else if (c === 0x7d || c === 0x5d) depth--
  }
  return -1
}

/** Maximum bracket depth outside string literals, stopping early once `limit` is exceeded. */
export function jsonNestingDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      depth++
      if (depth > deepest) deepest = depth
      if (deepest > limit) return deepest
    } else if (c === 0x7d || c === 0x5d) depth--
  }
  return deepest
}

/** UTF-8 byte offset of the UTF-16 index `index` in `text` (what a hex editor shows). */
export function utf8Offset(text: string, index: number): number {
  return new TextEncoder().encode(text.slice(0, index)).length
}

/** "nested deeper than N levels at byte B", or null when within the limit. */
export function tooDeepMessage(text: string, limit: number): string | null {
  const at = tooDeepAt(text, limit)
  return at < 0 ? null : `nested deeper than ${limit} levels at byte ${utf8Offset(text, at)}`
}

/** Paths (as key lists) of numbers that are not finite, e.g. `1e400` parsed to Infinity. */
export function nonFiniteNumberPaths(value: unknown, path: (string | number)[] = [], found: (string | number)[][] = []): (string | number)[][] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push(path)
  } else if (Array.isArray(value)) value.forEach((v, i) => nonFiniteNumberPaths(v, [...path, i], found))
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) nonFiniteNumberPaths(v, [...path, k], found)
  return found
}

export const NOT_FINITE_MESSAGE = 'number is too large (not finite)'

export const formatJsonPath = (path: readonly (string | number)[]): string => (path.length === 0 ? '(root)' : path.map(String).join('.'))

/** A failure names where: `(file)` for the text as a whole, else the path of the offending value. */
export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; path: string; message: string }

/**
 * Parse untrusted JSON: one leading BOM removed, nesting limited (before parsing), prototype keys
 * stripped, non-finite numbers refused. Never throws; the message is one line without a file name.
 */
export function parseJsonSafely(text: string, maxDepth = MAX_JSON_DEPTH): SafeJsonResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const deep = tooDeepMessage(body, maxDepth)
  if (deep) return { ok: false, path: '(file)', message: deep }
  let value: unknown
  try {
    value = JSON.parse(body, (key, v: unknown) => (RESERVED_KEYS.has(key) ? undefined : v))
  } catch (e) {
    return { ok: false, path: '(file)', message: `not valid JSON (${e instanceof Error ? e.message : 'parse error'})` }
  }
  const bad = nonFiniteNumberPaths(value)
  if (bad.length > 0) return { ok: false, path: formatJsonPath(bad[0]!), message: NOT_FINITE_MESSAGE }
  return { ok: true, value }
}
