import { useMemo } from 'react'
import { reviewDraftId, type NoteStatus } from '@shared/review'
import { selectReadOnly, useAppStore } from '@renderer/store'
import { useReviewSession } from './review-session'
import './review.css'

type Shown = { key: string; status: NoteStatus; text: string; by: string }

/**
 * The notes pinned to one field, shown at the field in every section: the reviews received from
 * financiers (the recycler's side) and, while reviewing, the financier's own draft notes. Reads the
 * store only; FieldNoteLayer (once per workspace) loads the reviews.
 */
export function FieldNotes({ path }: { path: string }) {
  const projectId = useAppStore((s) => s.workspace?.projectId ?? '')
  const reviewing = useAppStore(selectReadOnly)
  const items = useAppStore((s) => (s.reviews?.projectId === projectId ? s.reviews.items : null))
  const session = useReviewSession(projectId)
  const notes = useMemo((): Shown[] => {
    const out: Shown[] = []
    for (const r of items ?? []) {
      if (r.data.kind !== 'received') continue
      const who = [r.data.review.reviewer.name, r.data.review.reviewer.organisation].filter(Boolean).join(', ') || 'A reviewer'
      for (const n of r.data.review.notes) if (n.path === path) out.push({ key: `${r.id}:${n.id}`, status: n.status, text: n.text, by: who })
    }
    if (reviewing) {
      const draft = session.draft ?? items?.find((r) => r.id === reviewDraftId(projectId))?.data.review ?? null
      for (const n of draft?.notes ?? []) if (n.path === path) out.push({ key: `draft:${n.id}`, status: n.status, text: n.text, by: 'Your note' })
    }
    return out
  }, [items, session.draft, reviewing, path, projectId])
  if (notes.length === 0) return null
  return (
    <ul className="field-notes" data-testid="field-notes">
      {notes.map((n) => (
        <li key={n.key} className={`field-note ${n.status}`} title={`${n.by}: ${n.text}`}>
          <span className={`review-note-status ${n.status}`}>{n.status}</span>
          <span className="field-note-by">{n.by}:</span> <span className="field-note-text">{n.text}</span>
        </li>
      ))}
    </ul>
  )
}
