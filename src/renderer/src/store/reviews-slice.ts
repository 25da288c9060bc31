import type { StoredReviewData } from '@shared/review'
import type { SliceArgs } from './deps'
import { messageOf } from './messages'
import type { AppState, ReviewsSlice } from './types'

export const REVIEW_MODE_BANNER = 'review-mode'
export const REVIEW_READ_ONLY_MESSAGE = 'Review mode — the recycler’s inputs are read-only. Leave review mode to edit.'

/** True while the open project is being reviewed by a financier: every edit of the document is refused. */
export const selectReadOnly = (s: Pick<AppState, 'workspace' | 'reviewModeProjectId'>): boolean =>
  s.workspace !== null && s.reviewModeProjectId === s.workspace.projectId

/**
 * Reviews kept beside the open project (the Dexie `reviews` table: received files and the financier's
 * draft) and reviewer mode. Failures are toasted and leave the list as it was.
 */
export function createReviewsSlice({ set, get, deps }: SliceArgs): ReviewsSlice {
  return {
    reviews: null,
    reviewModeProjectId: null,

    async loadReviews(projectId) {
      try {
        const items = await deps.repo.listReviews(projectId)
        set({ reviews: { projectId, items } })
      } catch (e) {
        set({ reviews: { projectId, items: [] } })
        get().pushToast({ tone: 'error', message: messageOf(e) })
      }
    },

    async saveReview(projectId: string, data: StoredReviewData, id?: string) {
      try {
        const row = await deps.repo.putReview(projectId, data, id)
        set((s) => {
          const items = s.reviews?.projectId === projectId ? s.reviews.items.filter((r) => r.id !== row.id) : []
          return { reviews: { projectId, items: [...items, row] } }
        })
        return row
      } catch (e) {
        get().pushToast({ tone: 'error', message: messageOf(e) })
        return null
      }
    },

    async deleteReview(id) {
      try {
        await deps.repo.deleteReview(id)
        set((s) => (s.reviews ? { reviews: { ...s.reviews, items: s.reviews.items.filter((r) => r.id !== id) } } : {}))
      } catch (e) {
        get().pushToast({ tone: 'error', message: messageOf(e) })
      }
    },

    setReviewMode(projectId) {
      if (get().reviewModeProjectId === projectId) return
      set({ reviewModeProjectId: projectId })
      if (projectId === null) get().dismissBanner(REVIEW_MODE_BANNER)
      else
        get().showBanner({
          id: REVIEW_MODE_BANNER, tone: 'warning', dismissible: false,
          message: 'Review mode — the recycler’s inputs are read-only. Your case runs on a copy; your notes go into the review file.',
          action: { label: 'Leave review mode', run: () => get().setReviewMode(null) }
        })
    }
  }
}
