import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SameIdQuestion } from '@renderer/features/files/same-id'
import { fakeBridge, makeStore } from '../../store/fakes'

// navigate() writes location.hash; the node environment has no location.
vi.stubGlobal('location', { hash: '' })
afterEach(() => void (location.hash = ''))
const { addProject } = await import('@renderer/features/files/file-actions')

async function setUp() {
  const ctx = makeStore()
  await ctx.store.getState().start()
  const id = (await ctx.store.getState().createProject({ name: 'Pune black mass', currency: 'USD' }))!
  const doc = (await ctx.store.getState().storedProjectDoc(id))!
  return { ...ctx, id, doc }
}

describe('a file of a project that is already here (issue 17): asked, never a silent copy', () => {
  it('cancel adds nothing; the question says whether the file holds the same inputs', async () => {
    const { store, doc } = await setUp()
    const { bridge } = fakeBridge()
    const asked: SameIdQuestion[] = []
    const r = await addProject(doc, { store, bridge, ask: async (q) => (asked.push(q), 'cancel') }, 'pune.bankable.json')
    expect(r).toBeNull()
    expect(store.getState().projects).toHaveLength(1)
    expect(asked).toEqual([{ fileName: 'pune.bankable.json', projectName: 'Pune black mass', savedAt: store.getState().projects[0]!.updatedAt, identical: true }])
    await addProject({ ...doc, description: 'older' }, { store, bridge, ask: async (q) => (asked.push(q), 'cancel') }, 'older.json')
    expect(asked[1]!.identical).toBe(false)
  })
  it('"here" opens the project here and adds nothing; "copy" adds the file under a new id', async () => {
    const { store, id, doc } = await setUp()
    const { bridge } = fakeBridge()
    expect(await addProject(doc, { store, bridge, ask: async () => 'here' })).toBe(id)
    expect(location.hash).toBe(`#/project/${id}/results`)
    expect(store.getState().projects).toHaveLength(1)
    const copy = await addProject(doc, { store, bridge, ask: async () => 'copy' })
    expect(copy).not.toBe(id)
    expect(store.getState().projects.map((p) => p.name).sort()).toEqual(['Pune black mass', 'Pune black mass (copy)'])
  })
  it('a file of a project that is not here is added without a question', async () => {
    const { store, doc } = await setUp()
    const { bridge } = fakeBridge()
    const ask = vi.fn()
    expect(await addProject({ ...doc, id: 'elsewhere-1' }, { store, bridge, ask })).toBe('elsewhere-1')
    expect(ask).not.toHaveBeenCalled()
  })
})
