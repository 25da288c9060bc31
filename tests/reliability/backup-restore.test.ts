import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { BankableDb, DB_VERSION, SENTINEL_KEY } from '@renderer/db/database'
import { canonicalJson, sha256Hex } from '@renderer/db/backup/canonical'
import { exportDatabase, type ExportedBackup } from '@renderer/db/backup/export'
import { BackupError } from '@renderer/db/backup/format'
import { restoreBackup, type RestoreOptions } from '@renderer/db/backup/restore'
import { verifyBackup } from '@renderer/db/backup/verify'
import { failingMutate, freshName, openRepo, snapshot } from '../renderer/db/helpers'
import { seedRich } from './fixtures'
import { countLost, reportTally, tally } from './tally'

reportTally('backup-restore')

const APP = '0.1.0'
const opts = (kept: ExportedBackup[] = []): RestoreOptions => ({ appVersion: APP, openAppDb: (n) => new BankableDb(n), keepPreRestore: async (b) => void kept.push(b), stagingName: freshName() })

async function seededBackup() {
  const src = openRepo(freshName())
  await seedRich(src.repo, src.db)
  const backup = await exportDatabase(src.db, { appVersion: APP })
  return { src, backup }
}

/** A live database with different content, to prove a refused restore leaves it as it was. */
async function liveWithData() {
  const live = openRepo(freshName())
  await live.repo.create({ name: 'Live project', currency: 'USD' })
  return live
}

const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e)
const edit = (b: ExportedBackup, f: (doc: { manifest: Record<string, unknown>; data: Record<string, unknown[]> }) => void | Promise<void>) => async () => {
  const doc = JSON.parse(b.text) as { manifest: Record<string, unknown>; data: Record<string, unknown[]> }
  await f(doc)
  return new TextEncoder().encode(JSON.stringify(doc))
}

describe('backup export (R25, R26)', () => {
  it('writes every table with row counts, the Dexie schema, and a SHA-256 over the canonical data; money stays decimal strings', async () => {
    const { src, backup } = await seededBackup()
    const m = backup.manifest
    expect(m).toMatchObject({ format: 'bankable-backup', appVersion: APP, schemaVersion: DB_VERSION, tables: { projects: 2, lots: 24, reviews: 2, trash: 1, meta: 1 } })
    expect(m.schema.projects).toBe('id, updatedAt')
    const doc = JSON.parse(backup.text) as { data: Record<string, unknown[]> }
    expect(await sha256Hex(canonicalJson(doc.data))).toBe(m.sha256)
    const project = doc.data.projects![0] as { doc: { costs: { opex: { fixedPerYear: unknown } } } }
    expect(typeof project.doc.costs.opex.fixedPerYear).toBe('string')
    expect(backup.text).toContain('東京 ₹ 🔋')
    expect(backup.text.endsWith('}')).toBe(true)
    src.db.close()
  })

  it('refuses rows JSON cannot hold (Date, NaN) instead of writing a lossy backup', async () => {
    const { db } = openRepo(freshName())
    await db.lots.add({ id: 'x', projectId: 'p', createdAt: 'c', data: { when: new Date(0) } })
    await expect(exportDatabase(db, { appVersion: APP })).rejects.toMatchObject({ code: 'not-serialisable' })
    await db.lots.put({ id: 'x', projectId: 'p', createdAt: 'c', data: { amount: Number.NaN } })
    await expect(exportDatabase(db, { appVersion: APP })).rejects.toMatchObject({ code: 'not-serialisable' })
  })
})

describe('restore (R26, R27; cases 45–47)', () => {
  it('round-trips every row of every table, non-ASCII text included, keeping the live sentinel and a pre-restore copy', async () => {
    const { src, backup } = await seededBackup()
    const live = await liveWithData()
    const liveSentinel = await live.db.meta.get(SENTINEL_KEY)
    const kept: ExportedBackup[] = []
    const r = await restoreBackup(live.db, backup.bytes, opts(kept))
    expect(r.tables).toEqual(backup.manifest.tables)
    const want = await snapshot(src.db)
    const got = await snapshot(live.db)
    const noSentinel = (rows: unknown[]) => rows.filter((x) => (x as { key?: string }).key !== SENTINEL_KEY)
    expect(noSentinel(got.meta!)).toEqual(noSentinel(want.meta!))
    for (const t of ['projects', 'lots', 'reviews', 'trash']) expect(got[t], t).toEqual(want[t])
    expect(await live.db.meta.get(SENTINEL_KEY)).toEqual(liveSentinel)
    expect(kept).toHaveLength(1)
    expect(kept[0]!.manifest.tables.projects).toBe(1)
    expect(await Dexie.exists(opts().stagingName!)).toBe(false)
    tally.casesTried += 1
  })

  it('case 45: a backup truncated at ANY offset is refused and the live database is untouched', async () => {
    const { backup } = await seededBackup()
    const live = await liveWithData()
    const before = await snapshot(live.db)
    const n = backup.bytes.byteLength
    // Every offset in the first and last 300 bytes (manifest and closing brackets) and ~400 spread between.
    const cuts = new Set<number>()
    for (let i = 0; i < Math.min(300, n); i++) cuts.add(i)
    for (let i = Math.max(0, n - 300); i < n; i++) cuts.add(i)
    for (let i = 0; i < 400; i++) cuts.add(Math.floor((n * i) / 400))
    for (const cut of cuts) {
      const e = await refusal(restoreBackup(live.db, backup.bytes.slice(0, cut), opts()))
      expect(e, `cut at ${cut} of ${n}`).toBeInstanceOf(BackupError)
      expect((e as BackupError).message).toMatch(/nothing was restored/)
      expect(countLost(before, await snapshot(live.db)), `cut at ${cut}`).toBe(0)
    }
    expect(countLost(before, await snapshot(live.db))).toBe(0)
    expect(await snapshot(live.db)).toEqual(before)
    tally.casesTried += cuts.size
    tally.faultsInjected += cuts.size
    expect(cuts.size).toBeGreaterThan(900)
  })

  it('refuses a changed byte, a dropped row (checksum kept or recomputed) and an invalid row, leaving live data as it was', async () => {
    const { backup } = await seededBackup()
    const live = await liveWithData()
    const before = await snapshot(live.db)
    const variants: [string, () => Promise<Uint8Array>, RegExp][] = [
      ['digit changed', async () => new TextEncoder().encode(backup.text.replace('"massTonnes":"3.125"', '"massTonnes":"4.125"')), /checksum mismatch/],
      ['row dropped', edit(backup, (d) => void d.data.lots!.pop()), /checksum mismatch/],
      ['row dropped, checksum forged', edit(backup, async (d) => { d.data.lots!.pop(); d.manifest.sha256 = await sha256Hex(canonicalJson(d.data)) }), /row count mismatch in lots/],
      ['table dropped, checksum forged', edit(backup, async (d) => { delete d.data.reviews; d.manifest.sha256 = await sha256Hex(canonicalJson(d.data)) }), /row count mismatch in reviews/],
      ['invalid amount, checksum forged', edit(backup, async (d) => { (d.data.projects![0] as { doc: { costs: { capex: unknown } } }).doc.costs.capex = {}; d.manifest.sha256 = await sha256Hex(canonicalJson(d.data)) }), /invalid row \(projects #1/],
      // JSON.parse reads 1e999 as Infinity, which no row may hold (and the checksum cannot be recomputed over).
      ['a number out of range (1e999)', async () => new TextEncoder().encode(backup.text.replace('"massTonnes":"3.125"', '"massTonnes":"3.125","huge":1e999')), /number out of range/],
      ['not JSON at all', async () => new TextEncoder().encode('PK\u0003\u0004 not a backup'), /not complete JSON/],
      ['JSON but not a backup', async () => new TextEncoder().encode('{"schemaVersion":1,"id":"p"}'), /not a Bankable backup/],
      ['bad UTF-8', async () => Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]), /UTF-8/],
      ['nested 100,000 deep', async () => new TextEncoder().encode('['.repeat(100_000) + ']'.repeat(100_000)), /too deep/],
      ['empty file', async () => new Uint8Array(0), /empty/],
      ['51 MB', async () => new Uint8Array(51 * 1024 * 1024), /larger than 50 MB/]
    ]
    for (const [label, make, message] of variants) {
      const e = await refusal(restoreBackup(live.db, await make(), opts()))
      expect(e, label).toBeInstanceOf(BackupError)
      expect((e as Error).message, label).toMatch(message)
      tally.casesTried += 1
      tally.faultsInjected += 1
      expect(countLost(before, await snapshot(live.db)), label).toBe(0)
    }
    expect(await snapshot(live.db)).toEqual(before)
  })

  it('case 16: a __proto__ key smuggled into a row is stripped while parsing (no pollution; the rows restore as they were)', async () => {
    const { src, backup } = await seededBackup()
    const text = backup.text.replace('"data":{"grade"', '"data":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"grade"')
    expect(text).not.toBe(backup.text)
    const live = await liveWithData()
    await restoreBackup(live.db, new TextEncoder().encode(text), opts())
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((await snapshot(live.db)).lots).toEqual((await snapshot(src.db)).lots)
    tally.casesTried += 1
  })

  it('case 46: a backup from a newer app or schema version is refused with "update the app"', async () => {
    const { backup } = await seededBackup()
    const live = await liveWithData()
    const before = await snapshot(live.db)
    for (const patch of [{ appVersion: '0.2.0' }, { appVersion: '1.0.0' }, { schemaVersion: DB_VERSION + 1 }]) {
      const bytes = await edit(backup, (d) => void Object.assign(d.manifest, patch))()
      const e = await refusal(restoreBackup(live.db, bytes, opts()))
      expect(e).toMatchObject({ code: 'newer-version' })
      expect((e as Error).message).toMatch(/created by a newer version of Bankable .* update the app/)
      tally.casesTried += 1
    }
    expect(await verifyBackup(await edit(backup, (d) => void (d.manifest.appVersion = '0.0.9'))(), { appVersion: APP, schemaVersion: DB_VERSION })).toBeTruthy()
    expect(await snapshot(live.db)).toEqual(before)
  })

  it('R27: failing the k-th write of the swap, for every k, rolls the whole restore back (quota error → "Disk full — nothing was restored")', async () => {
    const { backup } = await seededBackup()
    const probe = failingMutate(Number.MAX_SAFE_INTEGER)
    const clean = openRepo(freshName(), { middlewares: [probe.middleware] })
    await clean.repo.create({ name: 'Live', currency: 'USD' })
    probe.state.armed = true
    await restoreBackup(clean.db, backup.bytes, opts())
    const total = probe.state.calls
    expect(total).toBeGreaterThanOrEqual(10) // clear + bulkAdd per table

    for (let k = 1; k <= total; k++) {
      const fault = failingMutate(k)
      const live = openRepo(freshName(), { middlewares: [fault.middleware] })
      await live.repo.create({ name: 'Live', currency: 'USD' })
      const before = await snapshot(live.db)
      fault.state.armed = true
      const e = await refusal(restoreBackup(live.db, backup.bytes, opts()))
      expect(e, `k=${k}`).toMatchObject({ code: 'write-failed' })
      expect((e as Error).message).toMatch(/Disk full — nothing was restored/)
      fault.state.armed = false
      expect(countLost(before, await snapshot(live.db)), `k=${k}`).toBe(0)
      expect(await snapshot(live.db), `k=${k}`).toEqual(before)
      live.db.close()
      tally.faultsInjected += 1
      tally.casesTried += 1
    }
  })

  it('keeps the live data when the pre-restore copy cannot be written', async () => {
    const { backup } = await seededBackup()
    const live = await liveWithData()
    const before = await snapshot(live.db)
    const e = await refusal(restoreBackup(live.db, backup.bytes, { ...opts(), keepPreRestore: () => Promise.reject(new Error('disk gone')) }))
    expect(e).toMatchObject({ code: 'pre-restore-backup-failed' })
    expect(countLost(before, await snapshot(live.db))).toBe(0)
    expect(await snapshot(live.db)).toEqual(before)
    tally.faultsInjected += 1
    tally.casesTried += 1
  })
})
