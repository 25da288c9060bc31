import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { defaultReviewCase, projectSha256, REVIEW_SCHEMA_VERSION, reviewDraftId, type ReviewBody } from '@shared/review'
import type { Project } from '@shared/model'
import { InvalidDocumentError, NotFoundError } from '@renderer/db/errors'
import { freshName, openRepo } from './helpers'

const body = (p: Project, text = 'Rate is below our pricing'): ReviewBody => ({
  format: 'bankable-review', schemaVersion: REVIEW_SCHEMA_VERSION,
  project: { id: p.id, name: p.name, sha256: projectSha256(p) },
  reviewer: { name: 'A. Banker', organisation: 'Example ECA' },
  createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
  reviewCase: defaultReviewCase(p),
  notes: [{ id: 'n1', section: 'financing', path: 'financing.annualRate', status: 'query', text, createdAt: '2026-01-01T00:00:00Z' }],
  summary: ''
})

describe('reviews beside a project (Dexie reviews table)', () => {
  it('a received review survives reopening the database, with its notes', async () => {
    const name = freshName()
    const { repo, db } = openRepo(name)
    const p = await repo.create({ name: 'Pune black mass', currency: 'USD' })
    const row = await repo.putReview(p.id, { kind: 'received', fileName: 'review.json', review: body(p.doc) })
    db.close()
    const again = openRepo(name)
    const list = await again.repo.listReviews(p.id)
    expect(list).toHaveLength(1)
    expect(list[0]!.id).toBe(row.id)
    expect(list[0]!.data.kind).toBe('received')
    expect(list[0]!.data.review.notes[0]!.text).toBe('Rate is below our pricing')
    again.db.close()
  })

  it('the draft is one row per project, replaced in place (createdAt kept)', async () => {
    const { repo } = openRepo(freshName())
    const p = await repo.create({ name: 'P', currency: 'USD' })
    const first = await repo.putReview(p.id, { kind: 'draft', fileName: '', review: body(p.doc, 'first') }, reviewDraftId(p.id))
    const second = await repo.putReview(p.id, { kind: 'draft', fileName: '', review: body(p.doc, 'second') }, reviewDraftId(p.id))
    expect(second.createdAt).toBe(first.createdAt)
    const list = await repo.listReviews(p.id)
    expect(list.map((r) => r.data.review.notes[0]!.text)).toEqual(['second'])
    await repo.deleteReview(reviewDraftId(p.id))
    expect(await repo.listReviews(p.id)).toEqual([])
  })

  it('refuses an invalid review, one of another project, or an unknown project — nothing written', async () => {
    const { repo, db } = openRepo(freshName())
    const p = await repo.create({ name: 'P', currency: 'USD' })
    const q = await repo.create({ name: 'Q', currency: 'USD' })
    await expect(repo.putReview(p.id, { kind: 'received', fileName: 'x', review: { ...body(p.doc), notes: 'no' } })).rejects.toBeInstanceOf(InvalidDocumentError)
    await expect(repo.putReview(p.id, { kind: 'received', fileName: 'x', review: body(q.doc) })).rejects.toBeInstanceOf(InvalidDocumentError)
    const ghost = { ...p.doc, id: 'ghost' }
    await expect(repo.putReview('ghost', { kind: 'received', fileName: 'x', review: body(ghost) })).rejects.toBeInstanceOf(NotFoundError)
    expect(await db.reviews.count()).toBe(0)
  })

  it('deleting the project moves its stored reviews to the trash; undo brings them back', async () => {
    const { repo, db } = openRepo(freshName())
    const p = await repo.create({ name: 'P', currency: 'USD' })
    await repo.putReview(p.id, { kind: 'received', fileName: 'review.json', review: body(p.doc) })
    await repo.delete(p.id)
    expect(await db.reviews.count()).toBe(0)
    expect((await db.trash.get(p.id))!.reviews).toHaveLength(1)
    await repo.undoDelete(p.id)
    expect(await repo.listReviews(p.id)).toHaveLength(1)
  })
})
