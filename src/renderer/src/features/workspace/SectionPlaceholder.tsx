import { routeHref } from '@renderer/app/route'
import { selectDoc, useAppStore } from '@renderer/store'
import { Card, EmptyState } from '@renderer/ui'
import { SECTION_INFO, type SectionId } from '../section-info'
import { SECTION_ICONS } from './section-icons'

/**
 * The empty state of a section whose editor is not built yet: what it will hold, what the project
 * already has, and where to go next. Replaced section by section by the real editors.
 */
export function SectionPlaceholder({ id }: { id: SectionId }) {
  const info = SECTION_INFO[id]
  const doc = useAppStore(selectDoc)
  const Icon = SECTION_ICONS[id]
  if (!doc) return null
  const first = info.dependsOn ? SECTION_INFO[info.dependsOn] : null
  return (
    <div className="section-placeholder">
      <EmptyState
        icon={<Icon size={28} />}
        title={info.title}
        action={
          first ? (
            <a className="btn btn-secondary btn-md" href={routeHref({ name: 'project', projectId: doc.id, section: first.id })}>
              <span>Go to {first.title}</span>
            </a>
          ) : undefined
        }
      >
        <p>{info.next}</p>
        <p className="muted">
          The {info.title.toLowerCase()} editor arrives in a later build; anything already in this project (for example from an opened file) is kept.
          {first && ` This section builds on ${first.title}.`}
        </p>
      </EmptyState>
      <div className="placeholder-grid">
        <Card title="This section will hold">
          <ul className="check-list">
            {info.holds.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
        </Card>
        <Card title="In this project now">
          <p className="stat">{info.summary(doc)}</p>
          <p className="muted">Stored in the project document and kept through reloads, files and backups.</p>
        </Card>
      </div>
    </div>
  )
}
