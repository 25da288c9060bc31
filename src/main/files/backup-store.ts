/**
 * Rotating backups in userData/backups (R28). Main names every file itself (`<id>.bankable-backup`,
 * id = UTC timestamp + reason + random), so the renderer can only pick an id from the list and never
 * supplies a path. Writes are atomic; each reason keeps its newest `keepPerReason` files.
 */
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import type { BackupEntry, BackupRequest, OpenedFile } from '@shared/ipc/contract'
import { BACKUP_ID_PATTERN } from '@shared/ipc/schemas'
import { sweepStaleTempFiles, writeFileAtomic, type FileSystem } from './atomic-write'

export const BACKUP_EXTENSION = '.bankable-backup'

export type BackupStoreDeps = {
  fs: FileSystem
  directory: string
  keepPerReason: number
  maxBytes: number
  now?: () => Date
  randomHex?: () => string
}

export type BackupStore = {
  /** Creates the folder and deletes temp files left by an interrupted write. */
  init(): Promise<{ removedTempFiles: string[] }>
  write(request: BackupRequest): Promise<BackupEntry>
  list(): Promise<BackupEntry[]>
  /** Returns null when the id is unknown. */
  read(id: string): Promise<OpenedFile | null>
}

/** `2025-03-04T05:06:07.089Z` → `20250304T050607089Z` (sorts lexically in time order). */
export function stampFromDate(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '')
}

export function dateFromStamp(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp)
  if (!m) throw new Error(`not a backup stamp: ${stamp}`)
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`
}

export function parseBackupFileName(name: string): { id: string; createdAt: string; reason: BackupRequest['reason'] } | null {
  if (!name.endsWith(BACKUP_EXTENSION)) return null
  const id = name.slice(0, -BACKUP_EXTENSION.length)
  const match = BACKUP_ID_PATTERN.exec(id)
  if (!match) return null
  return { id, createdAt: dateFromStamp(id.slice(0, 19)), reason: match[1] as BackupRequest['reason'] }
}

export function createBackupStore(deps: BackupStoreDeps): BackupStore {
  const { fs, directory, keepPerReason, maxBytes } = deps
  const now = deps.now ?? (() => new Date())
  const randomHex = deps.randomHex ?? (() => randomBytes(3).toString('hex'))
  const pathOf = (id: string): string => join(directory, `${id}${BACKUP_EXTENSION}`)

  async function list(): Promise<BackupEntry[]> {
    let names: string[]
    try {
      names = await fs.readdir(directory)
    } catch {
      return []
    }
    const entries: BackupEntry[] = []
    for (const name of names) {
      const parsed = parseBackupFileName(name)
      if (!parsed) continue
      const stat = await fs.stat(join(directory, name)).catch(() => null)
      if (!stat?.isFile()) continue
      entries.push({ ...parsed, sizeBytes: stat.size })
    }
    // Newest first; the id starts with the stamp, so comparing ids orders by time then randomness.
    return entries.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
  }

  async function rotate(reason: BackupRequest['reason']): Promise<void> {
    const sameReason = (await list()).filter((entry) => entry.reason === reason)
    for (const old of sameReason.slice(keepPerReason)) await fs.unlink(pathOf(old.id)).catch(() => undefined)
  }

  return {
    async init() {
      await fs.mkdir(directory, { recursive: true })
      return { removedTempFiles: await sweepStaleTempFiles(fs, directory) }
    },
    async write(request) {
      if (request.bytes.byteLength > maxBytes) throw new Error('backup larger than the limit')
      await fs.mkdir(directory, { recursive: true })
      const id = `${stampFromDate(now())}-${request.reason}-${randomHex()}`
      await writeFileAtomic(fs, pathOf(id), request.bytes)
      await rotate(request.reason)
      return { id, createdAt: dateFromStamp(id.slice(0, 19)), sizeBytes: request.bytes.byteLength, reason: request.reason }
    },
    list,
    async read(id) {
      if (!BACKUP_ID_PATTERN.test(id)) return null
      const stat = await fs.stat(pathOf(id)).catch(() => null)
      if (!stat?.isFile()) return null
      if (stat.size > maxBytes) throw new Error('backup larger than the limit')
      const bytes = await fs.readFile(pathOf(id))
      return { name: `${id}${BACKUP_EXTENSION}`, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) }
    }
  }
}
