import { t, type MessageKey, type MessageValues } from '@shared/i18n'
import { parseProject } from '@shared/model'
import type { SliceArgs } from './deps'
import { messageOf } from './messages'
import type { ProjectsSlice } from './types'
import { loadUnsavedDrafts } from './unsaved-drafts'

/** The project list. Every action goes through the repository; failures become toasts. */
export function createProjectsSlice({ set, get, deps }: SliceArgs): ProjectsSlice {
  const { repo } = deps
  const fail = (e: unknown) => get().pushToast({ tone: 'error', message: messageOf(e, get().locale) })
  /** A toast's words now, and its key so it follows a change of language while it shows. */
  const said = (key: MessageKey, values: MessageValues) => ({ message: t(get().locale, key, values), text: { key, values } })
  const refresh = async () => {
    const projects = await repo.list()
    // Fields not saved (kept per project, store/unsaved-drafts.ts): the list says so, not just "Active".
    const unsavedFields: Record<string, number> = {}
    for (const p of projects) {
      const n = Object.keys(loadUnsavedDrafts(deps.prefs, p.id)).length
      if (n > 0) unsavedFields[p.id] = n
    }
    set({ projects, unsavedFields, projectsStatus: 'ready' })
  }

  return {
    projects: [],
    unsavedFields: {},
    projectsStatus: 'loading',

    async loadProjects() {
      try {
        await refresh()
      } catch (e) {
        set({ projectsStatus: 'error' })
        fail(e)
      }
    },

    async createProject(input) {
      try {
        const rec = await repo.create(input)
        await refresh()
        return rec.id
      } catch (e) {
        fail(e)
        return null
      }
    },

    async importProject(doc) {
      try {
        const rec = await repo.importDoc(doc)
        await refresh()
        get().pushToast({ tone: 'success', ...said(rec.copied ? 'store.openedCopy' : 'store.opened', rec.copied ? { file: doc.name, name: rec.name } : { name: rec.name }) })
        return rec.id
      } catch (e) {
        fail(e)
        return null
      }
    },

    async storedProjectDoc(id) {
      try {
        return (await repo.get(id))?.doc ?? null
      } catch {
        return null
      }
    },

    async renameProject(id, name) {
      // The open project is renamed through the edit pipeline so undo and its rev stay coherent.
      if (get().workspace?.projectId === id) {
        // A refusal stays at path "name" (selectField) for the field to show, like any edit.
        return get().applyEdit(t(get().locale, 'store.renameLabel'), (d) => void (d.name = name.trim()), { path: 'name', draft: name }).ok
      }
      try {
        await repo.rename(id, name)
        await refresh()
        return true
      } catch (e) {
        fail(e)
        return false
      }
    },

    async duplicateProject(id) {
      try {
        await get().flushSave()
        const rec = await repo.duplicate(id)
        await refresh()
        get().pushToast({ tone: 'success', ...said('store.created', { name: rec.name }) })
        return rec.id
      } catch (e) {
        fail(e)
        return null
      }
    },

    async setArchived(id, archived) {
      try {
        await get().flushSave()
        const summary = await repo.setArchived(id, archived)
        if (get().workspace?.projectId === id) set((s) => (s.workspace ? { workspace: { ...s.workspace, rev: summary.rev } } : {}))
        await refresh()
        get().pushToast({ tone: 'info', ...said(archived ? 'store.archived' : 'store.unarchived', { name: summary.name }) })
      } catch (e) {
        fail(e)
      }
    },

    async deleteProject(id) {
      try {
        await get().flushSave()
        const name = get().projects.find((p) => p.id === id)?.name ?? 'project'
        await repo.delete(id)
        if (get().workspace?.projectId === id) get().closeProject()
        await refresh()
        get().pushToast({ tone: 'info', ...said('store.deleted', { name }), action: { label: t(get().locale, 'store.undo'), labelKey: 'store.undo', run: () => void get().undoDeleteProject(id) } })
      } catch (e) {
        fail(e)
      }
    },

    async undoDeleteProject(id) {
      try {
        const summary = await repo.undoDelete(id)
        await refresh()
        get().pushToast({ tone: 'success', ...said('store.restored', { name: summary.name }) })
      } catch (e) {
        fail(e)
      }
    },

    async loadProjectDoc(id) {
      // Quiet on failure: the list shows "not computed" for that row rather than a toast per project.
      try {
        const rec = await repo.get(id)
        if (!rec) return null
        const doc = parseProject(rec.doc)
        return doc.ok ? { doc: doc.value, rev: rec.rev } : null
      } catch {
        return null
      }
    }
  }
}
