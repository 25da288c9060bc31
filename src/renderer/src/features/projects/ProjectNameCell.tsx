import { useState } from 'react'
import { routeHref } from '@renderer/app/route'
import type { ProjectSummary } from '@renderer/db/repository'
import { useT } from '@renderer/i18n'

/** The name column: a link that opens the project, or an inline editor while renaming. */
export function ProjectNameCell({ project, editing, onDone, onSave }: { project: Pick<ProjectSummary, 'id' | 'name'>; editing: boolean; onDone: () => void; onSave: (name: string) => Promise<boolean> }) {
  const [text, setText] = useState(project.name)
  const [error, setError] = useState<string | null>(null)
  const t = useT()
  if (!editing)
    return (
      <a className="project-link" href={routeHref({ name: 'project', projectId: project.id, section: 'feedstock' })}>
        {project.name}
      </a>
    )
  const commit = async () => {
    if (text.trim() === '') return setError(t('projects.needsName'))
    if (text.trim() === project.name) return onDone()
    if (await onSave(text)) onDone()
  }
  return (
    <div className="inline-edit">
      <input
        className="input input-sm"
        aria-label={t('projects.newName', { name: project.name })}
        value={text}
        maxLength={200}
        autoFocus
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value)
          setError(null)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void commit()
          if (e.key === 'Escape') onDone()
        }}
        onBlur={() => void commit()}
      />
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  )
}
