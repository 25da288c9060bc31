import { spawnSync } from 'node:child_process'
import { promises as fs, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BACKUP_EXTENSION, createBackupStore, dateFromStamp, parseBackupFileName, stampFromDate } from '../../../src/main/files/backup-store'
import { TEMP_SUFFIX, type FileSystem } from '../../../src/main/files/atomic-write'

let dir: string
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'bankable-backups-')), 'backups')
})
afterEach(() => rmSync(resolve(dir, '..'), { recursive: true, force: true }))

const bytes = (text: string) => new TextEncoder().encode(text)
const text = (data: Uint8Array) => new TextDecoder().decode(data)

function clock(start = Date.UTC(2025, 0, 2, 3, 4, 5, 6)) {
  let t = start
  return () => new Date((t += 1000))
}

const storeWith = (fsImpl: FileSystem = fs, now = clock()) => createBackupStore({ fs: fsImpl, directory: dir, keepPerReason: 10, maxBytes: 1024, now })

describe('backup ids', () => {
  it('round-trip between date and stamp and sort in time order', () => {
    const date = new Date(Date.UTC(2025, 2, 4, 5, 6, 7, 89))
    expect(stampFromDate(date)).toBe('20250304T050607089Z')
    expect(dateFromStamp('20250304T050607089Z')).toBe('2025-03-04T05:06:07.089Z')
    expect(parseBackupFileName(`20250304T050607089Z-auto-a1b2c3${BACKUP_EXTENSION}`)).toEqual({ id: '20250304T050607089Z-auto-a1b2c3', createdAt: '2025-03-04T05:06:07.089Z', reason: 'auto' })
  })
  it('ignores foreign or malformed names', () => {
    for (const name of ['notes.txt', `../x${BACKUP_EXTENSION}`, `20250304T050607089Z-evil-a1b2c3${BACKUP_EXTENSION}`, `20250304T050607089Z-auto-a1b2c3.json`, `.20250304T050607089Z-auto-a1b2c3${BACKUP_EXTENSION}.abc${TEMP_SUFFIX}`]) {
      expect(parseBackupFileName(name), name).toBeNull()
    }
  })
})

describe('backup store', () => {
  it('writes, lists newest first and reads back the exact bytes', async () => {
    const store = storeWith()
    await store.init()
    const first = await store.write({ bytes: bytes('one'), reason: 'auto' })
    const second = await store.write({ bytes: bytes('two!'), reason: 'manual' })
    expect(first).toMatchObject({ reason: 'auto', sizeBytes: 3, createdAt: '2025-01-02T03:04:06.006Z' })
    const list = await store.list()
    expect(list.map((e) => e.id)).toEqual([second.id, first.id])
    expect(list[0]).toEqual(second)
    const read = await store.read(first.id)
    expect(read?.name).toBe(`${first.id}${BACKUP_EXTENSION}`)
    expect(text(read!.bytes)).toBe('one')
  })

  it('keeps the newest 10 per reason, so auto backups never evict a pre-upgrade backup', async () => {
    const store = storeWith()
    const preUpgrade = await store.write({ bytes: bytes('before v2'), reason: 'pre-upgrade' })
    const autos = []
    for (let i = 0; i < 14; i++) autos.push(await store.write({ bytes: bytes(`auto ${i}`), reason: 'auto' }))
    const list = await store.list()
    const autoIds = list.filter((e) => e.reason === 'auto').map((e) => e.id)
    expect(autoIds).toEqual(autos.slice(4).map((e) => e.id).reverse())
    expect(list.map((e) => e.id)).toContain(preUpgrade.id)
    expect(readdirSync(dir)).toHaveLength(11)
  })

  it('returns null for unknown or path-like ids and refuses oversize input', async () => {
    const store = storeWith()
    await store.init()
    expect(await store.read('20250101T000000000Z-auto-000000')).toBeNull()
    expect(await store.read('../../etc/passwd')).toBeNull()
    await expect(store.write({ bytes: new Uint8Array(2048), reason: 'auto' })).rejects.toThrow(/larger than the limit/)
    expect(await store.list()).toEqual([])
  })

  it('lists nothing (not an error) when the folder does not exist yet', async () => {
    expect(await storeWith().list()).toEqual([])
  })
})

describe('crash safety (R28)', () => {
  const faultyFs = (failAt: 'open' | 'write' | 'sync' | 'rename'): FileSystem => ({
    ...fs,
    open: (async (path: string, flags?: string, mode?: number) => {
      if (failAt === 'open' && flags === 'wx') throw Object.assign(new Error('disk full'), { code: 'ENOSPC' })
      const handle = await fs.open(path, flags, mode)
      if (flags !== 'wx') return handle
      return new Proxy(handle, {
        get(target, prop, receiver) {
          if (prop === 'write' && failAt === 'write') return async () => { throw Object.assign(new Error('io'), { code: 'EIO' }) }
          if (prop === 'sync' && failAt === 'sync') return async () => { throw Object.assign(new Error('io'), { code: 'EIO' }) }
          const value = Reflect.get(target, prop, receiver)
          return typeof value === 'function' ? value.bind(target) : value
        }
      })
    }) as FileSystem['open'],
    rename: async (from, to) => {
      if (failAt === 'rename') throw Object.assign(new Error('crash'), { code: 'EIO' })
      return fs.rename(from, to)
    }
  })

  for (const failAt of ['open', 'write', 'sync', 'rename'] as const) {
    it(`a failure at ${failAt} leaves the previous backups intact and no temp file behind`, async () => {
      const good = storeWith(fs)
      const previous = await good.write({ bytes: bytes('previous good backup'), reason: 'auto' })
      const bad = storeWith(faultyFs(failAt), clock(Date.UTC(2026, 0, 1)))
      await expect(bad.write({ bytes: bytes('new backup'), reason: 'auto' })).rejects.toThrow()
      const list = await good.list()
      expect(list.map((e) => e.id)).toEqual([previous.id])
      expect(text((await good.read(previous.id))!.bytes)).toBe('previous good backup')
      expect(readdirSync(dir).filter((n) => n.endsWith(TEMP_SUFFIX))).toEqual([])
    })
  }

  it('a process killed (SIGKILL) between the fsync of the temp file and the rename keeps the previous backup; the next start sweeps the temp file', async () => {
    const store = storeWith()
    await store.init()
    const previous = await store.write({ bytes: bytes('previous good backup'), reason: 'auto' })
    // Plain node with tsx's loader, so the killed process is the one we observe (the tsx CLI would wrap it).
    const child = spawnSync(process.execPath, ['--import', 'tsx', resolve('tests/main/files/fixtures/crash-during-backup.ts'), dir], {
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, TSX_TSCONFIG_PATH: resolve('tsconfig.node.json') }
    })
    expect(child.signal).toBe('SIGKILL')
    const leftovers = readdirSync(dir).filter((n) => n.endsWith(TEMP_SUFFIX))
    expect(leftovers).toHaveLength(1)
    // The temp file holds the complete new bytes (it was fsync'ed) but is not a backup.
    expect(await fs.readFile(join(dir, leftovers[0]), 'utf8')).toBe('{"new":"backup that never lands"}')
    expect((await store.list()).map((e) => e.id)).toEqual([previous.id])
    expect(text((await store.read(previous.id))!.bytes)).toBe('previous good backup')
    const restarted = storeWith()
    expect((await restarted.init()).removedTempFiles).toEqual(leftovers)
    expect(readdirSync(dir).filter((n) => n.endsWith(TEMP_SUFFIX))).toEqual([])
    expect((await restarted.list()).map((e) => e.id)).toEqual([previous.id])
  })
})
