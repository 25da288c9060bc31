import { useMemo } from 'react'
import { reviewDraftId, type NoteStatus, type ReviewNote } from '@shared/review'
import { SECTION_INFO, type SectionId } from '@renderer/features/section-info'
import { selectReadOnly, useAppStore } from '@renderer/store'
import { useReviewSession } from './review-session'
import './review.css'

type Shown = { key: string; status: NoteStatus; text: string; by: string }

/**
 * The notes of the open project that `pick` selects: those of the reviews received from financiers
 * (the recycler's side) and, while reviewing, the financier's own draft notes. Reads the store only;
 * FieldNoteLayer (once per workspace) loads the reviews.
 */
function useNotes(pick: (n: ReviewNote) => boolean, deps: readonly unknown[]): Shown[] {
  const projectId = useAppStore((s) => s.workspace?.projectId ?? '')
  const reviewing = useAppStore(selectReadOnly)
  const items = useAppStore((s) => (s.reviews?.projectId === projectId ? s.reviews.items : null))
  const session = useReviewSession(projectId)
  return useMemo((): Shown[] => {
    const out: Shown[] = []
    for (const r of items ?? []) {
      if (r.data.kind !== 'received') continue
      const who = [r.data.review.reviewer.name, r.data.review.reviewer.organisation].filter(Boolean).join(', ') || 'A reviewer'
      for (const n of r.data.review.notes) if (pick(n)) out.push({ key: `${r.id}:${n.id}`, status: n.status, text: n.text, by: who })
    }
    if (reviewing) {
      const draft = session.draft ?? items?.find((r) => r.id === reviewDraftId(projectId))?.data.review ?? null
      for (const n of draft?.notes ?? []) if (pick(n)) out.push({ key: `draft:${n.id}`, status: n.status, text: n.text, by: 'Your note' })
    }
    return out
    // `pick` is rebuilt each render; what it depends on is passed as `deps`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, session.draft, reviewing, projectId, ...deps])
}

function NoteList({ notes, label, className }: { notes: Shown[]; label: string; className: string }) {
  return (
    <ul className={className} data-testid={className} aria-label={label}>
      {notes.map((n) => (
        <li key={n.key} className={`field-note ${n.status}`}>
          <span className={`review-note-status ${n.status}`}>{n.status}</span>
          <span className="field-note-by">{n.by}:</span> <span className="field-note-text">{n.text}</span>
        </li>
      ))}
    </ul>
  )
}

/** The notes pinned to one field, at the field (ModelNumber, ModelSelect, ModelText render it). */
export function FieldNotes({ path }: { path: string }) {
  const notes = useNotes((n) => n.path === path, [path])
  return notes.length === 0 ? null : <NoteList notes={notes} label="Review notes on this field" className="field-notes" />
}

/** The notes on a section as a whole (no field), at the top of that section. */
export function SectionNotes({ section }: { section: SectionId }) {
  const notes = useNotes((n) => n.path === null && n.section === section, [section])
  return notes.length === 0 ? null : <NoteList notes={notes} label={`Review notes on ${SECTION_INFO[section].title}`} className="section-notes" />
}
