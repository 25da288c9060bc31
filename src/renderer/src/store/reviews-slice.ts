import type { StoredReviewData } from '@shared/review'
import type { SliceArgs } from './deps'
import { messageOf } from './messages'
import type { AppState, ReviewsSlice } from './types'
import { t, type Locale } from '@shared/i18n'

export const REVIEW_MODE_BANNER = 'review-mode'
/** The English refusals (tests read them); the store says them in the app's language (`store.reviewReadOnly`, `store.reviewCopyReadOnly`). */
export const REVIEW_READ_ONLY_MESSAGE = t('en', 'store.reviewReadOnly')
export const REVIEW_COPY_READ_ONLY_MESSAGE = t('en', 'store.reviewCopyReadOnly')

/** The tooltip of an edit control disabled in review mode: why it is off (a file open for review, or the owner reviewing). */
export const REVIEW_READ_ONLY_TITLE = (reviewCopy: boolean, locale: Locale = 'en'): string => t(locale, reviewCopy ? 'store.readOnlyTitle.copy' : 'store.readOnlyTitle.mode')

/** True while the open project is being reviewed by a financier: every edit of the document is refused. */
export const selectReadOnly = (s: Pick<AppState, 'workspace' | 'reviewModeProjectId'>): boolean =>
  s.workspace !== null && (s.workspace.reviewCopy !== undefined || s.reviewModeProjectId === s.workspace.projectId)

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
        get().pushToast({ tone: 'error', message: messageOf(e, get().locale) })
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
        get().pushToast({ tone: 'error', message: messageOf(e, get().locale) })
        return null
      }
    },

    async deleteReview(id) {
      try {
        await deps.repo.deleteReview(id)
        set((s) => (s.reviews ? { reviews: { ...s.reviews, items: s.reviews.items.filter((r) => r.id !== id) } } : {}))
      } catch (e) {
        get().pushToast({ tone: 'error', message: messageOf(e, get().locale) })
      }
    },

    reviewCopies: [],

    async loadReviewCopies() {
      try {
        set({ reviewCopies: await deps.repo.listReviewCopies() })
      } catch (e) {
        get().pushToast({ tone: 'error', message: messageOf(e, get().locale) })
      }
    },

    async openForReview(doc, fileName) {
      try {
        const copy = await deps.repo.putReviewCopy(doc, fileName)
        await get().loadReviewCopies()
        return copy.projectId
      } catch (e) {
        get().pushToast({ tone: 'error', message: messageOf(e, get().locale) })
        return null
      }
    },

    async removeReviewCopy(projectId) {
      try {
        await deps.repo.removeReviewCopy(projectId)
        await get().loadReviewCopies()
      } catch (e) {
        get().pushToast({ tone: 'error', message: messageOf(e, get().locale) })
      }
    },

    setReviewMode(projectId) {
      if (get().reviewModeProjectId === projectId) return
      // A review copy is read-only whatever the mode, and has its own banner (features/review/ReviewCopyBanner):
      // no "Leave review mode" there, since it is not the financier's project to edit.
      if (get().workspace?.reviewCopy) return void set({ reviewModeProjectId: projectId })
      set({ reviewModeProjectId: projectId })
      if (projectId === null) get().dismissBanner(REVIEW_MODE_BANNER)
      else
        get().showBanner({
          id: REVIEW_MODE_BANNER, tone: 'warning', dismissible: false,
          message: t(get().locale, 'store.reviewModeBanner'),
          text: { key: 'store.reviewModeBanner' },
          action: { label: t(get().locale, 'store.leaveReviewMode'), labelKey: 'store.leaveReviewMode', run: () => get().setReviewMode(null) }
        })
    }
  }
}
