import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { formatUpdated } from '@renderer/format/money'
import type { ProjectSummary } from '@renderer/db/repository'
import { filterProjects, useAppStore, type ProjectFilter } from '@renderer/store'
import { Badge, Button, EmptyState, IconArchive, IconButton, IconCopy, IconFolder, IconPencil, IconPlus, IconTrash, IconUnarchive, Table, type Column } from '@renderer/ui'
import { ProjectFileButtons } from '@renderer/features/files/ProjectFileButtons'
import { ReviewCopiesList } from '@renderer/features/review/ReviewCopiesList'
import { ProjectNameCell } from './ProjectNameCell'

/** `#/`: every project on this device, with create, rename, duplicate, archive and delete (undoable). */
export function ProjectListScreen() {
  const [filter, setFilter] = useState<ProjectFilter>('active')
  const [renaming, setRenaming] = useState<string | null>(null)
  const all = useAppStore((s) => s.projects)
  const status = useAppStore((s) => s.projectsStatus)
  const unsaved = useAppStore((s) => s.unsavedFields)
  const actions = useAppStore(
    useShallow((s) => ({ openDialog: s.openDialog, rename: s.renameProject, duplicate: s.duplicateProject, setArchived: s.setArchived, remove: s.deleteProject }))
  )
  const rows = filterProjects(all, filter)
  const counts = { active: filterProjects(all, 'active').length, archived: filterProjects(all, 'archived').length }

  const columns: Column<ProjectSummary>[] = [
    { key: 'name', header: 'Name', render: (p) => <ProjectNameCell project={p} editing={renaming === p.id} onDone={() => setRenaming(null)} onSave={(n) => actions.rename(p.id, n)} /> },
    { key: 'currency', header: 'Currency', width: '110px', render: (p) => <span className="mono">{p.currency}</span> },
    { key: 'updated', header: 'Updated', width: '160px', render: (p) => <time dateTime={p.updatedAt}>{formatUpdated(p.updatedAt)}</time> },
    {
      key: 'status',
      header: 'Status',
      width: '180px',
      render: (p) => (
        <div className="project-status">
          {p.archived ? <Badge tone="warning">Archived</Badge> : <Badge tone="success">Active</Badge>}
          {/* Text typed but refused stays in its field across reloads; the list says so too (#17). */}
          {unsaved[p.id] ? <Badge tone="danger">{unsaved[p.id] === 1 ? '1 field not saved' : `${unsaved[p.id]} fields not saved`}</Badge> : null}
        </div>
      )
    },
    {
      key: 'actions',
      header: <span className="visually-hidden">Actions</span>,
      width: '176px',
      align: 'right',
      render: (p) => (
        <div className="row-actions">
          <IconButton label={`Rename ${p.name}`} title="Rename" icon={<IconPencil />} onClick={() => setRenaming(p.id)} />
          <IconButton label={`Duplicate ${p.name}`} title="Duplicate" icon={<IconCopy />} onClick={() => void actions.duplicate(p.id)} />
          {p.archived ? (
            <IconButton label={`Unarchive ${p.name}`} title="Unarchive" icon={<IconUnarchive />} onClick={() => void actions.setArchived(p.id, false)} />
          ) : (
            <IconButton label={`Archive ${p.name}`} title="Archive" icon={<IconArchive />} onClick={() => void actions.setArchived(p.id, true)} />
          )}
          <IconButton label={`Delete ${p.name}`} title="Delete" tone="danger" icon={<IconTrash />} onClick={() => void actions.remove(p.id)} />
        </div>
      )
    }
  ]

  const empty =
    filter === 'archived' ? (
      <EmptyState title="No archived projects">
        <p>Archive a project to keep it without cluttering the list. Archived projects stay searchable here and can be restored at any time.</p>
      </EmptyState>
    ) : (
      <EmptyState icon={<IconFolder size={28} />} title="Create your first project" action={<Button variant="primary" icon={<IconPlus />} onClick={() => actions.openDialog('create-project')}>New project</Button>}>
        <p>Model a catalytic-converter or lithium-ion battery recycling plant — feedstock, recovered metal, offtake, costs and financing — and see whether lenders will finance it.</p>
      </EmptyState>
    )

  return (
    <>
      <header className="app-header">
        <div className="header-titles">
          <h1 className="page-title">Projects</h1>
          <p className="page-tagline">Recycling projects stored on this device</p>
        </div>
        <div className="header-actions">
          <ProjectFileButtons />
          <Button variant="primary" icon={<IconPlus />} onClick={() => actions.openDialog('create-project')} title="New project (Ctrl+N)">
            New project
          </Button>
        </div>
      </header>
      <main className="main-content" id="main" tabIndex={-1}>
        <div className="toolbar">
          <div className="segmented" role="group" aria-label="Show">
            {(['active', 'archived'] as const).map((f) => (
              <button key={f} type="button" aria-pressed={filter === f} className={filter === f ? 'on' : ''} onClick={() => setFilter(f)}>
                {f === 'active' ? 'Active' : 'Archived'} <span className="count">{counts[f]}</span>
              </button>
            ))}
          </div>
        </div>
        {status === 'loading' ? (
          <p className="loading">Loading projects…</p>
        ) : (
          <Table caption={filter === 'active' ? 'Active projects' : 'Archived projects'} columns={columns} rows={rows} rowKey={(p) => p.id} empty={empty} rowProps={(p) => ({ 'data-testid': `project-row-${p.id}` })} />
        )}
        <ReviewCopiesList />
      </main>
    </>
  )
}
