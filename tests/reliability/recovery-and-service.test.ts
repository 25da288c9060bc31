import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { BankableDb, DB_VERSION, SENTINEL_KEY } from '@renderer/db/database'
import { openDatabase } from '@renderer/db/backup/open-database'
import { verifyBackup } from '@renderer/db/backup/verify'
import { AUTO_BACKUP_SAVES, createBackupService, startAutoBackups } from '@renderer/features/backups/backup-service'
import { DB_INSTANCE_PREF_KEY, exportReadable, findLatestVerified, restoreLatest, startFresh, type RecoveryDeps } from '@renderer/features/db-recovery/recovery-actions'
import { freshName, openRepo, snapshot } from '../renderer/db/helpers'
import { fakeBackupBridge, memoryPrefs } from './fake-bridge'
import { seedRich } from './fixtures'
import { countLost, reportTally, tally } from './tally'
import uiSliceSource from '@renderer/store/ui-slice.ts?raw'

const APP = '0.1.0'
reportTally('recovery-and-service')
const openAppDb = (n: string) => new BankableDb(n)

async function seededWithBackups() {
  const name = freshName()
  const { db, repo } = openRepo(name)
  await seedRich(repo, db)
  const { bridge, files, saved } = fakeBackupBridge()
  const service = createBackupService({ db, bridge, appVersion: APP, openAppDb })
  await service.backupNow('auto')
  const before = await snapshot(db)
  const sentinel = (await db.meta.get(SENTINEL_KEY))!.createdAt
  db.close()
  const prefs = memoryPrefs()
  prefs.setItem(DB_INSTANCE_PREF_KEY, sentinel)
  const deps: RecoveryDeps = { name, appVersion: APP, bridge, prefs, openAppDb }
  return { name, before, bridge, files, saved, deps, prefs }
}

const withoutSentinel = (s: Record<string, unknown[]>) => ({ ...s, meta: s.meta!.filter((r) => (r as { key: string }).key !== SENTINEL_KEY) })

describe('recovery screen actions (R29, cases 42–43)', () => {
  it('uses the same preference key as the store\'s startup sentinel check', () => {
    expect(uiSliceSource).toContain(`'${DB_INSTANCE_PREF_KEY}'`)
  })

  it('finds the newest backup that verifies, naming the ones it skipped (truncated, newer version)', async () => {
    const { deps, files, bridge } = await seededWithBackups()
    const good = [...files.values()][0]!
    await bridge.backupWrite({ bytes: good.bytes.slice(0, 500), reason: 'auto' })
    const newer = new TextEncoder().encode(new TextDecoder().decode(good.bytes).replace(`"appVersion":"${APP}"`, '"appVersion":"9.0.0"'))
    await bridge.backupWrite({ bytes: newer, reason: 'manual' })
    const r = await findLatestVerified(deps)
    expect(r.latest?.entry.id).toBe(good.entry.id)
    expect(r.refused).toHaveLength(2)
    expect(r.refused[0]).toMatch(/newer version/)
    expect(r.refused[1]).toMatch(/incomplete or damaged/)
    tally.casesTried += 2
  })

  it('deleted database: restore re-creates it from the latest backup, records the sentinel, and the next start is normal', async () => {
    const { name, before, deps, prefs } = await seededWithBackups()
    await Dexie.delete(name)
    const outcome = await openDatabase({ name, create: openAppDb, appVersion: APP, expectedInstance: prefs.getItem(DB_INSTANCE_PREF_KEY), writeBackup: async () => undefined })
    expect(outcome).toEqual({ kind: 'missing', reason: 'deleted' })
    if (outcome.kind === 'ok') return
    const { latest } = await findLatestVerified(deps)
    await restoreLatest(outcome, latest!, deps)
    const next = await openDatabase({ name, create: openAppDb, appVersion: APP, expectedInstance: prefs.getItem(DB_INSTANCE_PREF_KEY), writeBackup: async () => undefined })
    expect(next.kind).toBe('ok')
    if (next.kind !== 'ok') return
    expect(countLost(withoutSentinel(before), withoutSentinel(await snapshot(next.db as BankableDb)))).toBe(0)
    expect(withoutSentinel(await snapshot(next.db as BankableDb))).toEqual(withoutSentinel(before))
    next.db.close()
    tally.casesTried += 1
  })

  it('open failure: a backup that does not verify is refused BEFORE the database is deleted', async () => {
    const { name, before, deps, files } = await seededWithBackups()
    const good = [...files.values()][0]!
    const e = await restoreLatest({ kind: 'open-failed', error: new Error('x') }, { entry: good.entry, bytes: good.bytes.slice(0, -1) }, deps).then(() => null, (x: unknown) => x)
    expect(String(e)).toMatch(/incomplete or damaged/)
    const db = new BankableDb(name)
    expect(countLost(before, await snapshot(db))).toBe(0)
    expect(await snapshot(db)).toEqual(before)
    db.close()
    tally.faultsInjected += 1
    tally.casesTried += 1
  })

  it('open failure with a good backup: the broken database is replaced by the restored one', async () => {
    const { name, before, deps } = await seededWithBackups()
    const db0 = new BankableDb(name)
    await db0.projects.clear() // stands in for damage
    db0.close()
    const { latest } = await findLatestVerified(deps)
    await restoreLatest({ kind: 'open-failed', error: new Error('UnknownError') }, latest!, deps)
    const db = new BankableDb(name)
    expect(withoutSentinel(await snapshot(db))).toEqual(withoutSentinel(before))
    db.close()
  })

  it('export what can be read: saves a backup file that itself verifies, changing nothing', async () => {
    const { name, before, deps, saved } = await seededWithBackups()
    const r = await exportReadable(deps)
    expect(r.unreadable).toEqual([])
    expect(r.tables).toMatchObject({ projects: 2, lots: 24 })
    expect(saved).toHaveLength(1)
    expect(saved[0]!.kind).toBe('backup')
    await verifyBackup(saved[0]!.bytes, { appVersion: APP, schemaVersion: DB_VERSION })
    const db = new BankableDb(name)
    expect(await snapshot(db)).toEqual(before)
    db.close()
  })

  it('start fresh is explicit and leaves a database whose sentinel is remembered', async () => {
    const { name, deps, prefs } = await seededWithBackups()
    await Dexie.delete(name)
    await startFresh({ kind: 'missing', reason: 'deleted' }, deps)
    const next = await openDatabase({ name, create: openAppDb, appVersion: APP, expectedInstance: prefs.getItem(DB_INSTANCE_PREF_KEY), writeBackup: async () => undefined })
    expect(next.kind).toBe('ok')
    if (next.kind === 'ok') {
      expect(await next.db.table('projects').count()).toBe(0)
      next.db.close()
    }
  })
})

describe('backup service and automatic backups', () => {
  it('manual and automatic backups go through the bridge; an unchanged database is not backed up again automatically', async () => {
    const { db, repo } = openRepo(freshName())
    await repo.create({ name: 'A', currency: 'USD' })
    const { bridge, files } = fakeBackupBridge()
    const service = createBackupService({ db, bridge, appVersion: APP, openAppDb })
    expect(await service.backupNow('auto')).toMatchObject({ reason: 'auto' })
    expect(await service.backupNow('auto')).toBeNull()
    expect(await service.backupNow('manual')).toMatchObject({ reason: 'manual' })
    await repo.create({ name: 'B', currency: 'USD' })
    expect(await service.backupNow('auto')).toMatchObject({ reason: 'auto' })
    expect(files.size).toBe(3)
    bridge.failWrites = true
    await expect(service.backupNow('manual')).rejects.toThrow(/ENOSPC/)
  })

  it('runs at start, on the interval, and after every N saves', async () => {
    const calls: string[] = []
    let tick: () => void = () => undefined
    let save: () => void = () => undefined
    const stop = startAutoBackups({
      service: {
        backupNow: async (r) => {
          calls.push(r)
          return null
        }
      },
      onSave: (l) => ((save = l), () => undefined),
      setInterval: (f) => ((tick = f), 1),
      clearInterval: () => undefined
    })
    await Promise.resolve()
    expect(calls).toEqual(['auto'])
    await new Promise((r) => setTimeout(r, 0))
    tick()
    await new Promise((r) => setTimeout(r, 0))
    expect(calls).toHaveLength(2)
    for (let i = 0; i < AUTO_BACKUP_SAVES - 1; i++) save()
    await new Promise((r) => setTimeout(r, 0))
    expect(calls).toHaveLength(2)
    save()
    await new Promise((r) => setTimeout(r, 0))
    expect(calls).toHaveLength(3)
    stop()
  })

  it('restore through the service keeps a pre-restore backup through the bridge', async () => {
    const { db, repo } = openRepo(freshName())
    await repo.create({ name: 'A', currency: 'USD' })
    const { bridge, files } = fakeBackupBridge()
    const service = createBackupService({ db, bridge, appVersion: APP, openAppDb })
    const entry = (await service.backupNow('manual'))!
    await repo.create({ name: 'B', currency: 'USD' })
    await service.restore(entry)
    expect(await db.projects.count()).toBe(1)
    expect(files.size).toBe(2)
    const pre = [...files.values()][1]!
    expect((await verifyBackup(pre.bytes, { appVersion: APP, schemaVersion: DB_VERSION })).manifest.tables.projects).toBe(2)
  })
})

describe('recovery never deletes readable data without keeping a copy', () => {
  it('upgrade failed → start fresh: the old rows are written as a backup before the database is deleted', async () => {
    const { before, deps, files } = await seededWithBackups()
    const n0 = files.size
    await startFresh({ kind: 'upgrade-failed', error: new Error('x'), installedVersion: 1 }, deps)
    expect(files.size).toBe(n0 + 1)
    const copy = [...files.values()].at(-1)!
    const doc = await verifyBackup(copy.bytes, { appVersion: APP, schemaVersion: DB_VERSION })
    expect(countLost(before, doc.data)).toBe(0)
    tally.casesTried += 1
  })

  it('if that copy cannot be written, nothing is deleted', async () => {
    const { name, before, deps, bridge } = await seededWithBackups()
    bridge.failWrites = true
    await expect(startFresh({ kind: 'newer-version', installedVersion: 3 }, deps)).rejects.toThrow(/could not be kept first/)
    const db = new BankableDb(name)
    expect(countLost(before, await snapshot(db))).toBe(0)
    db.close()
    tally.faultsInjected += 1
    tally.casesTried += 1
  })
})
