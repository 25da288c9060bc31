import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { BankableDb, DB_VERSION, SENTINEL_KEY } from '@renderer/db/database'
import { createRepository } from '@renderer/db/repository'
import type { ExportedBackup } from '@renderer/db/backup/export'
import { openDatabase, type OpenDatabaseOptions } from '@renderer/db/backup/open-database'
import { restoreBackup } from '@renderer/db/backup/restore'
import { verifyBackup } from '@renderer/db/backup/verify'
import { freshName, openRepo, snapshot } from '../renderer/db/helpers'
import { testDbCurrent, testDbNext, testDbNextThrowing, seedRich, upgradeLog } from './fixtures'
import { countLost, reportTally, tally } from './tally'

reportTally('upgrade-and-open')

const APP = '0.1.0'

/** A database at the app's version with rows in every table, written by its own repository (fixture for "n-1" when n = DB_VERSION + 1 ships). */
async function fixtureAtCurrent() {
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
  it('exports the current version\'s data, verifies it and writes it BEFORE the next version\'s upgrader runs', async () => {
    const { name, before, sentinel } = await fixtureAtCurrent()
    upgradeLog.length = 0
    const order: string[] = []
    const { opts } = options(name, (n) => testDbNext(n), {
      expectedInstance: sentinel,
      writeBackup: async (b) => {
        order.push(`backup v${b.manifest.schemaVersion}`)
        // The file is a complete backup of the installed version: it verifies, and its counts are those of the fixture.
        await verifyBackup(b.bytes, { appVersion: APP, schemaVersion: DB_VERSION })
        expect(b.manifest.tables).toEqual(Object.fromEntries(Object.entries(before).map(([t, rows]) => [t, rows.length])))
      }
    })
    const out = await openDatabase(opts)
    order.push(...upgradeLog)
    expect(out.kind).toBe('ok')
    if (out.kind !== 'ok') return
    expect(out.upgradedFrom).toBe(DB_VERSION)
    expect(order).toEqual([`backup v${DB_VERSION}`, `upgrade ${name}`])
    expect(out.db.verno).toBe(DB_VERSION + 1)
    expect(((await out.db.table('projects').toArray()) as { status: string }[]).every((p) => p.status === 'active')).toBe(true)
    out.db.close()
    tally.casesTried += 1
  })

  it('does not upgrade when the pre-upgrade backup cannot be written: the database stays at its version, rows intact', async () => {
    const { name, before } = await fixtureAtCurrent()
    const { opts } = options(name, (n) => testDbNext(n), { writeBackup: () => Promise.reject(new Error('ENOSPC')) })
    const out = await openDatabase(opts)
    expect(out).toMatchObject({ kind: 'backup-failed', installedVersion: DB_VERSION })
    expect(countLost(before, (await installed(name)).rows)).toBe(0)
    expect(await installed(name)).toEqual({ version: DB_VERSION, rows: before })
    tally.faultsInjected += 1
    tally.casesTried += 1
  })

  it('no backup and no upgrade when the installed version is current', async () => {
    const { name } = await fixtureAtCurrent()
    const { opts, written } = options(name, (n) => new BankableDb(n))
    const out = await openDatabase(opts)
    expect(out).toMatchObject({ kind: 'ok', upgradedFrom: null })
    expect(written).toHaveLength(0)
    if (out.kind === 'ok') out.db.close()
  })
})

describe('R21 / case 38: a throwing upgrade leaves the old version and data intact', () => {
  it('reports upgrade-failed (→ recovery screen) and IndexedDB is still at its version with identical rows', async () => {
    const { name, before } = await fixtureAtCurrent()
    const { opts, written } = options(name, (n) => testDbNextThrowing(n))
    const out = await openDatabase(opts)
    expect(out.kind).toBe('upgrade-failed')
    if (out.kind === 'upgrade-failed') expect(String(out.error)).toMatch(/injected upgrade failure/)
    expect(countLost(before, (await installed(name)).rows)).toBe(0)
    expect(await installed(name)).toEqual({ version: DB_VERSION, rows: before })
    // The pre-upgrade backup was written and is restorable: the recovery screen can offer it.
    expect(written).toHaveLength(1)
    await verifyBackup(written[0]!.bytes, { appVersion: APP, schemaVersion: DB_VERSION })
    tally.faultsInjected += 1
    tally.casesTried += 1
  })
})

describe('case 47: a backup from an older schema is staged, upgraded by the app, verified, then swapped', () => {
  it('restores a backup of the current version into a next-version database with the upgrader applied to every row', async () => {
    const { name } = await fixtureAtCurrent()
    const current = testDbCurrent(name)
    const { exportDatabase } = await import('@renderer/db/backup/export')
    const backup = await exportDatabase(current, { appVersion: '0.0.1' })
    current.close()
    expect(backup.manifest.schemaVersion).toBe(DB_VERSION)

    const live = testDbNext(freshName())
    await live.open()
    upgradeLog.length = 0
    const r = await restoreBackup(live, backup.bytes, { appVersion: APP, openAppDb: (n) => testDbNext(n), keepPreRestore: async () => undefined, stagingName: `${name}-staging` })
    expect(r).toMatchObject({ fromSchemaVersion: DB_VERSION, upgraded: true })
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
    const { name, before } = await fixtureAtCurrent()
    // A window running old code that ignores versionchange: a raw connection that never closes.
    const other = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name)
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const { opts } = options(name, (n) => testDbNext(n))
    const started = Date.now()
    const out = await openDatabase(opts)
    expect(out).toMatchObject({ kind: 'blocked', installedVersion: DB_VERSION })
    expect(Date.now() - started).toBeLessThan(2000)
    await new Promise((r) => setTimeout(r, 50))
    // Read through the other window's connection (a new one would queue behind the pending upgrade).
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const req = other.transaction('projects', 'readonly').objectStore('projects').getAll()
      req.onsuccess = () => resolve(req.result as unknown[])
      req.onerror = () => reject(req.error)
    })
    expect(rows).toEqual(before.projects)
    expect(other.version).toBe(DB_VERSION * 10) // Dexie stores version n as n × 10
    if (out.kind !== 'blocked') return
    other.close()
    const done = await out.proceed
    expect(done.kind).toBe('ok')
    if (done.kind === 'ok') {
      expect(done.db.verno).toBe(DB_VERSION + 1)
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
    const { name, sentinel } = await fixtureAtCurrent()
    await Dexie.delete(name)
    const { opts } = options(name, (n) => new BankableDb(n), { expectedInstance: sentinel })
    expect(await openDatabase(opts)).toEqual({ kind: 'missing', reason: 'deleted' })
    expect(await Dexie.exists(name)).toBe(false)
    tally.faultsInjected += 1
    tally.casesTried += 1
  })

  it('case 43: a database deleted while the app runs → the running window refuses writes; the next start reports it missing', async () => {
    const { name, sentinel } = await fixtureAtCurrent()
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
    const { name, sentinel } = await fixtureAtCurrent()
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
    const { name } = await fixtureAtCurrent()
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
