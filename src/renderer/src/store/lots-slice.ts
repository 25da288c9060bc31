import type { SliceArgs } from './deps'
import { messageOf } from './messages'
import type { LotsSlice } from './types'

/**
 * Purchased feedstock lots of the open project (the Dexie `lots` table; the project document has no
 * lots). Each action reports failure as a toast and keeps the list as it was.
 */
export function createLotsSlice({ set, get, deps }: SliceArgs): LotsSlice {
  return {
    lots: null,
    async loadLots(projectId) {
      try {
        const items = await deps.repo.listLots(projectId)
        set({ lots: { projectId, items } })
      } catch (e) {
        set({ lots: { projectId, items: [] } })
        get().pushToast({ tone: 'error', message: messageOf(e) })
      }
    },
    async addLots(projectId, lots) {
      try {
        const added = await deps.repo.addLots(projectId, lots)
        set((s) => ({ lots: { projectId, items: [...(s.lots?.projectId === projectId ? s.lots.items : []), ...added] } }))
        return true
      } catch (e) {
        get().pushToast({ tone: 'error', message: messageOf(e) })
        return false
      }
    },
    async deleteLot(id) {
      try {
        await deps.repo.deleteLot(id)
        set((s) => (s.lots ? { lots: { ...s.lots, items: s.lots.items.filter((l) => l.id !== id) } } : {}))
      } catch (e) {
        get().pushToast({ tone: 'error', message: messageOf(e) })
      }
    }
  }
}
