import { migrateV1ToV2 } from './migrate-v1-units'
import { migrateV2ToV3 } from './migrate-v2-tranches'
import { PROJECT_SCHEMA_VERSION } from './project'

/**
 * Project-file migrations: one pure function per version step, vN → vN+1, applied in order.
 * A file is never silently rejected for being old: either every step from its version to the current
 * one is registered, or the reader says which step is missing.
 *
 * There is no released version before 1. Adding version N+1 means bumping PROJECT_SCHEMA_VERSION,
 * registering `N: (doc) => ...` here and adding its fixture test (tests/shared/model/migrations.test.ts,
 * with the old file verbatim under tests/fixtures/migrations/vN/).
 */
export type ProjectDocument = Record<string, unknown>
export type Migration = (doc: ProjectDocument) => ProjectDocument
/** Keyed by the version a migration upgrades FROM. */
export type MigrationRegistry = Readonly<Record<number, Migration>>

export const PROJECT_MIGRATIONS: MigrationRegistry = {
  /** Field names carry their units (issue #12). */
  1: migrateV1ToV2,
  /** Senior debt in 1–4 tranches; an FX depreciation beyond the table (issue #14). */
  2: migrateV2ToV3
}

export type MigrationResult =
  | { ok: true; value: ProjectDocument; fromVersion: number; applied: number[] }
  | { ok: false; code: 'migration/missing-step' | 'migration/newer-version' | 'migration/bad-version' | 'migration/failed'; message: string }

/**
 * Bring a parsed document from its `schemaVersion` up to `target`. Pure: the input is not modified
 * (each step receives a deep copy) and each step must set `schemaVersion` to from + 1.
 */
export function migrateProjectDocument(
  doc: ProjectDocument,
  registry: MigrationRegistry = PROJECT_MIGRATIONS,
  target: number = PROJECT_SCHEMA_VERSION
): MigrationResult {
  const from = doc.schemaVersion
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0)
    return { ok: false, code: 'migration/bad-version', message: 'schemaVersion must be a whole number' }
  if (from > target) return { ok: false, code: 'migration/newer-version', message: 'created by a newer version of Bankable — update the app' }
  let current = doc
  const applied: number[] = []
  for (let v = from; v < target; v++) {
    const step = registry[v]
    if (!step) return { ok: false, code: 'migration/missing-step', message: `this file is from version ${from}; no upgrade from version ${v} to ${v + 1} is available` }
    let next: ProjectDocument
    try {
      next = step(structuredClone(current))
    } catch (e) {
      return { ok: false, code: 'migration/failed', message: `upgrade from version ${v} to ${v + 1} failed: ${e instanceof Error ? e.message : String(e)}` }
    }
    if (next.schemaVersion !== v + 1)
      return { ok: false, code: 'migration/failed', message: `upgrade from version ${v} did not produce version ${v + 1}` }
    current = next
    applied.push(v)
  }
  return { ok: true, value: current, fromVersion: from, applied }
}
