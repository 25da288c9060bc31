import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { selectField } from '@renderer/store'
import { loadUnsavedDrafts, pruneDrafts } from '@renderer/store/unsaved-drafts'
import { createAppStore } from '@renderer/store'
import { memoryPrefs, withOpenProject } from './fakes'

describe('fields not saved (#17)', () => {
  it('holdDraft keeps text that is not a number at its field, with the message; nothing reaches the document', async () => {
    const { store } = await withOpenProject()
    const doc = store.getState().workspace!.doc
    store.getState().holdDraft('costs.opex.fixedPerYear', 'Fixed opex', '12,5', 'Use a dot for decimals: 12.5')
    expect(store.getState().workspace!.doc).toBe(doc)
    expect(selectField(store.getState(), 'costs.opex.fixedPerYear')).toEqual({ draft: '12,5', error: 'Use a dot for decimals: 12.5' })
    // A valid value at the same path clears it; so does Escape (discardDraft).
    store.getState().applyEdit('Fixed opex', (d) => void (d.costs.opex.fixedPerYear = '12.5'), { path: 'costs.opex.fixedPerYear', draft: '12.5' })
    expect(store.getState().workspace!.rejected).toEqual({})
    store.getState().holdDraft('costs.opex.fixedPerYear', 'Fixed opex', 'abc', 'Enter a number')
    store.getState().discardDraft('costs.opex.fixedPerYear')
    expect(store.getState().workspace!.rejected).toEqual({})
  })

  it('refused drafts come back after a reload (a new store on the same prefs) until fixed or discarded', async () => {
    const prefs = memoryPrefs()
    const { store, repo, id } = await withOpenProject({ prefs })
    store.getState().applyEdit('Discount rate', (d) => void (d.valuation.discountRate = '-5'), { path: 'valuation.discountRate', draft: '-500' })
    store.getState().holdDraft('costs.opex.fixedPerYear', 'Fixed opex', '12,5', 'Use a dot for decimals: 12.5')

    const reloaded = createAppStore({ repo, bridge: {} as never, prefs })
    await reloaded.getState().openProject(id)
    expect(Object.keys(reloaded.getState().workspace!.rejected).sort()).toEqual(['costs.opex.fixedPerYear', 'valuation.discountRate'])
    expect(selectField(reloaded.getState(), 'valuation.discountRate').draft).toBe('-500')
    expect(reloaded.getState().workspace!.doc.valuation.discountRate).toBe('0.1')

    reloaded.getState().discardDraft('valuation.discountRate')
    reloaded.getState().discardDraft('costs.opex.fixedPerYear')
    expect(loadUnsavedDrafts(prefs, id)).toEqual({})
  })

  it('the project list counts each project’s fields not saved, so leaving the workspace hides nothing (#17)', async () => {
    const prefs = memoryPrefs()
    const { store, id } = await withOpenProject({ prefs })
    store.getState().holdDraft('costs.opex.fixedPerYear', 'Fixed opex', '12,5', 'Use a dot for decimals: 12.5')
    store.getState().closeProject()
    await store.getState().loadProjects()
    expect(store.getState().unsavedFields).toEqual({ [id]: 1 })
    await store.getState().openProject(id)
    store.getState().discardDraft('costs.opex.fixedPerYear')
    store.getState().closeProject()
    await store.getState().loadProjects()
    expect(store.getState().unsavedFields).toEqual({})
  })

  it('ignores kept drafts that are malformed or hostile', () => {
    const prefs = memoryPrefs()
    const key = 'bankable:unsaved-fields:p1'
    for (const raw of ['not json', '[]', 'null', '{"a.b":{"label":1}}', '{"a b":{"label":"x","draft":"1","issues":[]}}'])
      expect((prefs.setItem(key, raw), loadUnsavedDrafts(prefs, 'p1'))).toEqual({})
    prefs.setItem(key, '{"__proto__":{"label":"x","draft":"1","issues":[]},"costs.opex.fixedPerYear":{"label":"Fixed opex","draft":"1,2","issues":[{"path":"costs.opex.fixedPerYear","message":"m"}]}}')
    const kept = loadUnsavedDrafts(prefs, 'p1')
    expect(Object.keys(kept)).toEqual(['costs.opex.fixedPerYear'])
    expect(({} as Record<string, unknown>).label).toBeUndefined()
    expect(loadUnsavedDrafts(undefined, 'p1')).toEqual({})
  })
})

describe('drafts of fields that are gone', () => {
  it('are dropped when their stream or item is removed, so the header never counts a field that cannot be reached', async () => {
    const { store } = await withOpenProject()
    expect(store.getState().applyEdit('Add item', (d) => void d.costs.capex.items.push({ ...d.costs.capex.items[0]!, id: 'capex-2', name: 'Second', amount: '5' })).ok).toBe(true)
    store.getState().holdDraft('costs.capex.items.1.amount', 'Second: Amount', 'abc', 'Enter a number')
    store.getState().holdDraft('costs.opex.fixedPerYear', 'Fixed opex', '12,5', 'Use a dot for decimals: 12.5')
    expect(store.getState().applyEdit('Remove item', (d) => void d.costs.capex.items.splice(1, 1)).ok).toBe(true)
    expect(Object.keys(store.getState().workspace!.rejected)).toEqual(['costs.opex.fixedPerYear'])
  })

  it('pruneDrafts keeps drafts of optional keys whose holder exists (an empty recovery override)', () => {
    const draft = { label: 'x', draft: '1', issues: [] }
    const doc = { routes: [{ recovery: {} }] }
    const kept = { 'routes.0.recovery.Li': draft }
    expect(pruneDrafts(kept, doc)).toBe(kept)
    expect(pruneDrafts({ 'routes.1.recovery.Li': draft, 'routes.0.recovery.Co': draft }, doc)).toEqual({ 'routes.0.recovery.Co': draft })
    expect(pruneDrafts({ '__proto__.x': draft }, doc)).toEqual({})
  })
})
