import { navigate } from '@renderer/app/route'
import { useAppStore } from '@renderer/store'

/**
 * Above a file open for review: who it is from and that it is read-only. The way back to editing is
 * the owner's own project of the same id, when it is on this device; otherwise closing the review.
 */
export function ReviewCopyBanner() {
  const ws = useAppStore((s) => s.workspace)
  if (!ws?.reviewCopy) return null
  const { doc, reviewCopy } = ws
  const own = reviewCopy.ownProject
  const from = doc.sheet.sponsor.trim() ? ` from ${doc.sheet.sponsor.trim()}` : ''
  return (
    <div className="banner banner-warning review-copy-banner" role="status" data-testid="review-copy-banner">
      <span className="banner-message">
        <strong>
          Reviewing {doc.name}
          {from} — read-only
        </strong>
        {reviewCopy.fileName && <span className="review-copy-file"> · {reviewCopy.fileName}</span>}
        {own && <span> · This project is also on this device as your own project “{own.name}”.</span>}
      </span>
      {own && (
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => navigate({ name: 'project', projectId: own.id, section: 'feedstock' })}>
          <span>Open my project to edit</span>
        </button>
      )}
      <button type="button" className="btn btn-secondary btn-sm" onClick={() => navigate({ name: 'projects' })}>
        <span>Close review</span>
      </button>
    </div>
  )
}
