import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { ConflictError } from '@renderer/db/errors'
import { createRepository } from '@renderer/db/repository'
import { BankableDb } from '@renderer/db/database'
import { diffDocuments } from '@renderer/features/conflict/conflict-diff'
import { freshName } from '../renderer/db/helpers'
import { reportTally, tally } from './tally'

reportTally('conflict')

describe('case 41: two windows edit the same deal', () => {
  it('the second save is a ConflictError, the diff shows both versions, and "keep mine" is one more CAS', async () => {
    const name = freshName()
    const a = createRepository(new BankableDb(name))
    const b = createRepository(new BankableDb(name)) // a second window: its own connection
    const p = await a.create({ name: 'Shared deal', currency: 'USD' })
    const inB = (await b.get(p.id))!
    const theirs = { ...inB.doc, name: 'Their terms', costs: { ...inB.doc.costs, opex: { ...inB.doc.costs.opex, fixedPerYear: '3500000' } } }
    await b.saveDoc(p.id, theirs, inB.rev)

    const mine = { ...p.doc, name: 'My terms', description: 'sponsor note' }
    const e = await a.saveDoc(p.id, mine, p.rev).then(() => null, (x: unknown) => x)
    expect(e).toBeInstanceOf(ConflictError)
    expect(e).toMatchObject({ expectedRev: 1, actualRev: 2 })
    expect((await a.get(p.id))!.doc.name).toBe('Their terms') // nothing of mine was written

    const stored = (await a.get(p.id))!
    const diffs = diffDocuments(mine, stored.doc)
    expect(diffs).toEqual(
      expect.arrayContaining([
        { path: 'name', mine: 'My terms', theirs: 'Their terms' },
        { path: 'description', mine: 'sponsor note', theirs: '' },
        { path: 'costs.opex.fixedPerYear', mine: p.doc.costs.opex.fixedPerYear, theirs: '3500000' }
      ])
    )
    expect(diffs).toHaveLength(3)

    // Keep mine: a CAS against THEIR revision; a third writer in between would be caught again.
    await a.saveDoc(p.id, mine, stored.rev)
    expect((await b.get(p.id))!.doc.name).toBe('My terms')
    await expect(b.saveDoc(p.id, theirs, stored.rev)).rejects.toBeInstanceOf(ConflictError)
    tally.casesTried += 2
  })

  it('diffs arrays item by item and names added or removed items', () => {
    expect(diffDocuments({ items: [{ a: '1' }] }, { items: [{ a: '2' }, { a: '3' }] })).toEqual([
      { path: 'items.0.a', mine: '1', theirs: '2' },
      { path: 'items.1', mine: '(none)', theirs: '{"a":"3"}' }
    ])
    expect(diffDocuments({ x: 1 }, { x: 1 })).toEqual([])
  })
})
