import { useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { sortProjects, type Sort, type SortKey } from '@shared/portfolio/sort'
import { filterProjects, useAppStore, type ProjectFilter } from '@renderer/store'
import { Badge, Button, EmptyState, IconArchive, IconButton, IconCopy, IconFolder, IconPencil, IconPlus, IconTrash, IconUnarchive, Table, type Column } from '@renderer/ui'
import { ProjectFileButtons } from '@renderer/features/files/ProjectFileButtons'
import { ReviewCopiesList } from '@renderer/features/review/ReviewCopiesList'
import { FirstRunGuide } from '@renderer/features/guide/FirstRunGuide'
import { BackupButtons } from './BackupButtons'
import { metricColumns, type PortfolioRow } from './portfolio-columns'
import { PortfolioCompare, type CompareItem } from './PortfolioCompare'
import { ProjectNameCell } from './ProjectNameCell'
import { usePortfolio } from './use-portfolio'
import { updatedText } from './updated-text'
import { useT } from '@renderer/i18n'
import './projects.css'

/** A first click sorts figures best-first (highest), names and dates as people expect (A→Z, newest). */
const FIRST_DIR: Partial<Record<SortKey, Sort['dir']>> = { name: 'asc', verdict: 'asc' }

/**
 * `#/`: every project on this device as a portfolio — each with its headline metrics and verdict
 * (computed in a worker, cached per stored rev), sortable by any of them, two or more compared side
 * by side — with create, rename, duplicate, archive and delete (undoable), backup and restore.
 */
export function ProjectListScreen() {
  const [filter, setFilter] = useState<ProjectFilter>('active')
  const [renaming, setRenaming] = useState<string | null>(null)
  const [sort, setSort] = useState<Sort>({ key: 'updated', dir: 'desc' })
  const [selected, setSelected] = useState<string[]>([])
  const [comparing, setComparing] = useState(false)
  const all = useAppStore((s) => s.projects)
  const status = useAppStore((s) => s.projectsStatus)
  const unsaved = useAppStore((s) => s.unsavedFields)
  const displayUnits = useAppStore((s) => s.displayUnits)
  const locale = useAppStore((s) => s.locale)
  const t = useT()
  const actions = useAppStore(
    useShallow((s) => ({ openDialog: s.openDialog, rename: s.renameProject, duplicate: s.duplicateProject, setArchived: s.setArchived, remove: s.deleteProject }))
  )
  const portfolio = usePortfolio(all)
  const listed = filterProjects(all, filter)
  const counts = { active: filterProjects(all, 'active').length, archived: filterProjects(all, 'archived').length }
  const rows: PortfolioRow[] = useMemo(() => {
    const withEntry = listed.map((p) => ({ id: p.id, name: p.name, currency: p.currency, updatedAt: p.updatedAt, archived: p.archived, entry: portfolio.entries[p.id] }))
    return sortProjects(withEntry.map((r) => ({ ...r, headline: r.entry?.state === 'ready' ? r.entry.headline : null })), sort)
  }, [listed, portfolio.entries, sort])

  const onSort = (key: string) =>
    setSort((s) => (s.key === key ? { key: s.key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key: key as SortKey, dir: FIRST_DIR[key as SortKey] ?? 'desc' }))
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]))
  // In the order chosen: the first chosen is the reference every change is measured against.
  const compareItems: CompareItem[] = selected.flatMap((id) => {
    const p = all.find((x) => x.id === id)
    const e = portfolio.entries[id]
    return p && e?.state === 'ready' ? [{ id, name: p.name, result: e.result, headline: e.headline }] : []
  })

  const columns: Column<PortfolioRow>[] = [
    {
      key: 'name',
      header: t('projects.col.name'),
      sortable: true,
      render: (p) => (
        <div className="pf-name">
          <input type="checkbox" className="pf-check" aria-label={t('projects.choose', { name: p.name })} checked={selected.includes(p.id)} onChange={() => toggle(p.id)} />
          <div className="pf-name-text">
              <ProjectNameCell project={p} editing={renaming === p.id} onDone={() => setRenaming(null)} onSave={(n) => actions.rename(p.id, n)} />
            {/* Text typed but refused stays in its field across reloads; the list says so too (#17). */}
            {p.archived ? <Badge tone="warning">{t('projects.archivedBadge')}</Badge> : null}
            {unsaved[p.id] ? <Badge tone="danger">{t('projects.fieldsNotSaved', { count: unsaved[p.id]! })}</Badge> : null}
            <span className="pf-updated">
              <span className="mono">{p.currency}</span> · {t('projects.updated')} <time dateTime={p.updatedAt}>{updatedText(p.updatedAt, t, locale)}</time>
            </span>
          </div>
        </div>
      )
    },
    ...metricColumns(t, displayUnits, locale),
    {
      key: 'actions',
      header: <span className="visually-hidden">{t('projects.col.actions')}</span>,
      width: '134px',
      align: 'right',
      render: (p) => (
        <div className="row-actions">
          <IconButton label={t('projects.renameName', { name: p.name })} title={t('projects.rename')} icon={<IconPencil />} onClick={() => setRenaming(p.id)} />
          <IconButton label={t('projects.duplicateName', { name: p.name })} title={t('projects.duplicate')} icon={<IconCopy />} onClick={() => void actions.duplicate(p.id)} />
          {p.archived ? (
            <IconButton label={t('projects.unarchiveName', { name: p.name })} title={t('projects.unarchive')} icon={<IconUnarchive />} onClick={() => void actions.setArchived(p.id, false)} />
          ) : (
            <IconButton label={t('projects.archiveName', { name: p.name })} title={t('projects.archive')} icon={<IconArchive />} onClick={() => void actions.setArchived(p.id, true)} />
          )}
          <IconButton label={t('projects.deleteName', { name: p.name })} title={t('projects.delete')} tone="danger" icon={<IconTrash />} onClick={() => void actions.remove(p.id)} />
        </div>
      )
    }
  ]

  const empty =
    filter === 'archived' ? (
      <EmptyState title={t('projects.empty.archived')}>
        <p>{t('projects.empty.archivedBody')}</p>
      </EmptyState>
    ) : (
      <EmptyState icon={<IconFolder size={28} />} title={t('projects.empty.first')} action={<Button variant="primary" icon={<IconPlus />} onClick={() => actions.openDialog('create-project')}>{t('projects.new')}</Button>}>
        <p>{t('projects.empty.firstBody')}</p>
      </EmptyState>
    )

  return (
    <>
      <header className="app-header">
        <div className="header-titles">
          <h1 className="page-title">{t('projects.title')}</h1>
          <p className="page-tagline">{t('projects.tagline')}</p>
        </div>
        <div className="header-actions">
          <ProjectFileButtons />
          <Button variant="primary" icon={<IconPlus />} onClick={() => actions.openDialog('create-project')} title={t('projects.newTitle')}>
            {t('projects.new')}
          </Button>
        </div>
      </header>
      <main className="main-content" id="main" tabIndex={-1}>
        <FirstRunGuide />
        <div className="toolbar pf-toolbar">
          <div className="segmented" role="group" aria-label={t('projects.show')}>
            {(['active', 'archived'] as const).map((f) => (
              <button key={f} type="button" aria-pressed={filter === f} className={filter === f ? 'on' : ''} onClick={() => setFilter(f)}>
                {t(`projects.filter.${f}`)} <span className="count">{counts[f]}</span>
              </button>
            ))}
          </div>
          <Button size="sm" disabled={compareItems.length < 2} onClick={() => setComparing(true)} data-testid="compare-projects" title={t('projects.compareTitle')}>
            {selected.length > 0 ? t('projects.compareCount', { count: selected.length }) : t('projects.compare')}
          </Button>
          <span className="pf-progress muted" role="status" aria-live="polite">
            {portfolio.pending > 0 ? t('projects.computing', { count: portfolio.pending }) : ''}
          </span>
          <BackupButtons />
        </div>
        {comparing && compareItems.length >= 2 && <PortfolioCompare items={compareItems} onClose={() => setComparing(false)} />}
        {status === 'loading' ? (
          <p className="loading">{t('projects.loading')}</p>
        ) : (
          <div className="pf-scroll">
            <Table
              className="pf-table"
              caption={t(`projects.caption.${filter}`)}
              columns={columns}
              rows={rows}
              rowKey={(p) => p.id}
              empty={empty}
              rowProps={(p) => ({ 'data-testid': `project-row-${p.id}` })}
              sort={sort}
              onSort={onSort}
            />
          </div>
        )}
        <ReviewCopiesList />
      </main>
    </>
  )
}
