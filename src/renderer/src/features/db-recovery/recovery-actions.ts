import { Dexie } from 'dexie'
import type { BackupEntry, BridgeApi } from '@shared/ipc/contract'
import { SENTINEL_KEY } from '@renderer/db/database'
import { buildBackup, storeSpec } from '@renderer/db/backup/export'
import { BackupError } from '@renderer/db/backup/format'
import type { OpenOutcome } from '@renderer/db/backup/open-database'
import { restoreBackup } from '@renderer/db/backup/restore'
import { verifyBackup } from '@renderer/db/backup/verify'
import { writeBackup } from '@renderer/features/backups/backup-service'

/**
 * What the recovery screen can do when the database cannot be used as it is (reliability R21, R29;
 * cases 38, 42, 43). Nothing here runs without the user choosing it; each action ends by recording
 * the database's sentinel in preferences, so the next start opens normally.
 */

/** Where the copy of the database's creation sentinel lives between runs (same key the store's startup check reads). */
export const DB_INSTANCE_PREF_KEY = 'bankable.dbInstanceCreatedAt'

export type RecoveryDeps = {
  name: string
  appVersion: string
  bridge: Pick<BridgeApi, 'backupList' | 'backupRead' | 'backupWrite' | 'saveFile'>
  prefs: Pick<Storage, 'getItem' | 'setItem'>
  /** The app's database class (not opened). */
  openAppDb: (name: string) => Dexie
  now?: () => Date
}

export type FailedOutcome = Exclude<OpenOutcome<Dexie>, { kind: 'ok' }>
const openDbOf = (o: FailedOutcome): Dexie | null => (o.kind === 'missing' && o.reason !== 'deleted' ? o.db : null)
const msg = (e: unknown) => (e instanceof Error ? e.message : String(e))

export type LatestBackup = { entry: BackupEntry; bytes: Uint8Array } | null

/** Newest kept backup that passes full verification for this app version, with reasons for the ones skipped. */
export async function findLatestVerified(deps: RecoveryDeps): Promise<{ latest: LatestBackup; refused: string[] }> {
  const listed = await deps.bridge.backupList()
  if (!listed.ok) return { latest: null, refused: [listed.cancelled ? 'cancelled' : listed.error.message] }
  const schemaVersion = deps.openAppDb(deps.name).verno
  const refused: string[] = []
  for (const entry of [...listed.value].sort((a, b) => b.createdAt.localeCompare(a.createdAt))) {
    const read = await deps.bridge.backupRead(entry.id)
    if (!read.ok) {
      refused.push(`${entry.createdAt}: ${read.cancelled ? 'cancelled' : read.error.message}`)
      continue
    }
    try {
      await verifyBackup(read.value.bytes, { appVersion: deps.appVersion, schemaVersion })
      return { latest: { entry, bytes: read.value.bytes }, refused }
    } catch (e) {
      refused.push(`${entry.createdAt}: ${msg(e)}`)
    }
  }
  return { latest: null, refused }
}

/** Reads table by table with a version-less open (no upgrade), skipping what fails, as a backup document. */
async function readableBackup(deps: RecoveryDeps): Promise<{ backup: Awaited<ReturnType<typeof buildBackup>>; unreadable: string[] }> {
  const probe = new Dexie(deps.name)
  const data: Record<string, unknown[]> = {}
  const schema: Record<string, string> = {}
  const unreadable: string[] = []
  try {
    await probe.open()
    for (const t of probe.tables) {
      try {
        data[t.name] = await t.toArray()
        schema[t.name] = storeSpec(t)
      } catch (e) {
        unreadable.push(`${t.name} (${msg(e)})`)
      }
    }
  } catch (e) {
    throw new BackupError('damaged', `Nothing could be read from the database (${msg(e)}).`)
  } finally {
    probe.close()
  }
  const backup = await buildBackup(data, { appVersion: deps.appVersion, now: deps.now, schemaVersion: probe.verno, dbName: deps.name, schema })
  return { backup, unreadable }
}

/** Saves what can be read as a backup file the user chooses; changes nothing. */
export async function exportReadable(deps: RecoveryDeps): Promise<{ tables: Record<string, number>; unreadable: string[]; savedAs: string | null }> {
  const { backup, unreadable } = await readableBackup(deps)
  const stamp = backup.manifest.createdAt.slice(0, 19).replace(/[:T]/g, '-')
  const saved = await deps.bridge.saveFile({ kind: 'backup', suggestedName: `bankable-recovered-${stamp}.json`, bytes: backup.bytes })
  if (!saved.ok && !saved.cancelled) throw new BackupError('write-failed', `The export could not be saved (${saved.error.message}).`)
  return { tables: backup.manifest.tables, unreadable, savedAs: saved.ok ? saved.value.name : null }
}

/**
 * Before a database is deleted, keep what can be read of it as a backup (reason 'manual'). A database
 * that cannot be opened at all has nothing to keep; any other one must be copied first, else nothing
 * is deleted.
 */
async function keepCopyBeforeDelete(outcome: FailedOutcome, deps: RecoveryDeps): Promise<void> {
  if (!(await Dexie.exists(deps.name))) return
  try {
    await writeBackup(deps.bridge, (await readableBackup(deps)).backup, 'manual')
  } catch (e) {
    if (outcome.kind !== 'open-failed') throw new BackupError('pre-restore-backup-failed', `A copy of the current data could not be kept first (${msg(e)}) — nothing was changed.`)
  }
}

async function rememberSentinel(db: Dexie, deps: RecoveryDeps): Promise<void> {
  const meta = db.table('meta')
  let sentinel = (await meta.get(SENTINEL_KEY)) as { createdAt: string } | undefined
  if (!sentinel) {
    sentinel = { createdAt: (deps.now ?? (() => new Date()))().toISOString() }
    await db.transaction('rw', meta, () => meta.put({ key: SENTINEL_KEY, ...sentinel }))
  }
  deps.prefs.setItem(DB_INSTANCE_PREF_KEY, sentinel.createdAt)
}

/** The database to restore into or start with: the open one, else a new one (a broken one is deleted first). */
async function usableDb(outcome: FailedOutcome, deps: RecoveryDeps): Promise<Dexie> {
  const open = openDbOf(outcome)
  if (open) return open
  if (outcome.kind === 'blocked') throw new BackupError('staging-failed', 'Close the other Bankable windows first — nothing was changed.')
  if (outcome.kind !== 'missing') {
    await keepCopyBeforeDelete(outcome, deps)
    await Dexie.delete(deps.name)
  }
  const db = deps.openAppDb(deps.name)
  await db.open()
  return db
}

/**
 * Restore the given (already verified) backup. The file is verified again and staged BEFORE a broken
 * database is deleted, so a bad backup never costs the data that is still there.
 */
export async function restoreLatest(outcome: FailedOutcome, latest: NonNullable<LatestBackup>, deps: RecoveryDeps): Promise<Record<string, number>> {
  const target = deps.openAppDb(deps.name)
  await verifyBackup(latest.bytes, { appVersion: deps.appVersion, schemaVersion: target.verno })
  const db = await usableDb(outcome, deps)
  try {
    const r = await restoreBackup(db, latest.bytes, {
      appVersion: deps.appVersion,
      openAppDb: deps.openAppDb,
      now: deps.now,
      keepPreRestore: (b) => writeBackup(deps.bridge, b, 'manual').then(() => undefined)
    })
    await rememberSentinel(db, deps)
    return r.tables
  } finally {
    db.close()
  }
}

/** Explicitly start with an empty database (the user confirmed; the old one is deleted if it cannot be used). */
export async function startFresh(outcome: FailedOutcome, deps: RecoveryDeps): Promise<void> {
  const db = await usableDb(outcome, deps)
  try {
    await rememberSentinel(db, deps)
  } finally {
    db.close()
  }
}
