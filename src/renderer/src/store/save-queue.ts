import { t } from '@shared/i18n'
import { ConflictError, RepositoryError } from '@renderer/db/errors'
import type { SliceArgs } from './deps'
import { messageOf } from './messages'

/**
 * Autosave: at most one write in flight; edits that arrive meanwhile are written next, as the
 * latest document (intermediate states need not reach the disk, each one was valid anyway).
 * Each write is `repository.saveDoc` = validate, then one CAS transaction on `rev`.
 */
export function createSaveQueue({ set, get, deps }: SliceArgs) {
  let inFlight: Promise<void> | null = null
  let dirty = false

  const setStatus = (projectId: string, patch: Partial<{ rev: number; save: import('./types').SaveStatus }>) =>
    set((s) => (s.workspace && s.workspace.projectId === projectId ? { workspace: { ...s.workspace, ...patch } } : {}))

  async function drain(): Promise<void> {
    while (dirty) {
      dirty = false
      const ws = get().workspace
      if (!ws) return
      const { projectId, doc, rev } = ws
      setStatus(projectId, { save: { state: 'saving' } })
      try {
        const saved = await deps.repo.saveDoc(projectId, doc, rev)
        setStatus(projectId, { rev: saved.rev, save: dirty ? { state: 'saving' } : { state: 'saved' } })
        set((s) => ({
          projects: s.projects.map((p) => (p.id === projectId ? { ...p, name: doc.name, currency: doc.reportingCurrency, rev: saved.rev, updatedAt: saved.updatedAt } : p))
        }))
      } catch (e) {
        dirty = false
        setStatus(projectId, { save: { state: 'error', message: messageOf(e, get().locale) } })
        if (e instanceof ConflictError)
          get().showBanner({
            id: 'conflict',
            tone: 'error',
            message: e.message,
            dismissible: false,
            action: { label: t(get().locale, 'store.reloadProject'), labelKey: 'store.reloadProject', run: () => void get().openProject(projectId) }
          })
        else if (!(e instanceof RepositoryError && e.code === 'stale-window')) get().pushToast({ tone: 'error', message: messageOf(e, get().locale) })
        return
      }
    }
  }

  return {
    schedule(): void {
      dirty = true
      if (!inFlight) inFlight = drain().finally(() => (inFlight = null))
    },
    async flush(): Promise<void> {
      while (inFlight) await inFlight
    },
    /** Forget queued work (the project was closed or reloaded). */
    reset(): void {
      dirty = false
    }
  }
}
