import { useEffect } from 'react'
import { sectionById, type SectionId } from '@renderer/features/sections'
import { useAppStore } from '@renderer/store'
import { EmptyState, IconFolder } from '@renderer/ui'
import { FieldNoteLayer } from '@renderer/features/review/FieldNoteLayer'
import { SectionNotes } from '@renderer/features/review/FieldNotes'
import { ReviewCopyBanner } from '@renderer/features/review/ReviewCopyBanner'
import { WorkspaceHeader } from './WorkspaceHeader'
import { GuideStrip } from '@renderer/features/guide/GuideStrip'
import { useT } from '@renderer/i18n'

/**
 * `#/project/:id/:section`: opens the project (once per id) and shows the section from the registry;
 * `#/review/:id/:section` (`review`): the same for the review copy of a file opened for review.
 */
export function Workspace({ projectId, sectionId, review = false }: { projectId: string; sectionId: SectionId; review?: boolean }) {
  const openProject = useAppStore((s) => s.openProject)
  const openReviewCopy = useAppStore((s) => s.openReviewCopy)
  const status = useAppStore((s) => s.workspaceStatus)
  const t = useT()
  const openId = useAppStore((s) => (s.workspace && (s.workspace.reviewCopy !== undefined) === review ? s.workspace.projectId : undefined))

  useEffect(() => {
    if (openId !== projectId) void (review ? openReviewCopy(projectId) : openProject(projectId))
    // Only the id in the URL decides which project is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [projectId, review])

  const section = sectionById(sectionId)
  if (status === 'not-found')
    return (
      <main className="main-content" id="main" tabIndex={-1}>
        <EmptyState icon={<IconFolder size={28} />} title={review ? t('app.reviewNotFound') : t('app.projectNotFound')} action={<a className="btn btn-primary btn-md" href="#/"><span>{t('app.backToProjects')}</span></a>}>
          <p>{t('app.notFoundBody')}</p>
        </EmptyState>
      </main>
    )
  if (openId !== projectId)
    return (
      <main className="main-content" id="main" tabIndex={-1} aria-busy="true">
        <p className="loading">{t('app.opening')}</p>
      </main>
    )
  const Section = section.component
  return (
    <>
      <ReviewCopyBanner />
      <WorkspaceHeader section={section} />
      <main className="main-content" id="main" tabIndex={-1}>
        <GuideStrip section={section.id} />
        <SectionNotes section={section.id} />
        <Section />
      </main>
      <FieldNoteLayer />
    </>
  )
}
