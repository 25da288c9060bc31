import { Dexie } from 'dexie'
import { SCHEMA_V1 } from '@renderer/db/database'
import type { Repository } from '@renderer/db/repository'
import type { BankableDb } from '@renderer/db/database'

/**
 * Test-only database classes for schema-upgrade tests. The app is at Dexie version 1; these stand in
 * for "version 2 ships": V2 adds an indexed `status` to projects and fills it in its upgrader, and
 * V2Throwing's upgrader fails half-way (after modifying rows) to prove the rollback.
 */
export const SCHEMA_V2 = { ...SCHEMA_V1, projects: 'id, updatedAt, status' } as const

export const upgradeLog: string[] = []

export function testDbV1(name: string): Dexie {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' })
  db.version(1).stores(SCHEMA_V1)
  return db
}

export function testDbV2(name: string): Dexie {
  const db = testDbV1(name)
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade(async (tx) => {
      upgradeLog.push(`upgrade ${name}`)
      await tx.table('projects').toCollection().modify((p: { status?: string }) => void (p.status = 'active'))
    })
  return db
}

export function testDbV2Throwing(name: string): Dexie {
  const db = testDbV1(name)
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade(async (tx) => {
      await tx.table('projects').toCollection().modify((p: { status?: string }) => void (p.status = 'half-done'))
      throw new RangeError('injected upgrade failure')
    })
  return db
}

/** Projects with non-ASCII names, lots and a review, so every table has rows (Dexie#2105: multibyte text). */
export async function seedRich(repo: Repository, db: BankableDb, projects = 3, lotsPerProject = 12): Promise<string[]> {
  const ids: string[] = []
  for (let i = 0; i < projects; i++) {
    const p = await repo.create({ name: `Usine de recyclage ${i} — Mülheim 東京 ₹ 🔋`, currency: i % 2 ? 'INR' : 'USD', fxPerUsd: '84.25' })
    ids.push(p.id)
    await db.lots.bulkAdd(Array.from({ length: lotsPerProject }, (_, k) => ({ id: `${p.id}-lot-${k}`, projectId: p.id, createdAt: '2026-01-01T00:00:00.000Z', data: { massTonnes: `${k}.125`, grade: 'Pt 1.5 g/t' } })))
    await db.reviews.add({ id: `${p.id}-rev`, projectId: p.id, createdAt: '2026-01-02T00:00:00.000Z', data: { note: 'Prüfung ✓' } })
  }
  await repo.delete(ids[0]!) // a trash row too
  return ids
}
