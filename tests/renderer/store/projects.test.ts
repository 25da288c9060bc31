import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { DB_VERSION, SCHEMA_V1 } from '@renderer/db/database'
import { filterProjects } from '@renderer/store'
import { PERSIST_WARNING_SNOOZE_MS } from '@renderer/store/ui-slice'
import { makeStore, memoryPrefs, withOpenProject } from './fakes'

describe('projects slice', () => {
  it('create, rename, duplicate, archive, delete and undo from the toast', async () => {
    const { store } = makeStore()
    await store.getState().start()
    const s = () => store.getState()
    const id = (await s().createProject({ name: 'Chennai autocats', currency: 'INR', fxPerUsd: '84.2' }))!
    expect(s().projects.map((p) => [p.name, p.currency])).toEqual([['Chennai autocats', 'INR']])
    expect(await s().renameProject(id, 'Chennai PGM')).toBe(true)
    expect(s().projects[0]!.name).toBe('Chennai PGM')
    const copyId = (await s().duplicateProject(id))!
    expect(s().projects.map((p) => p.name).sort()).toEqual(['Chennai PGM', 'Chennai PGM (copy)'])
    await s().setArchived(copyId, true)
    expect(filterProjects(s().projects, 'archived').map((p) => p.id)).toEqual([copyId])
    expect(filterProjects(s().projects, 'active').map((p) => p.id)).toEqual([id])
    await s().deleteProject(id)
    expect(s().projects.map((p) => p.id)).toEqual([copyId])
    const toast = s().toasts.at(-1)!
    expect(toast.message).toBe('Deleted “Chennai PGM”')
    toast.action!.run()
    await new Promise((r) => setTimeout(r, 20))
    expect(s().projects.map((p) => p.id).sort()).toEqual([id, copyId].sort())
  })

  it('an invalid new project is refused with a toast and nothing stored', async () => {
    const { store, repo } = makeStore()
    await store.getState().start()
    expect(await store.getState().createProject({ name: 'No rate', currency: 'JPY' })).toBeNull()
    expect(store.getState().toasts.at(-1)?.tone).toBe('error')
    expect(await repo.list()).toEqual([])
  })

  it('renaming the open project goes through applyEdit (undoable, same rev line)', async () => {
    const { store, repo, id } = await withOpenProject()
    expect(await store.getState().renameProject(id, 'Renamed')).toBe(true)
    expect(store.getState().workspace!.doc.name).toBe('Renamed')
    await store.getState().flushSave()
    expect((await repo.get(id))!.name).toBe('Renamed')
    expect(store.getState().projects.find((p) => p.id === id)!.name).toBe('Renamed')
    store.getState().undo()
    await store.getState().flushSave()
    expect((await repo.get(id))!.name).toBe('Pune black mass')
  })

  it('deleting the open project closes it', async () => {
    const { store, id } = await withOpenProject()
    await store.getState().deleteProject(id)
    expect(store.getState().workspace).toBeNull()
  })

  it('opening a missing project reports not-found', async () => {
    const { store } = makeStore()
    await store.getState().openProject('nope')
    expect(store.getState().workspaceStatus).toBe('not-found')
  })
})

describe('startup', () => {
  it('warns (dismissibly) when storage is not persistent, and records the answer', async () => {
    const { store, db } = makeStore({ persisted: false })
    await store.getState().start()
    const banner = store.getState().banners.find((b) => b.id === 'not-persistent')
    expect(banner?.dismissible).toBe(true)
    expect(store.getState().persistence).toEqual({ persisted: false, supported: true })
    expect((await db.meta.get('storage-persistence'))?.value).toEqual({ persisted: false, supported: true })
  })

  it('a dismissed storage warning stays away for the snooze period, then returns', async () => {
    const prefs = memoryPrefs()
    let t = 1_000_000
    const first = makeStore({ persisted: false, prefs, nowMs: () => t })
    await first.store.getState().start()
    first.store.getState().dismissBanner('not-persistent')
    expect(first.store.getState().banners).toEqual([])
    t += PERSIST_WARNING_SNOOZE_MS - 1
    const second = makeStore({ persisted: false, prefs, nowMs: () => t, name: first.name })
    await second.store.getState().start()
    expect(second.store.getState().banners).toEqual([])
    t += 2
    const third = makeStore({ persisted: false, prefs, nowMs: () => t, name: first.name })
    await third.store.getState().start()
    expect(third.store.getState().banners.map((b) => b.id)).toEqual(['not-persistent'])
  })

  it('notices a database that was recreated behind the app\'s back (sentinel vs. preferences copy)', async () => {
    const prefs = memoryPrefs()
    const first = makeStore({ prefs })
    await first.store.getState().start()
    expect(first.store.getState().banners).toEqual([])
    await first.store.getState().createProject({ name: 'Will vanish', currency: 'USD' })
    first.repo.close()
    await first.db.delete() // what a browser eviction or a profile reset does

    const again = makeStore({ prefs, name: first.name })
    await again.store.getState().start()
    expect(again.store.getState().projects).toEqual([])
    expect(again.store.getState().banners.find((b) => b.id === 'db-reset')?.message).toMatch(/reset .* restore them from a backup/)

    // Same database next time: no warning.
    again.repo.close()
    const third = makeStore({ prefs, name: first.name })
    await third.store.getState().start()
    expect(third.store.getState().banners).toEqual([])
  })

  it('warns when the sentinel row itself is missing', async () => {
    const ctx = makeStore()
    await ctx.db.open()
    await ctx.db.meta.delete('db-instance')
    await ctx.store.getState().start()
    expect(ctx.store.getState().banners.map((b) => b.id)).toEqual(['db-reset'])
  })

  it('remembers the theme choice', async () => {
    const prefs = memoryPrefs()
    makeStore({ prefs }).store.getState().setTheme('dark')
    expect(makeStore({ prefs }).store.getState().theme).toBe('dark')
    expect(makeStore().store.getState().theme).toBe('system')
  })

  it('no warning when persistent', async () => {
    const { store } = makeStore({ persisted: true })
    await store.getState().start()
    expect(store.getState().banners).toEqual([])
  })

  it('a newer window upgrading the database blocks edits and offers a reload', async () => {
    const { store, name, reloads, id } = await withOpenProject()
    const newer = new Dexie(name)
    newer.version(DB_VERSION + 1).stores({ ...SCHEMA_V1, projects: 'id, updatedAt, name' })
    await newer.open()
    expect(store.getState().writesBlocked).toBe(true)
    const banner = store.getState().banners.find((b) => b.id === 'stale-window')!
    expect(banner.message).toMatch(/updated in another window — reload/)
    expect(store.getState().applyEdit('x', (d) => void (d.description = 'x')).ok).toBe(false)
    banner.action!.run()
    expect(reloads).toHaveLength(1)
    expect((await newer.table('projects').get(id)).rev).toBe(1)
    newer.close()
  })

  it('unknown menu commands say so instead of doing nothing; registered ones run', async () => {
    const { store, fire } = makeStore()
    await store.getState().start()
    fire('export-excel')
    expect(store.getState().toasts.at(-1)?.message).toMatch(/not available/)
    let ran = 0
    const off = store.getState().registerCommand('export-excel', () => ran++)
    fire('export-excel')
    off()
    fire('export-excel')
    expect(ran).toBe(1)
  })
})
