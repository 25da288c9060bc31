import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { BankableDb, SENTINEL_KEY } from '@renderer/db/database'
import { createRepository } from '@renderer/db/repository'
import type { ExportedBackup } from '@renderer/db/backup/export'
import { openDatabase, type OpenDatabaseOptions } from '@renderer/db/backup/open-database'
import { restoreBackup } from '@renderer/db/backup/restore'
import { verifyBackup } from '@renderer/db/backup/verify'
import { freshName, openRepo, snapshot } from '../renderer/db/helpers'
import { testDbV1, testDbV2, testDbV2Throwing, seedRich, upgradeLog } from './fixtures'
import { countLost, reportTally, tally } from './tally'

reportTally('upgrade-and-open')

const APP = '0.1.0'

/** A database at version 1 with rows in every table, written by the app's own repository (fixture for "n-1"). */
async function fixtureAtV1() {
  const name = freshName()
  const { db, repo } = openRepo(name)
  await seedRich(repo, db)
  const before = await snapshot(db)
  const sentinel = (await db.meta.get(SENTINEL_KEY))!.createdAt
  db.close()
  return { name, before, sentinel }
}

/** Rows as they are on disk, read with a version-less Dexie (no upgrade can run). */
async function installed(name: string) {
  const raw = new Dexie(name)
  await raw.open()
  const rows: Record<string, unknown[]> = {}
  for (const t of raw.tables) rows[t.name] = await t.toArray()
  const version = raw.verno
  raw.close()
  return { version, rows }
}

function options<D extends Dexie>(name: string, create: (n: string) => D, over: Partial<OpenDatabaseOptions<D>> = {}) {
  const written: ExportedBackup[] = []
  return {
    written,
    opts: { name, create, appVersion: APP, expectedInstance: null, writeBackup: async (b: ExportedBackup) => void written.push(b), ...over } satisfies OpenDatabaseOptions<D>
  }
}

describe('R22: a verified backup is written before any schema upgrade', () => {
  it('exports the version-1 data, verifies it and writes it BEFORE the version-2 upgrader runs', async () => {
    const { name, before, sentinel } = await fixtureAtV1()
    upgradeLog.length = 0
    const order: string[] = []
    const { opts } = options(name, (n) => testDbV2(n), {
      expectedInstance: sentinel,
      writeBackup: async (b) => {
        order.push(`backup v${b.manifest.schemaVersion}`)
        // The file is a complete v1 backup: it verifies, and its counts are those of the fixture.
        await verifyBackup(b.bytes, { appVersion: APP, schemaVersion: 1 })
        expect(b.manifest.tables).toEqual(Object.fromEntries(Object.entries(before).map(([t, rows]) => [t, rows.length])))
      }
    })
    const out = await openDatabase(opts)
    order.push(...upgradeLog)
    expect(out.kind).toBe('ok')
    if (out.kind !== 'ok') return
    expect(out.upgradedFrom).toBe(1)
    expect(order).toEqual(['backup v1', `upgrade ${name}`])
    expect(out.db.verno).toBe(2)
    expect(((await out.db.table('projects').toArray()) as { status: string }[]).every((p) => p.status === 'active')).toBe(true)
    out.db.close()
    tally.casesTried += 1
  })

  it('does not upgrade when the pre-upgrade backup cannot be written: the database stays at version 1, rows intact', async () => {
    const { name, before } = await fixtureAtV1()
    const { opts } = options(name, (n) => testDbV2(n), { writeBackup: () => Promise.reject(new Error('ENOSPC')) })
    const out = await openDatabase(opts)
    expect(out).toMatchObject({ kind: 'backup-failed', installedVersion: 1 })
    expect(countLost(before, (await installed(name)).rows)).toBe(0)
    expect(await installed(name)).toEqual({ version: 1, rows: before })
    tally.faultsInjected += 1
    tally.casesTried += 1
  })

  it('no backup and no upgrade when the installed version is current', async () => {
    const { name } = await fixtureAtV1()
    const { opts, written } = options(name, (n) => new BankableDb(n))
    const out = await openDatabase(opts)
    expect(out).toMatchObject({ kind: 'ok', upgradedFrom: null })
    expect(written).toHaveLength(0)
    if (out.kind === 'ok') out.db.close()
  })
})

describe('R21 / case 38: a throwing upgrade leaves the old version and data intact', () => {
  it('reports upgrade-failed (→ recovery screen) and IndexedDB is still version 1 with identical rows', async () => {
    const { name, before } = await fixtureAtV1()
    const { opts, written } = options(name, (n) => testDbV2Throwing(n))
    const out = await openDatabase(opts)
    expect(out.kind).toBe('upgrade-failed')
    if (out.kind === 'upgrade-failed') expect(String(out.error)).toMatch(/injected upgrade failure/)
    expect(countLost(before, (await installed(name)).rows)).toBe(0)
    expect(await installed(name)).toEqual({ version: 1, rows: before })
    // The pre-upgrade backup was written and is restorable: the recovery screen can offer it.
    expect(written).toHaveLength(1)
    await verifyBackup(written[0]!.bytes, { appVersion: APP, schemaVersion: 1 })
    tally.faultsInjected += 1
    tally.casesTried += 1
  })
})

describe('case 47: a backup from an older schema is staged, upgraded by the app, verified, then swapped', () => {
  it('restores a version-1 backup into a version-2 database with the upgrader applied to every row', async () => {
    const { name } = await fixtureAtV1()
    const v1 = testDbV1(name)
    const { exportDatabase } = await import('@renderer/db/backup/export')
    const backup = await exportDatabase(v1, { appVersion: '0.0.1' })
    v1.close()
    expect(backup.manifest.schemaVersion).toBe(1)

    const live = testDbV2(freshName())
    await live.open()
    upgradeLog.length = 0
    const r = await restoreBackup(live, backup.bytes, { appVersion: APP, openAppDb: (n) => testDbV2(n), keepPreRestore: async () => undefined, stagingName: `${name}-staging` })
    expect(r).toMatchObject({ fromSchemaVersion: 1, upgraded: true })
    expect(upgradeLog).toEqual([`upgrade ${name}-staging`]) // the upgrader ran in staging, not on live
    const projects = (await live.table('projects').toArray()) as { status: string; doc: { name: string } }[]
    expect(projects).toHaveLength(2)
    expect(projects.every((p) => p.status === 'active')).toBe(true)
    expect(await live.table('lots').count()).toBe(24)
    live.close()
    tally.casesTried += 1
  })
})

describe('case 39: upgrade blocked by another window', () => {
  it('reports "blocked" promptly instead of hanging; nothing changes until the other window closes, then the upgrade completes', async () => {
    const { name, before } = await fixtureAtV1()
    // A window running old code that ignores versionchange: a raw connection that never closes.
    const other = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name)
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const { opts } = options(name, (n) => testDbV2(n))
    const started = Date.now()
    const out = await openDatabase(opts)
    expect(out).toMatchObject({ kind: 'blocked', installedVersion: 1 })
    expect(Date.now() - started).toBeLessThan(2000)
    await new Promise((r) => setTimeout(r, 50))
    // Read through the other window's connection (a new one would queue behind the pending upgrade).
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const req = other.transaction('projects', 'readonly').objectStore('projects').getAll()
      req.onsuccess = () => resolve(req.result as unknown[])
      req.onerror = () => reject(req.error)
    })
    expect(rows).toEqual(before.projects)
    expect(other.version).toBe(10) // Dexie version 1 × 10
    if (out.kind !== 'blocked') return
    other.close()
    const done = await out.proceed
    expect(done.kind).toBe('ok')
    if (done.kind === 'ok') {
      expect(done.db.verno).toBe(2)
      expect(await done.db.table('lots').count()).toBe(before.lots!.length)
      done.db.close()
    }
    tally.casesTried += 1
  })
})

describe('R29 / cases 42–43: no silent empty start', () => {
  it('case 42: "UnknownError … backing store" on open → open-failed, and no empty database is created', async () => {
    const name = freshName()
    const backingStore = () => new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError')
    const broken = { open: () => Promise.reject(backingStore()), close: () => undefined, verno: 0 } as unknown as Dexie
    const { opts } = options(name, (n) => new BankableDb(n), { exists: async () => true, openInstalled: () => broken, expectedInstance: 'x' })
    const out = await openDatabase(opts)
    expect(out.kind).toBe('open-failed')
    if (out.kind === 'open-failed') expect((out.error as Error).name).toBe('UnknownError')
    expect(await Dexie.exists(name)).toBe(false)
    const failingExists = options(name, (n) => new BankableDb(n), { exists: () => Promise.reject(backingStore()) })
    expect((await openDatabase(failingExists.opts)).kind).toBe('open-failed')
    expect(await Dexie.exists(name)).toBe(false)
    tally.faultsInjected += 2
    tally.casesTried += 2
  })

  it('case 43: a database deleted between runs is reported as missing and NOT re-created empty', async () => {
    const { name, sentinel } = await fixtureAtV1()
    await Dexie.delete(name)
    const { opts } = options(name, (n) => new BankableDb(n), { expectedInstance: sentinel })
    expect(await openDatabase(opts)).toEqual({ kind: 'missing', reason: 'deleted' })
    expect(await Dexie.exists(name)).toBe(false)
    tally.faultsInjected += 1
    tally.casesTried += 1
  })

  it('case 43: a database deleted while the app runs → the running window refuses writes; the next start reports it missing', async () => {
    const { name, sentinel } = await fixtureAtV1()
    const running = new BankableDb(name)
    const repo = createRepository(running)
    await repo.list()
    await Dexie.delete(name) // evicted under the running app: IndexedDB sends versionchange first
    await expect(repo.create({ name: 'After eviction', currency: 'USD' })).rejects.toMatchObject({ code: 'stale-window' })
    expect(await Dexie.exists(name)).toBe(false) // and the refused write did not re-create it empty
    expect(await openDatabase(options(name, (n) => new BankableDb(n), { expectedInstance: sentinel }).opts)).toEqual({ kind: 'missing', reason: 'deleted' })
    tally.faultsInjected += 1
    tally.casesTried += 1
  })

  it('case 43: a database re-created empty by other code (Dexie opens a missing database silently) is reported as recreated', async () => {
    const { name, sentinel } = await fixtureAtV1()
    await Dexie.delete(name)
    const other = new BankableDb(name, { now: () => new Date('2026-05-05T00:00:00Z') })
    await other.open() // populate writes a NEW sentinel
    other.close()
    const out = await openDatabase(options(name, (n) => new BankableDb(n), { expectedInstance: sentinel }).opts)
    expect(out).toMatchObject({ kind: 'missing', reason: 'recreated' })
    if (out.kind === 'missing' && out.reason !== 'deleted') out.db.close()
    tally.faultsInjected += 1
    tally.casesTried += 1
  })

  it('a database without its sentinel row is reported, a first run is not', async () => {
    const { name } = await fixtureAtV1()
    const db = new BankableDb(name)
    await db.meta.delete(SENTINEL_KEY)
    db.close()
    const out = await openDatabase(options(name, (n) => new BankableDb(n)).opts)
    expect(out).toMatchObject({ kind: 'missing', reason: 'no-sentinel' })
    if (out.kind === 'missing' && out.reason !== 'deleted') out.db.close()

    const first = await openDatabase(options(freshName(), (n) => new BankableDb(n)).opts)
    expect(first.kind).toBe('ok')
    if (first.kind === 'ok') {
      expect(await first.db.table('meta').get(SENTINEL_KEY)).toBeTruthy()
      first.db.close()
    }
    tally.faultsInjected += 1
    tally.casesTried += 2
  })
})
