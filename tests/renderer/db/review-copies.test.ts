import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { defaultReviewCase, projectSha256, REVIEW_SCHEMA_VERSION, reviewDraftId, type ReviewBody } from '@shared/review'
import { newProject, type Project } from '@shared/model'
import { InvalidDocumentError } from '@renderer/db/errors'
import { freshName, openRepo } from './helpers'

const draft = (p: Project): ReviewBody => ({
  format: 'bankable-review', schemaVersion: REVIEW_SCHEMA_VERSION, project: { id: p.id, name: p.name, sha256: projectSha256(p) },
  reviewer: { name: 'A. Banker', organisation: '' }, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
  reviewCase: defaultReviewCase(p), notes: [], summary: ''
})

const file = (): Project => ({ ...newProject('file-project', 'Pune black mass', 2027), sheet: { sponsor: 'Pune Recyclers', location: '', summary: '', risks: [] } })

describe('review copies: a file opened for review is not a project', () => {
  it('is kept beside the projects (the list does not show it) and survives reopening the database', async () => {
    const name = freshName()
    const { repo, db } = openRepo(name)
    await repo.putReviewCopy(file(), 'pune.bankable.json')
    expect(await repo.list()).toEqual([])
    expect(await db.projects.count()).toBe(0)
    db.close()
    const again = openRepo(name)
    const copy = await again.repo.getReviewCopy('file-project')
    expect(copy?.doc.name).toBe('Pune black mass')
    expect(copy?.fileName).toBe('pune.bankable.json')
    expect(await again.repo.listReviewCopies()).toEqual([expect.objectContaining({ projectId: 'file-project', name: 'Pune black mass', sponsor: 'Pune Recyclers' })])
    again.db.close()
  })

  it('sits beside the owner’s project of the same id without touching it', async () => {
    const { repo } = openRepo(freshName())
    const own = await repo.importDoc(file())
    const edited = { ...file(), name: 'Pune black mass (reviewed version)' }
    await repo.putReviewCopy(edited, 'x.json')
    expect((await repo.get(own.id))!.doc.name).toBe('Pune black mass')
    expect((await repo.getReviewCopy(own.id))!.doc.name).toBe('Pune black mass (reviewed version)')
    // Removing the copy keeps the owner's project and its reviews.
    await repo.putReview(own.id, { kind: 'draft', fileName: '', review: draft(own.doc) }, reviewDraftId(own.id))
    await repo.removeReviewCopy(own.id)
    expect(await repo.getReviewCopy(own.id)).toBeUndefined()
    expect(await repo.get(own.id)).toBeDefined()
    expect(await repo.listReviews(own.id)).toHaveLength(1)
  })

  it('holds the financier’s draft; removing the copy removes the draft with it', async () => {
    const { repo } = openRepo(freshName())
    const p = file()
    await repo.putReviewCopy(p, 'x.json')
    await repo.putReview(p.id, { kind: 'draft', fileName: '', review: draft(p) }, reviewDraftId(p.id))
    expect(await repo.listReviews(p.id)).toHaveLength(1)
    await repo.removeReviewCopy(p.id)
    expect(await repo.listReviews(p.id)).toEqual([])
    expect(await repo.listReviewCopies()).toEqual([])
  })

  it('refuses a document that does not validate, writing nothing', async () => {
    const { repo, db } = openRepo(freshName())
    await expect(repo.putReviewCopy({ ...file(), name: '' }, 'x.json')).rejects.toBeInstanceOf(InvalidDocumentError)
    expect(await db.meta.where('key').startsWith('review-copy:').count()).toBe(0)
  })
})
