import { navigate } from '@renderer/app/route'
import { useAppStore } from '@renderer/store'
import { useReviewDraft } from './use-review-draft'

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
      <button type="button" className="btn btn-secondary btn-sm" onClick={() => void exportFile()} title="Your review case and notes as a file to send to the recycler">
        <span>Export review file ({review.notes.length} note{review.notes.length === 1 ? '' : 's'})</span>
      </button>
      <button type="button" className="btn btn-secondary btn-sm" onClick={() => navigate({ name: 'projects' })}>
        <span>Back to projects</span>
      </button>
    </div>
  )
}
