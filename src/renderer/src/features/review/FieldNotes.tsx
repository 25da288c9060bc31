import { useEffect, useMemo, useState } from 'react'
import { reviewDraftId, type NoteStatus, type ReviewNote } from '@shared/review'
import type { SectionId } from '@renderer/features/section-info'
import { selectReadOnly, useAppStore } from '@renderer/store'
import { fieldLabel } from './note-targets'
import { pickFieldForNote, pickedOf } from './note-pick'
import { useReviewSession } from './review-session'
import { useT } from '@renderer/i18n'
import { STATUS_TEXT } from './status-text'
import './review.css'

type Shown = { key: string; path: string | null; status: NoteStatus; text: string; by: string; field?: string }

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
  const t = useT()
  return useMemo((): Shown[] => {
    const out: Shown[] = []
    for (const r of items ?? []) {
      if (r.data.kind !== 'received') continue
      const who = [r.data.review.reviewer.name, r.data.review.reviewer.organisation].filter(Boolean).join(', ') || t('review.notes.aReviewer')
      for (const n of r.data.review.notes) if (pick(n)) out.push({ key: `${r.id}:${n.id}`, path: n.path, status: n.status, text: n.text, by: who })
    }
    if (reviewing) {
      const draft = session.draft ?? items?.find((r) => r.id === reviewDraftId(projectId))?.data.review ?? null
      for (const n of draft?.notes ?? []) if (pick(n)) out.push({ key: `draft:${n.id}`, path: n.path, status: n.status, text: n.text, by: t('review.notes.yours') })
    }
    return out
    // `pick` is rebuilt each render; what it depends on is passed as `deps`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, session.draft, reviewing, projectId, t, ...deps])
}

function NoteList({ notes, label, className }: { notes: Shown[]; label: string; className: string }) {
  const t = useT()
  return (
    <ul className={className} data-testid={className} aria-label={label}>
      {notes.map((n) => (
        <li key={n.key} className={`field-note ${n.status}`}>
          <span className={`review-note-status ${n.status}`}>{t(STATUS_TEXT[n.status])}</span>
          <span className="field-note-by">{n.by}:</span> {n.field && <span className="field-note-field">{n.field} — </span>}
          <span className="field-note-text">{n.text}</span>
        </li>
      ))}
    </ul>
  )
}

/**
 * The notes pinned to one field, at the field (ModelNumber, ModelSelect, ModelText render it); while
 * reviewing, also the field's "Add a review note" button: the field's input is disabled (so not a Tab
 * stop), and this is how a keyboard reaches the field to note it (#17). It shows on hover and focus.
 */
export function FieldNotes({ path }: { path: string }) {
  const notes = useNotes((n) => n.path === path, [path])
  const reviewing = useAppStore(selectReadOnly)
  const doc = useAppStore((s) => s.workspace?.doc ?? null)
  const t = useT()
  return (
    <>
      {reviewing && (
        <button
          type="button"
          className="note-pick"
          aria-label={t('review.notes.addOn', { field: doc ? fieldLabel(doc, path) : path })}
          title={t('review.notes.addTitle')}
          onClick={(e) => {
            const field = e.currentTarget.closest<HTMLElement>('.model-field[data-path]')
            const picked = field ? pickedOf(field) : null
            pickFieldForNote(picked ?? { path, label: doc ? fieldLabel(doc, path) : path })
          }}
        >
          {t('review.notes.pick')}
        </button>
      )}
      {notes.length > 0 && <NoteList notes={notes} label={t('review.notes.onField')} className="field-notes" />}
    </>
  )
}

/**
 * At the top of a section: the notes on the section as a whole, and notes on its fields that have no
 * field on screen to sit at (an input edited in a table or on another tab), named by their label.
 */
export function SectionNotes({ section }: { section: SectionId }) {
  const doc = useAppStore((s) => s.workspace?.doc ?? null)
  const whole = useNotes((n) => n.path === null && n.section === section, [section])
  const onFields = useNotes((n) => n.path !== null && n.section === section, [section])
  const unplaced = useUnplaced(onFields)
  const t = useT()
  const notes = useMemo(
    () => [...whole, ...onFields.filter((n) => unplaced.includes(n.key)).map((n) => ({ ...n, field: doc && n.path ? fieldLabel(doc, n.path) : undefined }))],
    [whole, onFields, unplaced, doc]
  )
  return notes.length === 0 ? null : <NoteList notes={notes} label={t('review.notes.onSection', { section: t(`section.${section}`) })} className="section-notes" />
}

/** Keys of the notes whose field is not in the section on screen, kept current as the section renders. */
function useUnplaced(notes: Shown[]): string[] {
  const [keys, setKeys] = useState<string[]>([])
  useEffect(() => {
    const main = document.getElementById('main')
    if (!main || notes.length === 0) return void setKeys((k) => (k.length ? [] : k))
    const check = () => {
      const next = notes.filter((n) => n.path && !main.querySelector(`.model-field[data-path="${CSS.escape(n.path)}"]`)).map((n) => n.key)
      setKeys((prev) => (prev.length === next.length && prev.every((k, i) => k === next[i]) ? prev : next))
    }
    check()
    const observer = new MutationObserver(check)
    observer.observe(main, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [notes])
  return keys
}
