import type { SliceArgs } from './deps'
import { messageOf } from './messages'
import { selectReadOnly } from './reviews-slice'
import { t } from '@shared/i18n'
import type { LotsSlice } from './types'

/**
 * Purchased feedstock lots of the open project (the Dexie `lots` table; the project document has no
 * lots). Each action reports failure as a toast and keeps the list as it was.
 */
export function createLotsSlice({ set, get, deps }: SliceArgs): LotsSlice {
  // Lots belong to a project of this device: a file open for review has none (not the owner's, even
  // when the owner's project of the same id is here), and while reviewing nobody adds or deletes any.
  const isReviewCopy = () => get().workspace?.reviewCopy !== undefined
  const refused = (): boolean => {
    if (!selectReadOnly(get())) return false
    get().pushToast({ tone: 'info', message: t(get().locale, isReviewCopy() ? 'store.reviewCopyReadOnly' : 'store.reviewReadOnly') })
    return true
  }
  return {
    lots: null,
    async loadLots(projectId) {
      if (isReviewCopy()) return void set({ lots: { projectId, items: [] } })
      try {
        const items = await deps.repo.listLots(projectId)
        set({ lots: { projectId, items } })
      } catch (e) {
        set({ lots: { projectId, items: [] } })
        get().pushToast({ tone: 'error', message: messageOf(e, get().locale) })
      }
    },
    async addLots(projectId, lots, options = {}) {
      if (refused()) return false
      try {
        const added = await deps.repo.addLots(projectId, lots, options)
        const ids = new Set(added.map((l) => l.data.id))
        set((s) => {
          const before = s.lots?.projectId === projectId ? s.lots.items : []
          return { lots: { projectId, items: [...(options.replace ? before.filter((l) => !ids.has(l.data.id)) : before), ...added] } }
        })
        return true
      } catch (e) {
        get().pushToast({ tone: 'error', message: messageOf(e, get().locale) })
        return false
      }
    },
    async deleteLot(id) {
      if (refused()) return
      try {
        await deps.repo.deleteLot(id)
        set((s) => (s.lots ? { lots: { ...s.lots, items: s.lots.items.filter((l) => l.id !== id) } } : {}))
      } catch (e) {
        get().pushToast({ tone: 'error', message: messageOf(e, get().locale) })
      }
    }
  }
}
