import type { MissingInput } from '@shared/format/completeness'
import type { ModelNote } from './model-notes'
import { focusField, sectionOfPath } from '../field-places'

/**
 * "Incomplete: no capex, no opex": what an unfinished model still lacks, each a link that goes to
 * its section and focuses the field. Shown instead of a verdict (Results and the checklist).
 */
export function MissingLinks({ projectId, missing }: { projectId: string; missing: readonly MissingInput[] }) {
  return (
    <>
      {missing.map((m, i) => (
        <span key={m.path}>
          {i > 0 && ', '}
          <a
            href={`#/project/${encodeURIComponent(projectId)}/${sectionOfPath(m.path) ?? 'results'}`}
            data-testid={`missing-${m.id}`}
            onClick={(e) => {
              e.preventDefault()
              focusField(projectId, m.path)
            }}
          >
            {m.text}
          </a>
        </span>
      ))}
    </>
  )
}

/** One model note: its place (a link to the field or section), then what the model did. */
export function ModelNoteItem({ projectId, note }: { projectId: string; note: ModelNote }) {
  return (
    <li>
      <strong>
        <a
          href={`#/project/${encodeURIComponent(projectId)}/${sectionOfPath(note.path) ?? 'results'}`}
          onClick={(e) => {
            e.preventDefault()
            focusField(projectId, note.path)
          }}
        >
          {note.place}
        </a>
      </strong>
      {note.sep}
      {note.text}
    </li>
  )
}
