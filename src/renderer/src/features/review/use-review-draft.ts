import { useMemo } from 'react'
import { projectSha256, reviewDraftId, REVIEW_FORMAT, REVIEW_SCHEMA_VERSION, defaultReviewCase, writeReviewFile, type ReviewBody } from '@shared/review'
import type { Project } from '@shared/model'
import { useDoc } from '@renderer/features/editors'
import { useAppStore } from '@renderer/store'
import { saveDraftSoon, updateReviewSession, useReviewSession, useStoredReviews } from './review-session'
import { useT } from '@renderer/i18n'

export const nowIso = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z')

const freshReview = (p: Project): ReviewBody => ({
  format: REVIEW_FORMAT, schemaVersion: REVIEW_SCHEMA_VERSION, project: { id: p.id, name: p.name, sha256: projectSha256(p) },
  reviewer: { name: '', organisation: '' }, createdAt: nowIso(), updatedAt: nowIso(), reviewCase: defaultReviewCase(p), notes: [], summary: ''
})

/**
 * The financier's draft review of the open project — the in-memory copy first (a half-written note
 * survives switching sections), else the stored draft, else a fresh one — and `update`, which stamps
 * the project's current hash and writes the draft a moment later. Used by the review tab and by the
 * notes attached at fields, so both edit one draft.
 */
export function useReviewDraft(): { review: ReviewBody; hash: string; update: (patch: Partial<ReviewBody>) => void; exportFile: () => Promise<void> } {
  const doc = useDoc()
  const session = useReviewSession(doc.id)
  const stored = useStoredReviews(doc.id)
  const storedDraft = stored?.find((r) => r.id === reviewDraftId(doc.id))?.data.review ?? null
  const draft = session.draft ?? storedDraft
  const review = useMemo(() => (draft && draft.project.id === doc.id ? draft : freshReview(doc)), [draft, doc])
  const hash = useMemo(() => projectSha256(doc), [doc])
  const update = (patch: Partial<ReviewBody>) => {
    const next = { ...review, ...patch, project: { id: doc.id, name: doc.name, sha256: hash }, updatedAt: nowIso() }
    updateReviewSession(doc.id, (e) => ({ ...e, draft: next }))
    saveDraftSoon(doc.id, next)
  }
  const saveFile = useAppStore((s) => s.saveFile)
  const t = useT()
  /** The review file for the recycler: the draft as it stands, stamped with the project's hash. */
  const exportFile = async () => {
    const text = writeReviewFile({ ...review, project: { id: doc.id, name: doc.name, sha256: hash } })
    await saveFile(
      { kind: 'review', suggestedName: `${doc.name} - review.json`, bytes: new TextEncoder().encode(text) },
      { saved: (name) => t('review.fileSaved', { name }), failed: (message) => t('review.fileNotSaved', { message }) }
    )
  }
  return { review, hash, update, exportFile }
}
