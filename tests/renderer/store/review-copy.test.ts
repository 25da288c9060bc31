import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { newProject } from '@shared/model'
import { REVIEW_COPY_READ_ONLY_MESSAGE, REVIEW_MODE_BANNER, selectReadOnly } from '@renderer/store'
import { makeStore } from './fakes'
import c1Json from '../../../resources/lots/c1-catalyst-lot.json'

const file = () => ({ ...newProject('file-project', 'Pune black mass', 2027), sheet: { sponsor: 'Pune Recyclers', location: '', summary: '', risks: [] } })

describe('a file opened for review (review copy)', () => {
  it('is read-only whatever the review mode, writes nothing, and creates no project', async () => {
    const { store, repo } = makeStore()
    const s = () => store.getState()
    await s().start()
    expect(await s().openForReview(file(), 'pune.bankable.json')).toBe('file-project')
    await s().openReviewCopy('file-project')
    expect(s().workspace?.reviewCopy).toEqual({ fileName: 'pune.bankable.json', ownProject: null })
    expect(selectReadOnly(s())).toBe(true)
    // The reviewer tab enters and the sheet tab leaves review mode: still read-only, and no "Leave review mode" banner.
    s().setReviewMode('file-project')
    s().setReviewMode(null)
    expect(s().banners.map((b) => b.id)).not.toContain(REVIEW_MODE_BANNER)
    expect(selectReadOnly(s())).toBe(true)
    const r = s().applyEdit('Name', (d) => void (d.name = 'Edited'))
    expect(r).toEqual({ ok: false, issues: [{ path: '(root)', message: REVIEW_COPY_READ_ONLY_MESSAGE }] })
    await s().flushSave()
    expect(await repo.list()).toEqual([])
    expect((await repo.getReviewCopy('file-project'))!.doc.name).toBe('Pune black mass')
    expect(s().reviewCopies.map((c) => c.name)).toEqual(['Pune black mass'])
  })

  it('names the owner’s project of the same id; opening that one is editable again', async () => {
    const { store } = makeStore()
    const s = () => store.getState()
    await s().start()
    const own = (await s().importProject(file()))!
    await s().openForReview({ ...file(), name: 'Sent version' }, 'x.json')
    await s().openReviewCopy(own)
    expect(s().workspace?.reviewCopy?.ownProject).toEqual({ id: own, name: 'Pune black mass' })
    expect(s().workspace?.doc.name).toBe('Sent version')
    await s().openProject(own)
    expect(s().workspace?.reviewCopy).toBeUndefined()
    expect(s().workspace?.doc.name).toBe('Pune black mass')
    expect(selectReadOnly(s())).toBe(false)
    expect(s().applyEdit('Name', (d) => void (d.name = 'Edited')).ok).toBe(true)
  })

  it('an unknown review copy is not found', async () => {
    const { store } = makeStore()
    await store.getState().openReviewCopy('nothing-here')
    expect(store.getState().workspaceStatus).toBe('not-found')
  })
})

describe('lots while reviewing', () => {
  it('a review copy shows none of the owner’s lots and neither adds nor deletes any', async () => {
    const { store, repo } = makeStore()
    const s = () => store.getState()
    await s().start()
    const own = (await s().importProject(file()))!
    await s().openProject(own)
    const lot: unknown = c1Json
    const [stored] = await repo.addLots(own, [lot])
    await s().openForReview(file(), 'x.json')
    await s().openReviewCopy(own)
    await s().loadLots(own)
    expect(s().lots).toEqual({ projectId: own, items: [] })
    expect(await s().addLots(own, [lot])).toBe(false)
    await s().deleteLot(stored!.id)
    expect(await repo.listLots(own)).toHaveLength(1)
    expect(s().toasts.map((t) => t.message)).toContain(REVIEW_COPY_READ_ONLY_MESSAGE)
  })
})
