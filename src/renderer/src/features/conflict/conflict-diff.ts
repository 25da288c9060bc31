/**
 * Case 41 (two windows edit the same deal): the second save is refused by the repository's
 * compare-and-swap; this lists what differs between the user's version and the one saved by the
 * other window, field by field, so the conflict message can show BOTH versions.
 */
export type FieldDifference = { path: string; mine: string; theirs: string }

/** A field absent on that side; the dialog says it in the reader's language. */
export const ABSENT = '(none)'

const show = (v: unknown): string => (v === undefined ? ABSENT : typeof v === 'string' ? v : JSON.stringify(v))

function walk(mine: unknown, theirs: unknown, path: string, out: FieldDifference[], limit: number): void {
  if (out.length >= limit) return
  const bothObjects = mine !== null && theirs !== null && typeof mine === 'object' && typeof theirs === 'object'
  if (bothObjects && Array.isArray(mine) === Array.isArray(theirs)) {
    const keys = Array.isArray(mine)
      ? Array.from({ length: Math.max(mine.length, (theirs as unknown[]).length) }, (_, i) => String(i))
      : [...new Set([...Object.keys(mine as object), ...Object.keys(theirs as object)])].sort()
    for (const k of keys) walk((mine as Record<string, unknown>)[k], (theirs as Record<string, unknown>)[k], path ? `${path}.${k}` : k, out, limit)
    return
  }
  if (mine !== theirs) out.push({ path: path || '(document)', mine: show(mine), theirs: show(theirs) })
}

/** Differences in document order (sorted keys), at most `limit` (the dialog shows the first ones). */
export function diffDocuments(mine: unknown, theirs: unknown, limit = 50): FieldDifference[] {
  const out: FieldDifference[] = []
  walk(mine, theirs, '', out, limit)
  return out
}
