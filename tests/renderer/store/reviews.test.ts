import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { defaultReviewCase, projectSha256, REVIEW_SCHEMA_VERSION, type ReviewBody } from '@shared/review'
import type { Project } from '@shared/model'
import { REVIEW_MODE_BANNER, REVIEW_READ_ONLY_MESSAGE, selectReadOnly } from '@renderer/store'
import { withOpenProject } from './fakes'

const body = (p: Project): ReviewBody => ({
  format: 'bankable-review', schemaVersion: REVIEW_SCHEMA_VERSION, project: { id: p.id, name: p.name, sha256: projectSha256(p) },
  reviewer: { name: 'A. Banker', organisation: '' }, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
  reviewCase: defaultReviewCase(p), notes: [{ id: 'n1', section: 'offtake', path: null, status: 'rejected', text: 'No contracted offtake', createdAt: '2026-01-01T00:00:00Z' }], summary: ''
})

describe('reviewer mode: the recycler’s inputs are read-only', () => {
  it('applyEdit, undo and redo refuse while the open project is in review mode, with one toast and a banner', async () => {
    const { store, repo, id } = await withOpenProject()
    const s = () => store.getState()
    expect(s().applyEdit('Rate', (d) => void (d.valuation.discountRate = '0.12')).ok).toBe(true)
    s().setReviewMode(id)
    expect(selectReadOnly(s())).toBe(true)
    expect(s().banners.map((b) => b.id)).toContain(REVIEW_MODE_BANNER)
    const before = s().workspace!.doc
    const r1 = s().applyEdit('Rate', (d) => void (d.valuation.discountRate = '0.2'), { path: 'valuation.discountRate', draft: '20' })
    const r2 = s().applyEdit('Rate', (d) => void (d.valuation.discountRate = '0.3'))
    expect(r1).toEqual({ ok: false, issues: [{ path: '(root)', message: REVIEW_READ_ONLY_MESSAGE }] })
    expect(r2.ok).toBe(false)
    s().undo()
    expect(s().workspace!.doc).toBe(before)
    expect(s().workspace!.rejected).toEqual({}) // nothing kept as a refused draft either
    expect(s().toasts.filter((t) => t.message === REVIEW_READ_ONLY_MESSAGE)).toHaveLength(1)
    await s().flushSave()
    expect((await repo.get(id))!.doc.valuation.discountRate).toBe('0.12')
    // Leaving review mode (the banner's action) makes the inputs editable again.
    s().banners.find((b) => b.id === REVIEW_MODE_BANNER)!.action!.run()
    expect(selectReadOnly(s())).toBe(false)
    expect(s().banners.map((b) => b.id)).not.toContain(REVIEW_MODE_BANNER)
    expect(s().applyEdit('Rate', (d) => void (d.valuation.discountRate = '0.2')).ok).toBe(true)
  })

  it('closing the project leaves review mode', async () => {
    const { store, id } = await withOpenProject()
    store.getState().setReviewMode(id)
    store.getState().closeProject()
    expect(store.getState().reviewModeProjectId).toBeNull()
    expect(store.getState().banners).toEqual([])
  })
})

describe('reviews slice', () => {
  it('saves a received review and loads it back (as after a reload)', async () => {
    const { store, id } = await withOpenProject()
    const doc = store.getState().workspace!.doc
    const row = await store.getState().saveReview(id, { kind: 'received', fileName: 'review.json', review: body(doc) })
    expect(row).not.toBeNull()
    store.setState({ reviews: null })
    await store.getState().loadReviews(id)
    expect(store.getState().reviews!.items.map((r) => r.data.review.notes[0]!.text)).toEqual(['No contracted offtake'])
    await store.getState().deleteReview(row!.id)
    expect(store.getState().reviews!.items).toEqual([])
  })
  it('a refused review is toasted and not listed', async () => {
    const { store, id } = await withOpenProject()
    const doc = store.getState().workspace!.doc
    expect(await store.getState().saveReview(id, { kind: 'received', fileName: 'x', review: { ...body(doc), project: { ...body(doc).project, id: 'other' } } })).toBeNull()
    expect(store.getState().toasts.at(-1)!.tone).toBe('error')
  })
})
