import type { Dexie } from 'dexie'
import { BankableDb, DB_VERSION, SCHEMA_V1 } from '@renderer/db/database'
import type { Repository } from '@renderer/db/repository'

/**
 * Test-only database classes for schema-upgrade tests. The app is at Dexie version DB_VERSION; these
 * stand in for "version DB_VERSION + 1 ships": Next adds an indexed `status` to projects and fills it
 * in its upgrader, and NextThrowing's upgrader fails half-way (after modifying rows) to prove the rollback.
 */
export const SCHEMA_NEXT = { ...SCHEMA_V1, projects: 'id, updatedAt, status' } as const

export const upgradeLog: string[] = []

/** The app's own database class, at its current version. */
export function testDbCurrent(name: string): Dexie {
  return new BankableDb(name)
}

export function testDbNext(name: string): Dexie {
  const db = testDbCurrent(name)
  db.version(DB_VERSION + 1)
    .stores(SCHEMA_NEXT)
    .upgrade(async (tx) => {
      upgradeLog.push(`upgrade ${name}`)
      await tx.table('projects').toCollection().modify((p: { status?: string }) => void (p.status = 'active'))
    })
  return db
}

export function testDbNextThrowing(name: string): Dexie {
  const db = testDbCurrent(name)
  db.version(DB_VERSION + 1)
    .stores(SCHEMA_NEXT)
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
