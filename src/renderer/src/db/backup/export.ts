import type { Dexie, Table } from 'dexie'
import { canonicalJson, NotSerialisableError, sha256Hex } from './canonical'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupError, type BackupManifest } from './format'

/** The Dexie store spec of a table as `version().stores()` takes it (`'id, updatedAt'`). */
export function storeSpec(table: Table): string {
  return [table.schema.primKey.src, ...table.schema.indexes.map((i) => i.src)].join(', ')
}

export type ExportOptions = { appVersion: string; now?: () => Date }
export type ExportedBackup = { manifest: BackupManifest; text: string; bytes: Uint8Array }

export type BuildOptions = ExportOptions & { schemaVersion: number; dbName: string; schema: Record<string, string> }

/** The backup document for rows already read (used by the export and by the recovery screen's partial export). */
export async function buildBackup(data: Record<string, unknown[]>, options: BuildOptions): Promise<ExportedBackup> {
  let canonical: string
  try {
    canonical = canonicalJson(data)
  } catch (e) {
    if (e instanceof NotSerialisableError) throw new BackupError('not-serialisable', `Backup not written: ${e.message}.`)
    throw e
  }
  const names = Object.keys(data).sort()
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: options.appVersion,
    schemaVersion: options.schemaVersion,
    dbName: options.dbName,
    createdAt: (options.now ?? (() => new Date()))().toISOString(),
    tables: Object.fromEntries(names.map((n) => [n, data[n]!.length])),
    schema: Object.fromEntries(names.map((n) => [n, options.schema[n] ?? ''])),
    sha256: await sha256Hex(canonical)
  }
  // The data section is written in its canonical form. No trailing newline: then every proper prefix
  // of the file is incomplete JSON, so a cut at ANY offset is detected.
  const text = `{"manifest":${JSON.stringify(manifest)},"data":${canonical}}`
  return { manifest, text, bytes: new TextEncoder().encode(text) }
}

/**
 * Every row of every table of `db` (the app's class, or a version-less Dexie opened on the installed
 * schema) as a backup document. All tables are read in ONE read transaction, so the copy is a
 * consistent snapshot even while another window writes.
 */
export async function exportDatabase(db: Dexie, options: ExportOptions): Promise<ExportedBackup> {
  if (!db.isOpen()) await db.open()
  const tables = [...db.tables].sort((a, b) => a.name.localeCompare(b.name))
  const data: Record<string, unknown[]> = {}
  await db.transaction('r', tables, async () => {
    for (const t of tables) data[t.name] = await t.toArray()
  })
  return buildBackup(data, { ...options, schemaVersion: db.verno, dbName: db.name, schema: Object.fromEntries(tables.map((t) => [t.name, storeSpec(t)])) })
}
