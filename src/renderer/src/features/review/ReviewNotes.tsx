import { useMemo, useState } from 'react'
import type { Project } from '@shared/model'
import { leafPaths, NOTE_STATUSES, REVIEW_SECTIONS, sectionOfPath, type NoteStatus, type ReviewNote, type ReviewSection } from '@shared/review'
import { SECTION_INFO } from '@renderer/features/section-info'
import { Button, IconButton, IconTrash, Select, TextField } from '@renderer/ui'

type Props = { project: Project; notes: ReviewNote[]; onChange: (notes: ReviewNote[]) => void }

let seq = 0
const noteId = () => `note-${Date.now().toString(36)}-${(seq++).toString(36)}`

/** Notes on a section or on one input (by model path), each accepted, queried or rejected. */
export function ReviewNotes({ project, notes, onChange }: Props) {
  const paths = useMemo(() => leafPaths(project), [project])
  const [section, setSection] = useState<ReviewSection>('financing')
  const [path, setPath] = useState('')
  const [status, setStatus] = useState<NoteStatus>('query')
  const [text, setText] = useState('')
  const pathOk = path === '' || paths.includes(path)
  const add = () => {
    if (!text.trim() || !pathOk) return
    const note: ReviewNote = { id: noteId(), section: path ? sectionOfPath(path) : section, path: path || null, status, text: text.trim(), createdAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z') }
    onChange([...notes, note])
    setText('')
    setPath('')
  }
  return (
    <div className="review-notes">
      <div className="review-grid">
        <Select label="Section" value={section} options={REVIEW_SECTIONS.map((s) => ({ value: s, label: SECTION_INFO[s].title }))} onChange={setSection} />
        <TextField label="Input (model path, optional)" value={path} onChange={setPath} list="review-paths" placeholder="financing.tranches.0.interest.annualRate" error={pathOk ? undefined : 'not an input of this project'} />
        <Select label="Status" value={status} options={NOTE_STATUSES.map((s) => ({ value: s, label: s }))} onChange={setStatus} />
      </div>
      <datalist id="review-paths">
        {paths.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <TextField label="Note" value={text} onChange={setText} onKeyDown={(e) => e.key === 'Enter' && add()} />
      <Button onClick={add} disabled={!text.trim() || !pathOk}>
        Add note
      </Button>
      <ul aria-label="Review notes">
        {notes.map((n) => (
          <li key={n.id}>
            <span className={`review-note-status ${n.status}`}>{n.status}</span>
            <b>{SECTION_INFO[n.section].title}</b>
            {n.path && <code> {n.path}</code>} — {n.text}
            <IconButton label="Delete note" icon={<IconTrash size={14} />} onClick={() => onChange(notes.filter((x) => x.id !== n.id))} />
          </li>
        ))}
      </ul>
    </div>
  )
}
