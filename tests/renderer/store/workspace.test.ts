import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { selectCanRedo, selectCanUndo, selectField, selectIssuesByPath, selectUndoLabel } from '@renderer/store'
import { failingMutate } from '../db/helpers'
import { withOpenProject } from './fakes'

describe('applyEdit', () => {
  it('accepts a valid edit: new doc, one undo step, autosaved with CAS', async () => {
    const { store, repo, id } = await withOpenProject()
    const before = store.getState().workspace!.doc
    const r = store.getState().applyEdit('Discount rate', (d) => void (d.valuation.discountRate = '0.12'), { path: 'valuation.discountRate', draft: '12' })
    expect(r).toEqual({ ok: true })
    const ws = store.getState().workspace!
    expect(ws.doc.valuation.discountRate).toBe('0.12')
    expect(before.valuation.discountRate).toBe('0.1') // the mutator got a clone
    expect(selectUndoLabel(store.getState())).toBe('Discount rate')
    await store.getState().flushSave()
    expect(store.getState().workspace!.save).toEqual({ state: 'saved' })
    const stored = (await repo.get(id))!
    expect(stored.doc.valuation.discountRate).toBe('0.12')
    expect(stored.rev).toBe(store.getState().workspace!.rev)
  })

  it('accepts a mutator that returns a replacement document', async () => {
    const { store } = await withOpenProject()
    const r = store.getState().applyEdit('Describe', (d) => ({ ...d, description: 'Hydromet plant' }))
    expect(r.ok).toBe(true)
    expect(store.getState().workspace!.doc.description).toBe('Hydromet plant')
  })

  it('refuses an invalid edit: doc and storage unchanged, draft and reason kept at the field', async () => {
    const { store, repo, id } = await withOpenProject()
    const doc = store.getState().workspace!.doc
    const r = store.getState().applyEdit('Discount rate', (d) => void (d.valuation.discountRate = '-5'), { path: 'valuation.discountRate', draft: '-500' })
    expect(r.ok).toBe(false)
    expect(store.getState().workspace!.doc).toBe(doc)
    expect(selectCanUndo(store.getState())).toBe(false)
    const field = selectField(store.getState(), 'valuation.discountRate')
    expect(field.draft).toBe('-500')
    expect(field.error).toMatch(/must be/)
    expect(selectIssuesByPath(store.getState())['valuation.discountRate']).toHaveLength(1)
    await store.getState().flushSave()
    expect((await repo.get(id))!.rev).toBe(1)

    // Fixing the value clears the draft.
    store.getState().applyEdit('Discount rate', (d) => void (d.valuation.discountRate = '0.08'), { path: 'valuation.discountRate', draft: '8' })
    expect(selectField(store.getState(), 'valuation.discountRate')).toEqual({ draft: undefined, error: undefined })
  })

  it('names the other field when a cross-field rule refuses the edit', async () => {
    const { store } = await withOpenProject()
    // 10 operating years → 3: grace 6 months + tenor 7 years no longer fits.
    const r = store.getState().applyEdit('Operating years', (d) => void (d.timeline.operatingYears = 3), { path: 'timeline.operatingYears', draft: '3' })
    expect(r.ok).toBe(false)
    expect(selectField(store.getState(), 'timeline.operatingYears').error).toBe('would make financing.tranches.0.tenorYears invalid: grace plus tenor runs past the end of operations')
    store.getState().discardDraft('timeline.operatingYears')
    expect(selectField(store.getState(), 'timeline.operatingYears').draft).toBeUndefined()
  })

  it('merges edits of one session into one undo step', async () => {
    const { store } = await withOpenProject()
    for (const v of ['1', '12', '125', '1250'])
      store.getState().applyEdit('Capex', (d) => void (d.costs.capex.items[0]!.amount = v), { path: 'costs.capex.items.0.amount', draft: v, session: 's1' })
    store.getState().applyEdit('Capex', (d) => void (d.costs.capex.items[0]!.amount = '2000'), { path: 'costs.capex.items.0.amount', draft: '2000', session: 's2' })
    expect(store.getState().workspace!.undo).toHaveLength(2)
    store.getState().undo()
    expect(store.getState().workspace!.doc.costs.capex.items[0]!.amount).toBe('1250')
    store.getState().undo()
    expect(store.getState().workspace!.doc.costs.capex.items[0]!.amount).toBe('0')
    expect(selectCanUndo(store.getState())).toBe(false)
  })

  it('undo and redo restore documents and autosave them', async () => {
    const { store, repo, id } = await withOpenProject()
    store.getState().applyEdit('A', (d) => void (d.description = 'A'))
    store.getState().applyEdit('B', (d) => void (d.description = 'B'))
    store.getState().undo()
    expect(store.getState().workspace!.doc.description).toBe('A')
    expect(selectCanRedo(store.getState())).toBe(true)
    await store.getState().flushSave()
    expect((await repo.get(id))!.doc.description).toBe('A')
    store.getState().redo()
    expect(store.getState().workspace!.doc.description).toBe('B')
    // A new edit after undo drops the redo branch.
    store.getState().undo()
    store.getState().applyEdit('C', (d) => void (d.description = 'C'))
    expect(selectCanRedo(store.getState())).toBe(false)
    await store.getState().flushSave()
    expect((await repo.get(id))!.doc.description).toBe('C')
  })

  it('menu commands undo and redo through the bridge', async () => {
    const { store, fire } = await withOpenProject()
    store.getState().applyEdit('A', (d) => void (d.description = 'A'))
    fire('undo')
    expect(store.getState().workspace!.doc.description).toBe('')
    fire('redo')
    expect(store.getState().workspace!.doc.description).toBe('A')
    fire('new-project')
    expect(store.getState().dialog).toBe('create-project')
  })

  it('coalesces a burst of edits into few writes and stores the last one', async () => {
    const { store, repo, id } = await withOpenProject()
    for (let i = 1; i <= 20; i++) store.getState().applyEdit('Desc', (d) => void (d.description = `v${i}`))
    await store.getState().flushSave()
    const stored = (await repo.get(id))!
    expect(stored.doc.description).toBe('v20')
    expect(stored.rev).toBeLessThan(21)
    expect(store.getState().workspace!.rev).toBe(stored.rev)
  })

  it('a save that conflicts with another window reports it and keeps the other window\'s data', async () => {
    const { store, repo, id } = await withOpenProject()
    const other = (await repo.get(id))!
    await repo.saveDoc(id, { ...other.doc, description: 'from the other window' }, other.rev)
    store.getState().applyEdit('Mine', (d) => void (d.description = 'mine'))
    await store.getState().flushSave()
    const save = store.getState().workspace!.save
    expect(save.state).toBe('error')
    expect(store.getState().banners.map((b) => b.id)).toContain('conflict')
    expect((await repo.get(id))!.doc.description).toBe('from the other window')
    store.getState().banners.find((b) => b.id === 'conflict')!.action!.run()
    await new Promise((r) => setTimeout(r, 20))
    expect(store.getState().workspace!.doc.description).toBe('from the other window')
    expect(store.getState().banners.map((b) => b.id)).not.toContain('conflict')
  })

  it('disk full during autosave: "nothing was saved", edit kept in memory, stored doc unchanged', async () => {
    const fault = failingMutate(1)
    const { store, repo, id } = await withOpenProject({ middlewares: [fault.middleware] })
    fault.state.armed = true
    store.getState().applyEdit('Desc', (d) => void (d.description = 'big'))
    await store.getState().flushSave()
    expect(store.getState().workspace!.save).toEqual({ state: 'error', message: expect.stringMatching(/^Disk full — nothing was saved/) })
    expect(store.getState().toasts.at(-1)?.tone).toBe('error')
    expect(store.getState().workspace!.doc.description).toBe('big')
    fault.state.armed = false
    expect((await repo.get(id))!.doc.description).toBe('')
    // The next edit retries and succeeds.
    store.getState().applyEdit('Desc', (d) => void (d.description = 'big again'))
    await store.getState().flushSave()
    expect(store.getState().workspace!.save).toEqual({ state: 'saved' })
    expect((await repo.get(id))!.doc.description).toBe('big again')
  })
})
