import { navigate } from '@renderer/app/route'
import { useAppStore } from '@renderer/store'
import { useReviewDraft } from './use-review-draft'
import { useT } from '@renderer/i18n'

/**
 * Above a file open for review: who it is from and that it is read-only. The way back to editing is
 * the owner's own project of the same id, when it is on this device. The review stays listed on the
 * project list until removed there.
 */
export function ReviewCopyBanner() {
  const isCopy = useAppStore((s) => s.workspace?.reviewCopy !== undefined)
  return isCopy ? <CopyBanner /> : null
}

function CopyBanner() {
  const ws = useAppStore((s) => s.workspace)
  const { review, exportFile } = useReviewDraft()
  const t = useT()
  if (!ws?.reviewCopy) return null
  const { doc, reviewCopy } = ws
  const own = reviewCopy.ownProject
  const sponsor = doc.sheet.sponsor.trim()
  return (
    <div className="banner banner-warning review-copy-banner" role="status" data-testid="review-copy-banner">
      <span className="banner-message">
        <strong>{t(sponsor ? 'review.banner.reviewingFrom' : 'review.banner.reviewing', { name: doc.name, sponsor })}</strong>
        {reviewCopy.fileName && <span className="review-copy-file"> · {reviewCopy.fileName}</span>}
        {own && <span> · {t('review.banner.own', { name: own.name })}</span>}
      </span>
      {own && (
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => navigate({ name: 'project', projectId: own.id, section: 'feedstock' })}>
          <span>{t('review.banner.openOwn')}</span>
        </button>
      )}
      <button type="button" className="btn btn-secondary btn-sm" onClick={() => void exportFile()} title={t('review.banner.exportTitle')}>
        <span>{t('review.banner.export', { count: review.notes.length })}</span>
      </button>
      <button type="button" className="btn btn-secondary btn-sm" onClick={() => navigate({ name: 'projects' })}>
        <span>{t('review.banner.back')}</span>
      </button>
    </div>
  )
}
