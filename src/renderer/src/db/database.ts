import { Dexie, type EntityTable, type Middleware, type DBCore, type Transaction } from 'dexie'
import type { Project } from '@shared/model'
import { migrateProjectDocument, type ProjectDocument } from '@shared/model/migrations'
import { upgradeReviewBody } from '@shared/review/upgrade'

/**
 * The ONE Dexie database of the app. Every schema change is a new `version(n)` in this file with
 * its `.upgrade()` and a migration test; `tests/renderer/db/schema-snapshot.json` must match the
 * runtime schema (Dexie 4 silently adapts to schema drift, so the snapshot is the safety net).
 *
 * Only `repository.ts` (and the web-mode backup store) may import this module.
 */

/** A stored project: list metadata beside the validated document (amounts as decimal strings). */
export type ProjectRecord = {
  id: string
  name: string
  archived: boolean
  /** ISO-8601 instants. */
  createdAt: string
  updatedAt: string
  /** Compare-and-swap counter: incremented by every write, checked by every update. */
  rev: number
  doc: Project
}

/** Imported feedstock lots; owned by the lot-import feature, keyed to a project. */
export type LotRecord = { id: string; projectId: string; createdAt: string; data: unknown }
/** Financier reviews of a project; owned by the review feature. */
export type ReviewRecord = { id: string; projectId: string; createdAt: string; data: unknown }
export type MetaRecord = { key: string; createdAt: string; value?: unknown }
/**
 * A deleted project with its lots and reviews, kept so delete can be undone; `meta`: its own meta rows
 * (the last Monte Carlo settings and results), absent on rows trashed before they existed.
 */
export type TrashRecord = { id: string; deletedAt: string; project: ProjectRecord; lots: LotRecord[]; reviews: ReviewRecord[]; meta?: MetaRecord[] }

/** Version 1 schema. Index only what is queried: the list sorts by `updatedAt`; lots/reviews by project. */
export const SCHEMA_V1 = {
  projects: 'id, updatedAt',
  lots: 'id, projectId',
  reviews: 'id, projectId',
  meta: 'key',
  trash: 'id, deletedAt'
} as const

/** The app's Dexie version: the last `version(n)` declared below (its stores are still SCHEMA_V1). */
export const DB_VERSION = 3

/**
 * A stored project document brought to the current project-file version through the same migration
 * chain as a file. A document the chain cannot upgrade is kept exactly as it is (never dropped): the
 * repository's validation then reports it, as it would for a file.
 */
export function upgradeStoredDoc(doc: unknown): unknown {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return doc
  const r = migrateProjectDocument(doc as ProjectDocument)
  return r.ok ? r.value : doc
}

/** A stored review row's data (`{ kind, fileName, review }`) with its review body in the current format. */
export function upgradeStoredReviewData(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data
  const review = (data as { review?: unknown }).review
  if (typeof review !== 'object' || review === null || Array.isArray(review)) return data
  return { ...data, review: upgradeReviewBody(review as Record<string, unknown>) }
}

/**
 * Version 2 (project file version 2, review format 2: field names carry their units). No store
 * changes; every stored document is migrated: projects, reviews, and the copies kept in the trash.
 * The pre-upgrade backup (open-database.ts, R22) keeps the version-1 rows.
 */
async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx.table('projects').toCollection().modify((rec: { doc: unknown }) => {
    rec.doc = upgradeStoredDoc(rec.doc)
  })
  await tx.table('reviews').toCollection().modify((rec: { data: unknown }) => {
    rec.data = upgradeStoredReviewData(rec.data)
  })
  await tx.table('trash').toCollection().modify((rec: { project?: { doc?: unknown }; reviews?: { data?: unknown }[] }) => {
    if (rec.project && typeof rec.project === 'object') rec.project.doc = upgradeStoredDoc(rec.project.doc)
    if (Array.isArray(rec.reviews)) for (const r of rec.reviews) if (r && typeof r === 'object') r.data = upgradeStoredReviewData(r.data)
  })
}

/**
 * Version 3 (project file version 3: senior debt in tranches, issue #14). No store changes; stored
 * projects, also those in the trash, go through the migration chain (a single debt becomes one
 * tranche in the reporting currency). Reviews are unchanged (the review format did not move).
 */
async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx.table('projects').toCollection().modify((rec: { doc: unknown }) => {
    rec.doc = upgradeStoredDoc(rec.doc)
  })
  await tx.table('trash').toCollection().modify((rec: { project?: { doc?: unknown } }) => {
    if (rec.project && typeof rec.project === 'object') rec.project.doc = upgradeStoredDoc(rec.project.doc)
  })
}

export const DB_NAME = 'bankable'
export const SENTINEL_KEY = 'db-instance'

export type DatabaseOptions = {
  /** DBCore middlewares (fault injection in tests). */
  middlewares?: Middleware<DBCore>[]
  now?: () => Date
}

export class BankableDb extends Dexie {
  projects!: EntityTable<ProjectRecord, 'id'>
  lots!: EntityTable<LotRecord, 'id'>
  reviews!: EntityTable<ReviewRecord, 'id'>
  meta!: EntityTable<MetaRecord, 'key'>
  trash!: EntityTable<TrashRecord, 'id'>

  constructor(name: string = DB_NAME, options: DatabaseOptions = {}) {
    // Strict durability: Chromium defaults to relaxed since 121 ("complete" may precede the disk).
    super(name, { chromeTransactionDurability: 'strict' })
    this.version(1).stores(SCHEMA_V1)
    this.version(2).stores(SCHEMA_V1).upgrade(upgradeToV2)
    this.version(3).stores(SCHEMA_V1).upgrade(upgradeToV3)
    const now = options.now ?? (() => new Date())
    // The sentinel lets startup tell "a brand-new database" from "a database that vanished".
    this.on('populate', (tx) => {
      void tx.table('meta').add({ key: SENTINEL_KEY, createdAt: now().toISOString() })
    })
    for (const m of options.middlewares ?? []) this.use(m)
  }
}

/** The runtime schema in the shape of the committed snapshot. */
export function describeSchema(db: Dexie): { version: number; tables: { name: string; primKey: string; indexes: string[] }[] } {
  return {
    version: db.verno,
    tables: db.tables
      .map((t) => ({ name: t.name, primKey: t.schema.primKey.src, indexes: t.schema.indexes.map((i) => i.src).sort() }))
      .sort((a, b) => a.name.localeCompare(b.name))
  }
}
