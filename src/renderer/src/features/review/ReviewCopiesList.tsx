import { useEffect } from 'react'
import { routeHref } from '@renderer/app/route'
import { formatUpdated } from '@renderer/format/money'
import { useAppStore } from '@renderer/store'
import { IconButton, IconTrash } from '@renderer/ui'
import { useT } from '@renderer/i18n'

/** On the project list: the files a financier has open for review here (read-only copies, not projects). */
export function ReviewCopiesList() {
  const copies = useAppStore((s) => s.reviewCopies)
  const load = useAppStore((s) => s.loadReviewCopies)
  const remove = useAppStore((s) => s.removeReviewCopy)
  const t = useT()
  useEffect(() => void load(), [load])
  if (copies.length === 0) return null
  return (
    <section className="review-copies" aria-labelledby="review-copies-title">
      <h2 id="review-copies-title" className="section-title">
        {t('review.copies.title')} <span className="muted">{t('review.copies.subtitle')}</span>
      </h2>
      <ul>
        {copies.map((c) => (
          <li key={c.projectId}>
            <a className="project-link" href={routeHref({ name: 'project', projectId: c.projectId, section: 'sheet', review: true })}>
              {c.name}
            </a>
            <span className="muted">
              {c.sponsor ? `${c.sponsor} · ` : ''}
              {t('review.copies.opened', { file: c.fileName, when: formatUpdated(c.openedAt) })}
            </span>
            <IconButton label={t('review.copies.remove', { name: c.name })} title={t('review.copies.removeTitle')} icon={<IconTrash size={14} />} onClick={() => void remove(c.projectId)} />
          </li>
        ))}
      </ul>
    </section>
  )
}
