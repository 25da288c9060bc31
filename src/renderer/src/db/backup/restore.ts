import { Dexie } from 'dexie'
import { SENTINEL_KEY } from '../database'
import { isQuotaError } from '../errors'
import { exportDatabase, type ExportedBackup } from './export'
import { BackupError, type BackupData } from './format'
import { APP_ROW_VALIDATORS, firstRowProblem, type RowValidator } from './rows'
import { verifyBackup } from './verify'

export type RestoreOptions = {
  appVersion: string
  /** Opens a database of the APP's class under another name; opening it runs the app's upgraders. */
  openAppDb: (name: string) => Dexie
  /** Keeps the live data as it was before the restore (written through the bridge); failing aborts the restore. */
  keepPreRestore: (backup: ExportedBackup) => Promise<void>
  validators?: Readonly<Record<string, RowValidator>>
  stagingName?: string
  now?: () => Date
}

export type RestoreResult = { tables: Record<string, number>; fromSchemaVersion: number; upgraded: boolean; preRestore: ExportedBackup }

const msg = (e: unknown) => (e instanceof Error ? e.message : String(e))

/**
 * Re-create the backup exactly as it was (its own schema version and store specs) in a staging
 * database, then open that with the app's class so its upgraders bring the rows up to date, and
 * read them back. Staging is deleted afterwards whatever happens; the live database is not touched.
 */
async function stageAndUpgrade(doc: Awaited<ReturnType<typeof verifyBackup>>, options: RestoreOptions, stagingName: string): Promise<BackupData> {
  await Dexie.delete(stagingName) // a restore that crashed earlier may have left one behind
  try {
    const raw = new Dexie(stagingName, { chromeTransactionDurability: 'strict' })
    raw.version(doc.manifest.schemaVersion).stores(doc.manifest.schema)
    await raw.open()
    await raw.transaction('rw', raw.tables, async () => {
      for (const t of raw.tables) await t.bulkAdd(doc.data[t.name] ?? [])
    })
    raw.close()
    const staged = options.openAppDb(stagingName)
    await staged.open()
    const rows: BackupData = {}
    await staged.transaction('r', staged.tables, async () => {
      for (const t of staged.tables) rows[t.name] = await t.toArray()
    })
    staged.close()
    return rows
  } catch (e) {
    throw new BackupError('staging-failed', `The backup could not be prepared for restore (${msg(e)}) — nothing was restored.`)
  } finally {
    await Dexie.delete(stagingName).catch(() => undefined)
  }
}

/**
 * Restore `bytes` into `live` (reliability R26/R27, cases 45–47). Order: verify the file completely
 * (verify.ts) → stage and upgrade → check row counts and every row's shape → keep a pre-restore backup
 * of the live data → replace every live table in ONE rw transaction (all or nothing). The live
 * database's creation sentinel is kept, so a restore is not mistaken for a database reset.
 * Throws BackupError; on any throw the live database is exactly as before.
 */
export async function restoreBackup(live: Dexie, bytes: Uint8Array, options: RestoreOptions): Promise<RestoreResult> {
  const doc = await verifyBackup(bytes, { appVersion: options.appVersion, schemaVersion: live.verno })
  const rows = await stageAndUpgrade(doc, options, options.stagingName ?? `${live.name}-restore-staging`)

  for (const [table, count] of Object.entries(doc.manifest.tables)) {
    const got = rows[table]?.length ?? 0
    if (got !== count) throw new BackupError('damaged', `Backup incomplete or damaged (row count mismatch in ${table} after upgrade: expected ${count}, found ${got}) — nothing was restored.`)
  }
  if (!live.isOpen()) await live.open()
  const liveNames = new Set(live.tables.map((t) => t.name))
  for (const name of Object.keys(rows))
    if (!liveNames.has(name)) throw new BackupError('unknown-table', `The backup holds a table (${name}) this version does not know — nothing was restored.`)
  const problem = firstRowProblem(rows, options.validators ?? APP_ROW_VALIDATORS)
  if (problem) throw new BackupError('invalid-row', `The backup holds an invalid row (${problem.table} #${problem.index + 1}: ${problem.problem}) — nothing was restored.`)

  const preRestore = await exportDatabase(live, { appVersion: options.appVersion, now: options.now })
  try {
    await options.keepPreRestore(preRestore)
  } catch (e) {
    throw new BackupError('pre-restore-backup-failed', `A copy of the current data could not be kept first (${msg(e)}) — nothing was restored.`)
  }

  // Everything is read and checked; the transaction below awaits only IndexedDB work (R18).
  const liveSentinel: unknown = liveNames.has('meta') ? await live.table('meta').get(SENTINEL_KEY) : undefined
  try {
    await live.transaction('rw', live.tables, async () => {
      for (const t of live.tables) {
        let incoming = rows[t.name] ?? []
        if (t.name === 'meta' && liveSentinel !== undefined)
          incoming = [...incoming.filter((r) => (r as { key?: unknown }).key !== SENTINEL_KEY), liveSentinel]
        await t.clear()
        await t.bulkAdd(incoming)
      }
    })
  } catch (e) {
    if (isQuotaError(e)) throw new BackupError('write-failed', 'Disk full — nothing was restored. Free some disk space, then try again.')
    throw new BackupError('write-failed', `The restore could not be written (${msg(e)}) — nothing was restored.`)
  }
  const tables: Record<string, number> = {}
  for (const t of live.tables) tables[t.name] = await t.count()
  return { tables, fromSchemaVersion: doc.manifest.schemaVersion, upgraded: doc.manifest.schemaVersion < live.verno, preRestore }
}
