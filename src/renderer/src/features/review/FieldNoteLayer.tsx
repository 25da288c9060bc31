import { useCallback, useEffect, useRef, useState } from 'react'
import { NOTE_STATUSES, sectionOfPath, type NoteStatus } from '@shared/review'
import { useDoc } from '@renderer/features/editors'
import { selectReadOnly, useAppStore } from '@renderer/store'
import { Button, Dialog, Select } from '@renderer/ui'
import { fieldLabel } from './note-targets'
import { onFieldPicked, pickedOf, type PickedField } from './note-pick'
import { useStoredReviews } from './review-session'
import { nowIso, useReviewDraft } from './use-review-draft'
import { useT } from '@renderer/i18n'
import { STATUS_TEXT } from './status-text'

let seq = 0
export const noteId = () => `note-${Date.now().toString(36)}-${(seq++).toString(36)}`

type Picked = PickedField

/**
 * Once per workspace: loads the reviews the field notes show, and while reviewing lets the financier
 * attach a note by clicking a field in any section (the field's wrapper carries its model path, so
 * nobody types one) or, with the keyboard, by the field's "Add a review note" button (FieldNotes).
 * Either opens a small dialog naming the field; the note goes into the draft.
 */
export function FieldNoteLayer() {
  const doc = useDoc()
  useStoredReviews(doc.id)
  const reviewing = useAppStore(selectReadOnly)
  const [picked, setPickedState] = useState<Picked | null>(null)
  // The dialog unmounts on close, before the browser could return the focus: give it back to the
  // control that opened the note (the field's button, for a keyboard user) ourselves.
  const opener = useRef<HTMLElement | null>(null)
  const setPicked = useCallback((p: Picked) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setPickedState(p)
  }, [])
  const close = () => {
    setPickedState(null)
    const back = opener.current
    opener.current = null
    requestAnimationFrame(() => back?.isConnected && back.focus())
  }

  useEffect(() => (reviewing ? onFieldPicked(setPicked) : undefined), [reviewing, setPicked])

  useEffect(() => {
    if (!reviewing) return
    document.documentElement.dataset.reviewing = 'true'
    const onClick = (e: MouseEvent) => {
      const target = e.target instanceof Element ? e.target : null
      const field = target?.closest<HTMLElement>('#main .model-field[data-path]')
      if (!field || target?.closest('.field-notes, a, button:not(:disabled)')) return
      const picked = field ? pickedOf(field) : null
      if (!picked) return
      e.preventDefault()
      e.stopPropagation()
      setPicked(picked)
    }
    document.addEventListener('click', onClick, true)
    return () => {
      document.removeEventListener('click', onClick, true)
      delete document.documentElement.dataset.reviewing
    }
  }, [reviewing, setPicked])

  return picked ? <NoteDialog picked={picked} onClose={close} /> : null
}

function NoteDialog({ picked, onClose }: { picked: Picked; onClose: () => void }) {
  const doc = useDoc()
  const { review, update } = useReviewDraft()
  const [status, setStatus] = useState<NoteStatus>('query')
  const [text, setText] = useState('')
  const t = useT()
  const section = sectionOfPath(picked.path)
  const add = () => {
    if (!text.trim()) return
    update({ notes: [...review.notes, { id: noteId(), section, path: picked.path, status, text: text.trim().slice(0, 4000), createdAt: nowIso() }] })
    onClose()
  }
  return (
    <Dialog
      open
      title={t('review.notes.dialogTitle', { label: picked.label })}
      description={t('review.notes.dialogText', { section: t(`section.${section}`), field: fieldLabel(doc, picked.path) })}
      onClose={onClose}
      onSubmit={add}
      footer={
        <>
          <Button onClick={onClose}>{t('review.notes.cancel')}</Button>
          <Button variant="primary" type="submit" disabled={!text.trim()}>
            {t('review.notes.add')}
          </Button>
        </>
      }
    >
      <Select label={t('review.notes.status')} value={status} options={NOTE_STATUSES.map((s) => ({ value: s, label: t(STATUS_TEXT[s]) }))} onChange={setStatus} />
      <label className="field">
        <span className="field-label">{t('review.notes.note')}</span>
        <textarea className="input textarea" rows={3} value={text} maxLength={4000} onChange={(e) => setText(e.target.value)} />
      </label>
    </Dialog>
  )
}
