import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { ConflictError, InvalidDocumentError, NotFoundError } from '@renderer/db/errors'
import { freshName, openRepo } from './helpers'

describe('repository CRUD', () => {
  it('creates, lists, gets, renames, archives', async () => {
    const { repo } = openRepo(freshName())
    const a = await repo.create({ name: 'Pune black mass', currency: 'USD' })
    const b = await repo.create({ name: 'Chennai autocats', currency: 'INR', fxPerUsd: '84.5' })
    expect(a.rev).toBe(1)
    expect(b.doc.fx.rates).toEqual([{ currency: 'INR', points: [{ year: 2027, perUsd: '84.5' }] }])
    const list = await repo.list()
    expect(list.map((p) => p.name)).toEqual(['Chennai autocats', 'Pune black mass']) // newest first
    expect(list[0]).not.toHaveProperty('doc')
    expect(list[0]!.currency).toBe('INR')

    const renamed = await repo.rename(a.id, '  Pune BM plant ')
    expect(renamed.name).toBe('Pune BM plant')
    expect(renamed.rev).toBe(2)
    expect((await repo.get(a.id))!.doc.name).toBe('Pune BM plant')

    const archived = await repo.setArchived(a.id, true)
    expect(archived.archived).toBe(true)
    expect((await repo.setArchived(a.id, false)).archived).toBe(false)
  })

  it('refuses an invalid project before writing anything', async () => {
    const { repo } = openRepo(freshName())
    await expect(repo.create({ name: '   ', currency: 'USD' })).rejects.toBeInstanceOf(InvalidDocumentError)
    // INR without a USD/INR rate breaks the cross-field FX rule.
    await expect(repo.create({ name: 'x', currency: 'INR' })).rejects.toBeInstanceOf(InvalidDocumentError)
    expect(await repo.list()).toEqual([])
  })

  it('survives close and reopen', async () => {
    const name = freshName()
    const first = openRepo(name)
    const p = await first.repo.create({ name: 'Persisted', currency: 'JPY', fxPerUsd: '151.2' })
    first.repo.close()
    const second = openRepo(name)
    const back = await second.repo.get(p.id)
    expect(back?.doc).toEqual(p.doc)
    expect((await second.repo.sentinel())?.key).toBe('db-instance')
  })

  it('duplicates with a new id and its own lots', async () => {
    const { db, repo } = openRepo(freshName())
    const p = await repo.create({ name: 'Original', currency: 'USD' })
    await db.lots.add({ id: 'lot-1', projectId: p.id, createdAt: '2026-01-01T00:00:00Z', data: { massTonnes: '12.5' } })
    const copy = await repo.duplicate(p.id)
    expect(copy.id).not.toBe(p.id)
    expect(copy.doc.id).toBe(copy.id)
    expect(copy.name).toBe('Original (copy)')
    const lots = await db.lots.where('projectId').equals(copy.id).toArray()
    expect(lots).toHaveLength(1)
    expect(lots[0]!.data).toEqual({ massTonnes: '12.5' })
    expect(await repo.list()).toHaveLength(2)
  })

  it('delete moves the project with its lots and reviews to the trash; undo restores them exactly', async () => {
    const { db, repo } = openRepo(freshName())
    const p = await repo.create({ name: 'To delete', currency: 'USD' })
    await db.lots.add({ id: 'lot-1', projectId: p.id, createdAt: 'x', data: 1 })
    await db.reviews.add({ id: 'rev-1', projectId: p.id, createdAt: 'x', data: 2 })
    const before = await repo.get(p.id)
    await repo.delete(p.id)
    expect(await repo.get(p.id)).toBeUndefined()
    expect(await db.lots.count()).toBe(0)
    expect(await db.reviews.count()).toBe(0)
    expect(await db.trash.count()).toBe(1)
    await repo.undoDelete(p.id)
    expect(await repo.get(p.id)).toEqual(before)
    expect(await db.lots.count()).toBe(1)
    expect(await db.reviews.count()).toBe(1)
    expect(await db.trash.count()).toBe(0)
    await expect(repo.undoDelete(p.id)).rejects.toBeInstanceOf(NotFoundError)
    await expect(repo.delete('nope')).rejects.toBeInstanceOf(NotFoundError)
  })

  it('saveDoc is compare-and-swap on rev across two connections', async () => {
    const name = freshName()
    const one = openRepo(name)
    const two = openRepo(name)
    const p = await one.repo.create({ name: 'Shared', currency: 'USD' })
    const seenByTwo = (await two.repo.get(p.id))!
    const saved = await one.repo.saveDoc(p.id, { ...p.doc, description: 'window one' }, p.rev)
    expect(saved.rev).toBe(2)
    const err = await two.repo.saveDoc(p.id, { ...seenByTwo.doc, description: 'window two' }, seenByTwo.rev).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ConflictError)
    expect((err as ConflictError).actualRev).toBe(2)
    expect((await one.repo.get(p.id))!.doc.description).toBe('window one')
  })

  it('saveDoc validates first and never stores an invalid document', async () => {
    const { repo } = openRepo(freshName())
    const p = await repo.create({ name: 'Valid', currency: 'USD' })
    const bad = { ...p.doc, valuation: { discountRate: '1e3' } }
    await expect(repo.saveDoc(p.id, bad, p.rev)).rejects.toBeInstanceOf(InvalidDocumentError)
    await expect(repo.saveDoc(p.id, { ...p.doc, id: 'other' }, p.rev)).rejects.toBeInstanceOf(InvalidDocumentError)
    expect((await repo.get(p.id))!.rev).toBe(1)
  })

  it('round-trips money and rates as canonical decimal strings (R25)', async () => {
    const name = freshName()
    const { repo } = openRepo(name)
    const p = await repo.create({ name: 'Decimals', currency: 'USD' })
    const doc = structuredClone(p.doc)
    doc.costs.capex.items[0]!.amount = '123456789012345.123456789012345'
    doc.valuation.discountRate = '0.0825'
    doc.costs.opex.escalation = '-0.015'
    await repo.saveDoc(p.id, doc, p.rev)
    repo.close()
    const back = (await openRepo(name).repo.get(p.id))!.doc
    expect(back.costs.capex.items[0]!.amount).toBe('123456789012345.123456789012345')
    expect(typeof back.valuation.discountRate).toBe('string')
    expect(back.valuation.discountRate).toBe('0.0825')
    expect(back.costs.opex.escalation).toBe('-0.015')
  })
})
