import { z } from 'zod'
import { IPC_LIMITS } from '@shared/ipc/contract'

/**
 * The backup document: `{ manifest, data }` as one JSON file. `data` maps each table name to its rows
 * (amounts stay the decimal strings the rows already hold); `manifest.sha256` is over the canonical
 * text of `data` (canonical.ts), `manifest.tables` holds each table's row count and `manifest.schema`
 * the Dexie store specs at `schemaVersion`, so an older backup can be re-created in a staging
 * database and upgraded by the app's own upgraders (reliability.md §2.4, dexie-website-old#79).
 */
export const BACKUP_FORMAT = 'bankable-backup'
export const BACKUP_FORMAT_VERSION = 1
/** The same ceiling main applies to any file crossing the bridge. */
export const MAX_BACKUP_BYTES = IPC_LIMITS.maxFileBytes
/** Rows are a few levels deep; anything far deeper is not ours and could exhaust the parser's stack. */
export const MAX_BACKUP_DEPTH = 96

const tableName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/)

export const manifestSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().regex(/^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/),
  schemaVersion: z.number().int().min(1),
  dbName: z.string().min(1).max(200),
  createdAt: z.iso.datetime(),
  tables: z.record(tableName, z.number().int().min(0)),
  schema: z.record(tableName, z.string().max(1000)),
  sha256: z.string().regex(/^[0-9a-f]{64}$/)
})
export type BackupManifest = z.infer<typeof manifestSchema>
export type BackupData = Record<string, unknown[]>
export type BackupDocument = { manifest: BackupManifest; data: BackupData }

export type BackupErrorCode =
  | 'too-large'
  | 'empty'
  | 'damaged'
  | 'not-backup'
  | 'newer-version'
  | 'invalid-row'
  | 'unknown-table'
  | 'not-serialisable'
  | 'staging-failed'
  | 'pre-restore-backup-failed'
  | 'write-failed'

/** Every refusal says what is wrong and that nothing changed. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'BackupError'
  }
}

/** `a` newer than `b` by semantic version (pre-release tags ignored: same x.y.z counts as equal). */
export function isNewerVersion(a: string, b: string): boolean {
  const parts = (v: string) => v.split(/[-+]/)[0]!.split('.').map((n) => Number(n))
  const [x, y] = [parts(a), parts(b)]
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0)
  return false
}
