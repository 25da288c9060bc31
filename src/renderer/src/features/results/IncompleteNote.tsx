import type { MissingInput } from '@shared/format/completeness'
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
