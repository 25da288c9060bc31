import type { Project } from '@shared/model'

/**
 * Ids a user may type that collide with what every plain JavaScript object already has. A lookup
 * `obj[id]` on a plain object finds the inherited member (`constructor`, `toString`…) or, for
 * `__proto__`, the prototype itself; all of them pass the schema's id pattern.
 */
export const PROTOTYPE_IDS = [
  '__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf',
  'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__'
] as const

/** Reference fields that point into built-in catalogues, not at the project's own records. */
const CATALOGUE_REFS = new Set(['presetId', 'converterClassId'])

/** Fields that name a tax block (§14): a project's own block id, or one of the built-in words, which stay. */
const BLOCK_REFS = new Set(['taxBlock', 'maintenanceBlock'])
const BUILT_IN_BLOCKS = new Set(['depreciable', 'land'])

const isIdField = (key: string, value?: unknown) =>
  BLOCK_REFS.has(key) ? typeof value === 'string' && !BUILT_IN_BLOCKS.has(value) : (key === 'id' || key.endsWith('Id')) && !CATALOGUE_REFS.has(key)

/** Every distinct id the project defines or references, in document order. */
export function projectIds(project: Project): string[] {
  const seen = new Set<string>()
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (isIdField(k, x) && typeof x === 'string') seen.add(x)
        else walk(x)
      }
  }
  walk(project)
  return [...seen]
}

/** A copy of the project with ids renamed by `rename` (old → new) in every id field, consistently. */
export function renameIds(project: Project, rename: ReadonlyMap<string, string>): Project {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk)
    if (v && typeof v === 'object') {
      // defineProperty, not assignment: the copy must hold a key `__proto__` as data if one exists.
      const out = {}
      for (const [k, x] of Object.entries(v)) {
        const value = isIdField(k, x) && typeof x === 'string' ? (rename.get(x) ?? x) : walk(x)
        Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true })
      }
      return out
    }
    return v
  }
  return walk(project) as Project
}
