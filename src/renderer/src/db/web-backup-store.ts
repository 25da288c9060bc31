import { Dexie, type EntityTable } from 'dexie'
import type { BackupEntry, BackupRequest } from '@shared/ipc/contract'

/**
 * Web mode only: main process keeps rotating backup files on disk in the desktop app; a browser
 * cannot, so web mode downloads each backup AND keeps a copy in this separate IndexedDB database
 * (its own database so restoring the main one cannot wipe it). Same origin, so clearing site data
 * loses both — the downloaded file is the copy that counts, and the UI says so.
 */
type BackupRow = BackupEntry & { bytes: Uint8Array }

/** Keep the last few only: IndexedDB space is shared with the projects themselves. */
export const WEB_BACKUP_KEEP = 10

class WebBackupDb extends Dexie {
  backups!: EntityTable<BackupRow, 'id'>
  constructor(name: string) {
    super(name, { chromeTransactionDurability: 'strict' })
    this.version(1).stores({ backups: 'id, createdAt' })
  }
}

export function createWebBackupStore(name = 'bankable-web-backups', now: () => Date = () => new Date()) {
  const db = new WebBackupDb(name)
  return {
    async add(req: BackupRequest): Promise<BackupEntry> {
      const createdAt = now().toISOString()
      const entry: BackupEntry = { id: `backup-${createdAt.replace(/[:.]/g, '-')}-${Math.random().toString(36).slice(2, 8)}`, createdAt, sizeBytes: req.bytes.byteLength, reason: req.reason }
      await db.transaction('rw', db.backups, async () => {
        await db.backups.add({ ...entry, bytes: req.bytes })
        const old = await db.backups.orderBy('createdAt').reverse().offset(WEB_BACKUP_KEEP).primaryKeys()
        await db.backups.bulkDelete(old)
      })
      return entry
    },
    async list(): Promise<BackupEntry[]> {
      const rows = await db.backups.orderBy('createdAt').reverse().toArray()
      return rows.map(({ bytes: _bytes, ...entry }) => entry)
    },
    async read(id: string): Promise<{ name: string; bytes: Uint8Array } | undefined> {
      const row = await db.backups.get(id)
      return row && { name: `${row.id}.json`, bytes: row.bytes }
    }
  }
}
export type WebBackupStore = ReturnType<typeof createWebBackupStore>
