import type { Dexie } from 'dexie'
import type { BackupEntry, BackupRequest, BridgeApi } from '@shared/ipc/contract'
import { exportDatabase, type ExportedBackup } from '@renderer/db/backup/export'
import { BackupError } from '@renderer/db/backup/format'
import { restoreBackup, type RestoreResult } from '@renderer/db/backup/restore'
import { verifyBackup } from '@renderer/db/backup/verify'

/**
 * Backups as the app uses them: written through the bridge (main writes temp file → fsync → rename
 * and rotates per reason; web mode keeps the last 10 in a separate IndexedDB and downloads a copy),
 * listed, verified and restored. Every restore keeps a copy of the current data first.
 */
export type BackupServiceDeps = {
  db: Dexie
  bridge: Pick<BridgeApi, 'backupWrite' | 'backupList' | 'backupRead'>
  appVersion: string
  /** Opens the app's database class under another name (staging); its upgraders run on open. */
  openAppDb: (name: string) => Dexie
  now?: () => Date
}

export type VerifiedBackup = { entry: BackupEntry; bytes: Uint8Array }
export type LatestVerified = { found: VerifiedBackup | null; refused: { entry: BackupEntry; reason: string }[] }

const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e))

export async function writeBackup(bridge: BackupServiceDeps['bridge'], backup: ExportedBackup, reason: BackupRequest['reason']): Promise<BackupEntry> {
  const r = await bridge.backupWrite({ bytes: backup.bytes, reason })
  if (!r.ok) throw new BackupError('write-failed', r.cancelled ? 'The backup was cancelled.' : `The backup could not be written (${r.error.message}).`)
  return r.value
}

export function createBackupService(deps: BackupServiceDeps) {
  let lastDigest: string | null = null

  async function list(): Promise<BackupEntry[]> {
    const r = await deps.bridge.backupList()
    if (!r.ok) throw new BackupError('write-failed', r.cancelled ? 'Cancelled.' : `Backups could not be listed (${r.error.message}).`)
    return [...r.value].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  }

  async function read(entry: BackupEntry): Promise<Uint8Array> {
    const r = await deps.bridge.backupRead(entry.id)
    if (!r.ok) throw new BackupError('damaged', r.cancelled ? 'Cancelled.' : `The backup could not be read (${r.error.message}).`)
    return r.value.bytes
  }

  return {
    list,

    /** Export now and write it. `auto` backups are skipped when nothing changed since the last one. */
    async backupNow(reason: BackupRequest['reason']): Promise<BackupEntry | null> {
      const backup = await exportDatabase(deps.db, { appVersion: deps.appVersion, now: deps.now })
      if (reason === 'auto' && backup.manifest.sha256 === lastDigest) return null
      const entry = await writeBackup(deps.bridge, backup, reason)
      lastDigest = backup.manifest.sha256
      return entry
    },

    /** The newest backup that passes full verification; older ones are tried when newer ones fail. */
    async latestVerified(): Promise<LatestVerified> {
      const refused: LatestVerified['refused'] = []
      for (const entry of await list()) {
        try {
          const bytes = await read(entry)
          await verifyBackup(bytes, { appVersion: deps.appVersion, schemaVersion: deps.db.verno })
          return { found: { entry, bytes }, refused }
        } catch (e) {
          refused.push({ entry, reason: reasonOf(e) })
        }
      }
      return { found: null, refused }
    },

    async restore(entryOrBytes: BackupEntry | Uint8Array): Promise<RestoreResult> {
      const bytes = entryOrBytes instanceof Uint8Array ? entryOrBytes : await read(entryOrBytes)
      return restoreBackup(deps.db, bytes, {
        appVersion: deps.appVersion,
        openAppDb: deps.openAppDb,
        now: deps.now,
        keepPreRestore: (b) => writeBackup(deps.bridge, b, 'manual').then(() => undefined)
      })
    }
  }
}
export type BackupService = ReturnType<typeof createBackupService>

export type AutoBackupOptions = {
  service: Pick<BackupService, 'backupNow'>
  /** Calls `listener` after each successful save; returns unsubscribe. */
  onSave: (listener: () => void) => () => void
  intervalMs?: number
  savesPerBackup?: number
  onError?: (e: unknown) => void
  setInterval?: (f: () => void, ms: number) => unknown
  clearInterval?: (h: unknown) => void
}

/** Defaults: one automatic backup at startup, then every 30 minutes and after every 25 saves (skipped when unchanged). */
export const AUTO_BACKUP_INTERVAL_MS = 30 * 60 * 1000
export const AUTO_BACKUP_SAVES = 25

export function startAutoBackups(o: AutoBackupOptions): () => void {
  let saves = 0
  let running: Promise<unknown> | null = null
  const run = () => {
    if (running) return
    saves = 0
    running = o.service.backupNow('auto').catch((e: unknown) => o.onError?.(e)).finally(() => (running = null))
  }
  const set = o.setInterval ?? ((f, ms) => globalThis.setInterval(f, ms))
  const clear = o.clearInterval ?? ((h) => globalThis.clearInterval(h as ReturnType<typeof globalThis.setInterval>))
  run()
  const timer = set(run, o.intervalMs ?? AUTO_BACKUP_INTERVAL_MS)
  const unsubscribe = o.onSave(() => {
    saves += 1
    if (saves >= (o.savesPerBackup ?? AUTO_BACKUP_SAVES)) run()
  })
  return () => {
    clear(timer)
    unsubscribe()
  }
}
