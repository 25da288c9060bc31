import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { BankableDb, describeSchema } from '@renderer/db/database'
import { createRepository } from '@renderer/db/repository'
import { newProject } from '@shared/model'
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
 * Migration scaffold (architecture.md convention 8): build the previous on-disk shape with raw
 * IndexedDB, open it with the app's class, and assert nothing is lost. For version 1 the "previous
 * shape" is version 1 written by another program; version 2 adds a case seeding v1 rows.
 */
function seedRawV1(name: string, rows: { projects: unknown[]; meta: unknown[] }): Promise<void> {
  return new Promise((resolveSeed, reject) => {
    const req = indexedDB.open(name, 10) // Dexie stores version n as n * 10
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
      const tx = idb.transaction(['projects', 'meta'], 'readwrite')
      rows.projects.forEach((r) => tx.objectStore('projects').put(r))
      rows.meta.forEach((r) => tx.objectStore('meta').put(r))
      tx.oncomplete = () => {
        idb.close()
        resolveSeed()
      }
      tx.onerror = () => reject(tx.error)
    }
  })
}

describe('migrations', () => {
  it('v1: a database written in the v1 layout opens with nothing lost', async () => {
    const name = freshName()
    const doc = newProject('p-legacy', 'Legacy plant', 2027)
    doc.costs.capex.items[0]!.amount = '45000000.50'
    const record = { id: 'p-legacy', name: 'Legacy plant', archived: true, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-02-01T00:00:00.000Z', rev: 7, doc }
    await seedRawV1(name, { projects: [record], meta: [{ key: 'db-instance', createdAt: '2025-01-01T00:00:00.000Z' }] })

    const db = new BankableDb(name)
    const repo = createRepository(db)
    expect(await repo.get('p-legacy')).toEqual(record)
    expect((await repo.sentinel())?.createdAt).toBe('2025-01-01T00:00:00.000Z')
    expect(db.verno).toBe(1)
    db.close()
  })
})
