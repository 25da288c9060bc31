/**
 * Model paths in the form `parseProject` reports them (`feedstock.0.unitsPerYear`): one string
 * names the value a field shows, where its edit goes and where a refusal is reported. Pure helpers.
 */
export type PathSegment = string | number

/** `a.0.b` → ['a', 0, 'b']: all-digit segments are array indices. */
export const splitPath = (path: string): PathSegment[] => path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s))

export const joinPath = (...parts: readonly PathSegment[]): string => parts.map(String).join('.')

const isContainer = (v: unknown): v is Record<PropertyKey, unknown> => typeof v === 'object' && v !== null

/** The value at `path`, or undefined when any step is missing. */
export function getAt(root: unknown, path: string): unknown {
  let cur: unknown = root
  for (const seg of splitPath(path)) {
    if (!isContainer(cur)) return undefined
    cur = cur[seg]
  }
  return cur
}

/**
 * Set the value at `path` in place. Every container on the way must exist (a field only edits
 * values the document already has); a missing step is a programming error and throws.
 * `undefined` deletes the key (optional fields such as a recovery override).
 */
export function setAt(root: object, path: string, value: unknown): void {
  const segs = splitPath(path)
  let cur: unknown = root
  for (const seg of segs.slice(0, -1)) {
    if (!isContainer(cur)) throw new Error(`setAt: no container at "${seg}" of ${path}`)
    cur = cur[seg]
  }
  if (!isContainer(cur)) throw new Error(`setAt: no container for ${path}`)
  const last = segs[segs.length - 1]!
  if (value === undefined && !Array.isArray(cur)) delete cur[last]
  else cur[last] = value
}
