import { parseProject, type Project } from '@shared/model'
import type { SliceArgs } from './deps'
import { messageOf } from './messages'
import { REVIEW_MODE_BANNER, selectReadOnly } from './reviews-slice'
import { t } from '@shared/i18n'
import { createSaveQueue } from './save-queue'
import { loadUnsavedDrafts, pruneDrafts } from './unsaved-drafts'
import type { EditOptions, EditResult, HistoryEntry, Mutator, WorkspaceSlice } from './types'

/** How many undo steps a project keeps (in memory only: a reload starts a fresh history). */
export const UNDO_LIMIT = 200

const pushCapped = (stack: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] => [...stack, entry].slice(-UNDO_LIMIT)

/**
 * THE EDIT API every workspace section uses (do not write to the document any other way):
 *
 *   const result = applyEdit('Opex escalation', (d) => { d.costs.opex.escalation = '0.03' },
 *                            { path: 'costs.opex.escalation', draft: '3', session })
 *
 * 1. The current document is deep-cloned and given to `mutator` (mutate it, or return a new doc).
 * 2. The result is validated with `parseProject` (field rules AND cross-field rules).
 * 3. Valid → it becomes the document, the previous one goes on the undo stack (merged with the
 *    previous step when `session` matches), redo is cleared, any refused draft at `path` is
 *    forgotten, and autosave writes it (one CAS transaction). Returns `{ ok: true }`.
 * 4. Invalid → NOTHING changes in the document or storage. When `path` is given, the typed text
 *    (`draft`) and the issues are kept in `workspace.rejected[path]` so the field keeps showing
 *    what the user typed with the reason (read it with `selectField(path)`). Returns the issues.
 *
 * Undo/redo swap whole documents (cheap: documents are small) and clear refused drafts.
 */
export function createWorkspaceSlice(args: SliceArgs): WorkspaceSlice {
  const { set, get, deps } = args
  const queue = createSaveQueue(args)
  let openSeq = 0

  /** Reviewer mode: one toast (not one per keystroke) and the edit refused, nothing changed. */
  function refuseReadOnly(): EditResult {
    const message = t(get().locale, get().workspace?.reviewCopy ? 'store.reviewCopyReadOnly' : 'store.reviewReadOnly')
    if (!get().toasts.some((toast) => toast.message === message)) get().pushToast({ tone: 'info', message })
    return { ok: false, issues: [{ path: '(root)', message }] }
  }

  function replaceDoc(doc: Project, undo: HistoryEntry[], redo: HistoryEntry[]): void {
    set((s) => (s.workspace ? { workspace: { ...s.workspace, doc, undo, redo, rejected: {} } } : {}))
    queue.schedule()
  }

  return {
    workspace: null,
    workspaceStatus: 'idle',

    async openProject(id) {
      const seq = ++openSeq
      // From a review copy to the owner's project of the same id: that one opens editable.
      if (get().workspace?.reviewCopy) set({ reviewModeProjectId: null })
      else if (get().reviewModeProjectId !== id) get().setReviewMode(null)
      await queue.flush()
      queue.reset()
      set({ workspaceStatus: 'loading' })
      get().dismissBanner('conflict')
      try {
        const rec = await deps.repo.get(id)
        if (seq !== openSeq) return
        if (!rec) {
          set({ workspace: null, workspaceStatus: 'not-found' })
          return
        }
        set({
          workspace: { projectId: id, doc: rec.doc, rev: rec.rev, undo: [], redo: [], rejected: pruneDrafts(loadUnsavedDrafts(deps.prefs, id), rec.doc), save: { state: 'saved' } },
          workspaceStatus: 'ready'
        })
      } catch (e) {
        if (seq !== openSeq) return
        set({ workspace: null, workspaceStatus: 'not-found' })
        get().pushToast({ tone: 'error', message: messageOf(e, get().locale) })
      }
    },

    async openReviewCopy(id) {
      const seq = ++openSeq
      await queue.flush()
      queue.reset()
      set({ workspaceStatus: 'loading', reviewModeProjectId: null })
      get().dismissBanner(REVIEW_MODE_BANNER)
      get().dismissBanner('conflict')
      try {
        const [copy, own] = await Promise.all([deps.repo.getReviewCopy(id), deps.repo.get(id)])
        if (seq !== openSeq) return
        if (!copy) return void set({ workspace: null, workspaceStatus: 'not-found' })
        set({
          workspace: { projectId: id, doc: copy.doc, rev: 0, undo: [], redo: [], rejected: {}, save: { state: 'saved' }, reviewCopy: { fileName: copy.fileName, ownProject: own ? { id, name: own.name } : null } },
          workspaceStatus: 'ready',
          reviewModeProjectId: id
        })
      } catch (e) {
        if (seq !== openSeq) return
        set({ workspace: null, workspaceStatus: 'not-found' })
        get().pushToast({ tone: 'error', message: messageOf(e, get().locale) })
      }
    },

    closeProject() {
      openSeq++
      get().setReviewMode(null)
      set({ workspace: null, workspaceStatus: 'idle' })
    },

    applyEdit(label: string, mutator: Mutator, options: EditOptions = {}): EditResult {
      const ws = get().workspace
      if (!ws) return { ok: false, issues: [{ path: '(root)', message: 'no project is open' }] }
      if (get().writesBlocked) return { ok: false, issues: [{ path: '(root)', message: 'this window must be reloaded before editing' }] }
      if (selectReadOnly(get())) return refuseReadOnly()
      const draft = structuredClone(ws.doc)
      const returned = mutator(draft)
      const parsed = parseProject(returned ?? draft)
      const { path } = options
      if (!parsed.ok) {
        if (path !== undefined)
          set((s) =>
            s.workspace ? { workspace: { ...s.workspace, rejected: { ...s.workspace.rejected, [path]: { label, draft: options.draft ?? '', issues: parsed.issues, ...(options.field ? { field: options.field } : {}) } } } } : {}
          )
        return { ok: false, issues: parsed.issues }
      }
      const top = ws.undo[ws.undo.length - 1]
      const merge = options.session !== undefined && top?.session === options.session
      const undo = merge ? ws.undo : pushCapped(ws.undo, { label, doc: ws.doc, session: options.session })
      const rejected = pruneDrafts({ ...ws.rejected }, parsed.value)
      if (path !== undefined) delete rejected[path]
      set({ workspace: { ...ws, doc: parsed.value, undo, redo: [], rejected } })
      queue.schedule()
      return { ok: true }
    },

    holdDraft(path, label, draft, message, field) {
      set((s) => (s.workspace ? { workspace: { ...s.workspace, rejected: { ...s.workspace.rejected, [path]: { label, draft, issues: [{ path, message }], ...(field ? { field } : {}) } } } } : {}))
    },

    discardDraft(path) {
      set((s) => {
        if (!s.workspace || !(path in s.workspace.rejected)) return {}
        const rejected = { ...s.workspace.rejected }
        delete rejected[path]
        return { workspace: { ...s.workspace, rejected } }
      })
    },

    undo() {
      const ws = get().workspace
      const entry = ws?.undo[ws.undo.length - 1]
      if (!ws || !entry || get().writesBlocked) return
      if (selectReadOnly(get())) return void refuseReadOnly()
      replaceDoc(entry.doc, ws.undo.slice(0, -1), pushCapped(ws.redo, { label: entry.label, doc: ws.doc }))
    },

    redo() {
      const ws = get().workspace
      const entry = ws?.redo[ws.redo.length - 1]
      if (!ws || !entry || get().writesBlocked) return
      if (selectReadOnly(get())) return void refuseReadOnly()
      replaceDoc(entry.doc, pushCapped(ws.undo, { label: entry.label, doc: ws.doc }), ws.redo.slice(0, -1))
    },

    flushSave: () => queue.flush()
  }
}
