import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { describe, expect, it, vi } from 'vitest'
import { DiskFullError, StaleWindowError, isQuotaError, toRepositoryError } from '@renderer/db/errors'
import { DB_VERSION, SCHEMA_V1 } from '@renderer/db/database'
import type { Repository } from '@renderer/db/repository'
import { failingMutate, freshName, openRepo, snapshot } from './helpers'

async function seed(repo: Repository, db: ReturnType<typeof openRepo>['db']) {
  const p = await repo.create({ name: 'Seeded', currency: 'USD' })
  await db.lots.bulkAdd([
    { id: 'l1', projectId: p.id, createdAt: 'x', data: 'a' },
    { id: 'l2', projectId: p.id, createdAt: 'x', data: 'b' }
  ])
  await db.reviews.add({ id: 'r1', projectId: p.id, createdAt: 'x', data: 'c' })
  return p
}

/** Runs `op` with the k-th mutate failing, for k = 1..(mutates op makes), and checks nothing changed. */
async function everyKLeavesNothing(op: (repo: Repository, id: string) => Promise<unknown>, prepare?: (repo: Repository, id: string) => Promise<void>) {
  // Count the mutates of a clean run first, so the loop covers every one of them.
  const probe = failingMutate(Number.MAX_SAFE_INTEGER)
  const clean = openRepo(freshName(), { middlewares: [probe.middleware] })
  const cp = await seed(clean.repo, clean.db)
  await prepare?.(clean.repo, cp.id)
  probe.state.armed = true
  await op(clean.repo, cp.id)
  const total = probe.state.calls
  expect(total).toBeGreaterThan(1)

  for (let k = 1; k <= total; k++) {
    const fault = failingMutate(k)
    const { db, repo } = openRepo(freshName(), { middlewares: [fault.middleware] })
    const p = await seed(repo, db)
    await prepare?.(repo, p.id)
    const before = await snapshot(db)
    fault.state.armed = true
    const err = await op(repo, p.id).then(() => null, (e: unknown) => e)
    expect(err, `k=${k}`).toBeInstanceOf(DiskFullError)
    fault.state.armed = false
    expect(await snapshot(db), `k=${k}`).toEqual(before)
    db.close()
  }
  return total
}

describe('all-or-nothing writes (R17) and quota errors (R19)', () => {
  it('delete: failing any one of its mutates leaves the database unchanged', async () => {
    expect(await everyKLeavesNothing((repo, id) => repo.delete(id))).toBe(4)
  })

  it('delete of a project with a kept Monte Carlo: failing any one of its five mutates leaves the database unchanged', async () => {
    expect(await everyKLeavesNothing((repo, id) => repo.delete(id), (repo, id) => repo.putMonteCarlo(id, { version: 1 }))).toBe(5)
  })

  it('undo delete: failing any one of its mutates leaves the trash and projects unchanged', async () => {
    expect(await everyKLeavesNothing((repo, id) => repo.undoDelete(id), (repo, id) => repo.delete(id))).toBe(4)
  })

  it('duplicate: failing any one of its mutates leaves no half copy', async () => {
    expect(await everyKLeavesNothing((repo, id) => repo.duplicate(id))).toBe(2)
  })

  it('maps Chromium\'s AbortError-with-inner shape to "Disk full — nothing was saved"', async () => {
    const chromiumShape = Object.assign(new Error('QuotaExceededError '), { name: 'AbortError', inner: { name: 'QuotaExceededError' } })
    const fault = failingMutate(1, () => chromiumShape)
    const { db, repo } = openRepo(freshName(), { middlewares: [fault.middleware] })
    const p = await repo.create({ name: 'Q', currency: 'USD' })
    fault.state.armed = true
    const err = await repo.saveDoc(p.id, { ...p.doc, description: 'more' }, p.rev).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(DiskFullError)
    expect((err as Error).message).toMatch(/^Disk full — nothing was saved/)
    fault.state.armed = false
    expect((await db.projects.get(p.id))!.rev).toBe(1)
  })

  it('recognises quota errors by name or inner name only', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true)
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true)
    expect(isQuotaError({ name: 'AbortError', inner: null })).toBe(false)
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false)
    expect(isQuotaError(null)).toBe(false)
    expect(toRepositoryError(new Error('boom')).code).toBe('storage')
  })
})

describe('versionchange from a newer window (R23)', () => {
  it('closes the stale connection, notifies, and refuses every later call', async () => {
    const name = freshName()
    const { repo } = openRepo(name)
    const p = await repo.create({ name: 'Old window', currency: 'USD' })
    const onStale = vi.fn()
    repo.onStale(onStale)

    const newer = new Dexie(name)
    newer.version(DB_VERSION + 1).stores({ ...SCHEMA_V1, projects: 'id, updatedAt, name' })
    await newer.open()

    expect(onStale).toHaveBeenCalledTimes(1)
    expect(repo.isStale()).toBe(true)
    await expect(repo.saveDoc(p.id, { ...p.doc, description: 'stale write' }, p.rev)).rejects.toBeInstanceOf(StaleWindowError)
    await expect(repo.create({ name: 'x', currency: 'USD' })).rejects.toBeInstanceOf(StaleWindowError)
    const row = await newer.table('projects').get(p.id)
    expect(row.rev).toBe(1)
    expect(row.doc.description).toBe('')
    newer.close()
  })
})

describe('storage persistence request (R16)', () => {
  it('records a refusal', async () => {
    const { db, repo } = openRepo(freshName())
    const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => false) }
    expect(await repo.requestPersistence(storage)).toEqual({ persisted: false, supported: true })
    expect(storage.persist).toHaveBeenCalledOnce()
    expect((await db.meta.get('storage-persistence'))?.value).toEqual({ persisted: false, supported: true })
  })

  it('does not ask again when already persistent, and handles a missing StorageManager', async () => {
    const { repo } = openRepo(freshName())
    const storage = { persisted: vi.fn(async () => true), persist: vi.fn(async () => false) }
    expect(await repo.requestPersistence(storage)).toEqual({ persisted: true, supported: true })
    expect(storage.persist).not.toHaveBeenCalled()
    expect(await repo.requestPersistence(undefined)).toEqual({ persisted: false, supported: false })
  })

  it('treats a throwing persist() as refused', async () => {
    const { repo } = openRepo(freshName())
    const storage = { persisted: async () => false, persist: async (): Promise<boolean> => Promise.reject(new Error('denied')) }
    expect(await repo.requestPersistence(storage)).toEqual({ persisted: false, supported: true })
  })
})
