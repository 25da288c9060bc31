import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { BankableDb, DB_VERSION, describeSchema, SCHEMA_V1 } from '@renderer/db/database'
import { exportDatabase } from '@renderer/db/backup/export'
import { restoreBackup } from '@renderer/db/backup/restore'
import { createRepository } from '@renderer/db/repository'
import { newProject, parseProject, PROJECT_SCHEMA_VERSION, type Project } from '@shared/model'
import { readProjectFile } from '@shared/model/project-file'
import { parseStoredReview, REVIEW_SCHEMA_VERSION } from '@shared/review'
import indiaV1 from '../../fixtures/migrations/v1/india-black-mass-hydromet.json?raw'
import pgmV1 from '../../fixtures/migrations/v1/pgm-catalyst-recovery.json?raw'
import richV1 from '../../fixtures/migrations/v1/rich-project.json?raw'
import reviewV1 from '../../fixtures/migrations/v1/review-india-black-mass-hydromet.json?raw'
import indiaV2 from '../../fixtures/migrations/v2/india-black-mass-hydromet.json?raw'
import { freshName } from './helpers'
import committedSnapshot from './schema-snapshot.json'

describe('Dexie schema snapshot (R20)', () => {
  it('the runtime schema equals the committed snapshot', async () => {
    const db = new BankableDb(freshName())
    await db.open()
    // A mismatch means the schema changed: add version(n+1) with an upgrade and a migration test
    // below, then update the snapshot in the same commit.
    expect(describeSchema(db)).toEqual(committedSnapshot)
    db.close()
  })
})

/**
 * Migration tests (architecture.md convention 8): build the previous on-disk shape with raw
 * IndexedDB, open it with the app's class, and assert nothing is lost.
 */
type SeedRows = Partial<Record<'projects' | 'lots' | 'reviews' | 'meta' | 'trash', unknown[]>>

function seedRawV1(name: string, rows: SeedRows, dexieVersion = 1): Promise<void> {
  return new Promise((resolveSeed, reject) => {
    const req = indexedDB.open(name, dexieVersion * 10) // Dexie stores version n as n * 10
    req.onupgradeneeded = () => {
      const idb = req.result
      idb.createObjectStore('projects', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt')
      idb.createObjectStore('lots', { keyPath: 'id' }).createIndex('projectId', 'projectId')
      idb.createObjectStore('reviews', { keyPath: 'id' }).createIndex('projectId', 'projectId')
      idb.createObjectStore('meta', { keyPath: 'key' })
      idb.createObjectStore('trash', { keyPath: 'id' }).createIndex('deletedAt', 'deletedAt')
    }
    req.onerror = () => reject(req.error)
    req.onsuccess = () => {
      const idb = req.result
      const tables = Object.keys(rows) as (keyof SeedRows)[]
      const tx = idb.transaction(tables, 'readwrite')
      for (const t of tables) rows[t]!.forEach((r) => tx.objectStore(t).put(r))
      tx.oncomplete = () => {
        idb.close()
        resolveSeed()
      }
      tx.onerror = () => reject(tx.error)
    }
  })
}

/** The verbatim version-1 files (tests/fixtures/migrations/README.md). */
const V1_TEXT: Record<string, string> = {
  'india-black-mass-hydromet.json': indiaV1,
  'pgm-catalyst-recovery.json': pgmV1,
  'rich-project.json': richV1,
  'review-india-black-mass-hydromet.json': reviewV1
}
const fixture = (path: string) => V1_TEXT[path.replace(/^v1\//, '')]!
/** What the version-1 app stored: the document as its file reader returned it (already valid v1). */
const v1Doc = (file: string) => JSON.parse(fixture(`v1/${file}`)) as Record<string, unknown> & { id: string; name: string }
/** The same document as the current file reader returns it from the v1 file. */
function currentDoc(file: string): Project {
  const r = readProjectFile(fixture(`v1/${file}`))
  if (!r.ok) throw new Error(`fixture ${file}: ${JSON.stringify(r.issues)}`)
  return r.value
}
const v1ReviewBody = () => {
  const { checksum: _c, ...body } = JSON.parse(fixture('v1/review-india-black-mass-hydromet.json')) as Record<string, unknown>
  return body
}
const at = '2025-01-01T00:00:00.000Z'
const projectRecord = (doc: { id: string; name: string }, rev = 3) => ({ id: doc.id, name: doc.name, archived: false, createdAt: at, updatedAt: '2025-02-01T00:00:00.000Z', rev, doc })

describe('migrations', () => {
  it('v1 layout: records, the sentinel and archived flags survive the upgrade to the current version', async () => {
    const name = freshName()
    const doc = { ...newProject('p-legacy', 'Legacy plant', 2027), schemaVersion: 1 }
    doc.costs.capex.items[0]!.amount = '45000000.50'
    const record = { id: 'p-legacy', name: 'Legacy plant', archived: true, createdAt: at, updatedAt: '2025-02-01T00:00:00.000Z', rev: 7, doc }
    await seedRawV1(name, { projects: [record], meta: [{ key: 'db-instance', createdAt: at }] })

    const db = new BankableDb(name)
    const repo = createRepository(db)
    expect(await repo.get('p-legacy')).toEqual({ ...record, doc: { ...doc, schemaVersion: PROJECT_SCHEMA_VERSION } })
    expect((await repo.sentinel())?.createdAt).toBe(at)
    expect(db.verno).toBe(DB_VERSION)
    db.close()
  })

  it('v1 → v2: stored projects, reviews and the trash are migrated like files, every value kept', async () => {
    const name = freshName()
    const india = v1Doc('india-black-mass-hydromet.json')
    const pgm = v1Doc('pgm-catalyst-recovery.json')
    const review = { id: 'r1', projectId: india.id, createdAt: at, data: { kind: 'received', fileName: 'bank.review.json', review: v1ReviewBody() } }
    const lot = { id: 'l1', projectId: india.id, createdAt: at, data: { anything: 'kept as it is' } }
    const trash = { id: pgm.id, deletedAt: at, project: projectRecord(pgm), lots: [], reviews: [{ ...review, id: 'r2', projectId: pgm.id }] }
    await seedRawV1(name, { projects: [projectRecord(india)], reviews: [review], lots: [lot], trash: [trash], meta: [{ key: 'db-instance', createdAt: at }] })

    const db = new BankableDb(name)
    const repo = createRepository(db)
    const rec = await repo.get(india.id)
    expect(rec).toEqual({ ...projectRecord(india), doc: currentDoc('india-black-mass-hydromet.json') })
    expect(parseProject(rec!.doc).ok).toBe(true)
    expect(db.verno).toBe(DB_VERSION)

    const reviews = await repo.listReviews(india.id)
    expect(reviews).toHaveLength(1)
    const prices = reviews[0]!.data.review.reviewCase.priceDeck!.prices
    const oldPrices = (v1ReviewBody().reviewCase as { priceDeck: { prices: { basePrice: string }[] } }).priceDeck.prices
    expect(prices.map((p) => (p.mode === 'escalating' ? p.basePricePerUnit : null))).toEqual(oldPrices.map((p) => p.basePrice))
    expect(reviews[0]!.data.review.schemaVersion).toBe(REVIEW_SCHEMA_VERSION)
    expect(await db.lots.get('l1')).toEqual(lot)

    const t = (await db.trash.get(pgm.id))!
    expect(t.project).toEqual({ ...projectRecord(pgm), doc: currentDoc('pgm-catalyst-recovery.json') })
    expect(parseStoredReview(t.reviews[0]!.data).ok).toBe(true)

    // The migrated project saves through the ordinary validated path.
    const saved = await repo.saveDoc(india.id, { ...rec!.doc, description: 'edited after the upgrade' }, rec!.rev)
    expect(saved.rev).toBe(rec!.rev + 1)
    db.close()
  })

  it('v1 → v2: a stored document the chain cannot read is kept exactly as it was', async () => {
    const name = freshName()
    const odd = { ...v1Doc('rich-project.json'), schemaVersion: 'one' }
    await seedRawV1(name, { projects: [projectRecord(odd)], meta: [{ key: 'db-instance', createdAt: at }] })
    const db = new BankableDb(name)
    expect(await db.projects.get(odd.id)).toEqual(projectRecord(odd))
    db.close()
  })

  it('v2 → v3: a stored version-2 project (and its trash copy) becomes one tranche in the reporting currency, every other value kept', async () => {
    const name = freshName()
    const india = JSON.parse(indiaV2) as Record<string, unknown> & { id: string; name: string; financing: Record<string, unknown> }
    const copy = { ...india, id: 'p-trashed' }
    const trash = { id: copy.id, deletedAt: at, project: projectRecord(copy), lots: [], reviews: [] }
    // The version-2 app's database: the same stores as version 1, at Dexie version 2.
    await seedRawV1(name, { projects: [projectRecord(india)], trash: [trash], meta: [{ key: 'db-instance', createdAt: at }] }, 2)
    const db = new BankableDb(name)
    const repo = createRepository(db)
    const rec = (await repo.get(india.id))!
    const expected = readProjectFile(indiaV2)
    expect(expected.ok && rec.doc).toEqual(expected.ok && expected.value)
    const fin = india.financing
    expect(rec.doc.financing.tranches).toEqual([expect.objectContaining({
      currency: 'INR', share: '1', interest: { kind: 'fixed', annualRate: fin.annualRate }, tenorYears: fin.tenorYears, graceMonths: fin.graceMonths,
      repayment: fin.repayment, upfrontFee: fin.upfrontFee, commitmentFeeAnnualRate: '0', ecaPremium: '0', hedge: { hedged: false, annualCost: '0' }
    })])
    expect((await db.trash.get(copy.id))!.project.doc).toEqual({ ...rec.doc, id: 'p-trashed' })
    expect(db.verno).toBe(DB_VERSION)
    db.close()
  })

  it('a version-1 backup restores into the current database with its documents migrated', async () => {
    const src = freshName()
    const india = v1Doc('india-black-mass-hydromet.json')
    await seedRawV1(src, { projects: [projectRecord(india)], meta: [{ key: 'db-instance', createdAt: at }] })
    const raw = new Dexie(src)
    raw.version(1).stores(SCHEMA_V1)
    const backup = await exportDatabase(raw, { appVersion: '0.1.0' })
    raw.close()
    expect(backup.manifest.schemaVersion).toBe(1)

    const live = new BankableDb(freshName())
    await live.open()
    const r = await restoreBackup(live, backup.bytes, { appVersion: '0.1.0', openAppDb: (n) => new BankableDb(n), keepPreRestore: async () => undefined })
    expect(r).toMatchObject({ fromSchemaVersion: 1, upgraded: true })
    expect(await live.projects.get(india.id)).toEqual({ ...projectRecord(india), doc: currentDoc('india-black-mass-hydromet.json') })
    live.close()
  })
})
