import { useMemo, useState } from 'react'
import type { Project } from '@shared/model'
import { NOTE_STATUSES, REVIEW_SECTIONS, sectionOfPath, type NoteStatus, type ReviewNote, type ReviewSection } from '@shared/review'
import { Button, IconButton, IconTrash, Select, TextField } from '@renderer/ui'
import { noteId } from './FieldNoteLayer'
import { fieldLabel, noteTargets } from './note-targets'
import { nowIso } from './use-review-draft'
import { useT } from '@renderer/i18n'
import { STATUS_TEXT } from './status-text'

type Props = { project: Project; notes: ReviewNote[]; onChange: (notes: ReviewNote[]) => void }

/**
 * Notes on a section, or on one input picked by its label (search the list, or click the field in any
 * section while reviewing), each accepted, queried or rejected. Nobody types a model path.
 */
export function ReviewNotes({ project, notes, onChange }: Props) {
  const targets = useMemo(() => noteTargets(project), [project])
  const byText = useMemo(() => new Map(targets.map((t) => [t.text.toLowerCase(), t.path])), [targets])
  const [section, setSection] = useState<ReviewSection>('financing')
  const [field, setField] = useState('')
  const [status, setStatus] = useState<NoteStatus>('query')
  const [text, setText] = useState('')
  const t = useT()
  // The text of an option, or any part of a label that only one field has ("contingency").
  const q = field.trim().toLowerCase()
  const exact = byText.get(q)
  const matches = q === '' ? [] : exact ? targets.filter((t) => t.path === exact) : targets.filter((t) => t.text.toLowerCase().includes(q))
  const path = matches.length === 1 ? matches[0]!.path : null
  const fieldOk = q === '' || path !== null
  const fieldError = fieldOk ? undefined : matches.length === 0 ? t('review.notes.noMatch') : t('review.notes.manyMatch', { count: String(matches.length) })
  const add = () => {
    if (!text.trim() || !fieldOk) return
    const note: ReviewNote = { id: noteId(), section: path ? sectionOfPath(path) : section, path, status, text: text.trim(), createdAt: nowIso() }
    onChange([...notes, note])
    setText('')
    setField('')
  }
  return (
    <div className="review-notes">
      <p className="pick-hint">{t('review.notes.hint')}</p>
      <div className="review-grid">
        <TextField
          label={t('review.notes.field')} value={field} onChange={setField} list="review-fields" placeholder={t('review.notes.fieldPlaceholder')}
          error={fieldError} hint={path && !exact ? t('review.notes.noteOn', { field: matches[0]!.text }) : undefined} autoComplete="off"
        />
        <Select label={t('review.notes.section')} value={path ? sectionOfPath(path) : section} options={REVIEW_SECTIONS.map((s) => ({ value: s, label: t(`section.${s}`) }))} onChange={setSection} disabled={path !== null} />
        <Select label={t('review.notes.status')} value={status} options={NOTE_STATUSES.map((s) => ({ value: s, label: t(STATUS_TEXT[s]) }))} onChange={setStatus} />
      </div>
      <datalist id="review-fields">
        {targets.map((t) => (
          <option key={t.path} value={t.text} />
        ))}
      </datalist>
      <TextField label={t('review.notes.note')} value={text} onChange={setText} onKeyDown={(e) => e.key === 'Enter' && add()} />
      <Button onClick={add} disabled={!text.trim() || !fieldOk}>
        {t('review.notes.add')}
      </Button>
      <ul aria-label={t('review.notes.list')}>
        {notes.map((n) => (
          <li key={n.id}>
            <span className={`review-note-status ${n.status}`}>{t(STATUS_TEXT[n.status])}</span>
            <b>{t(`section.${n.section}`)}</b>
            {n.path && <span className="note-field"> · {fieldLabel(project, n.path)}</span>} — {n.text}
            <IconButton label={t('review.notes.delete')} icon={<IconTrash size={14} />} onClick={() => onChange(notes.filter((x) => x.id !== n.id))} />
          </li>
        ))}
      </ul>
    </div>
  )
}
