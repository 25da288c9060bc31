import { useState } from 'react'
import { matchReview, readReviewFile, REVIEW_SECTIONS } from '@shared/review'
import { decodeUtf8 } from '@shared/text/decode-utf8'
import { useDoc } from '@renderer/features/editors'
import { focusField } from '@renderer/features/field-places'
import { SECTION_INFO } from '@renderer/features/section-info'
import { useAppStore } from '@renderer/store'
import { Banner, Button, Card } from '@renderer/ui'
import { fieldLabel } from './note-targets'
import { useStoredReviews } from './review-session'

/**
 * The recycler's side: open a financier's review file beside this project. A file for another project,
 * or a damaged or edited one, is refused with the reason and nothing changes; a review of an earlier
 * version of this project is shown with a warning. Notes are grouped by section with markers that link there.
 */
export function ReviewInbox() {
  const doc = useDoc()
  const stored = useStoredReviews(doc.id)
  const saveReview = useAppStore((s) => s.saveReview)
  const deleteReview = useAppStore((s) => s.deleteReview)
  const openFile = useAppStore((s) => s.openFile)
  const [refusal, setRefusal] = useState<string | null>(null)
  // Newest first; the financier's own draft (kind "draft") is not a received review.
  const received = (stored ?? []).filter((r) => r.data.kind === 'received').reverse()

  const open = async () => {
    const r = await openFile({ kinds: ['review'], title: 'Open a review file' })
    if (!r.ok) {
      if (!r.cancelled) setRefusal(r.error.message)
      return
    }
    const decoded = decodeUtf8(r.value.bytes)
    if (!decoded.ok) {
      setRefusal(`${r.value.name}: ${decoded.message}, so not a Bankable review. Nothing was changed.`)
      return
    }
    const read = readReviewFile(decoded.text)
    if (!read.ok) return setRefusal(`${r.value.name}: ${read.message} Nothing was changed.`)
    const m = matchReview(read.review, doc)
    if (!m.ok) return setRefusal(`${r.value.name}: ${m.message}`)
    setRefusal(null)
    // The same review opened again replaces its row rather than listing it twice.
    const same = received.find((x) => x.data.review.createdAt === read.review.createdAt && x.data.review.reviewer.name === read.review.reviewer.name)
    await saveReview(doc.id, { kind: 'received', fileName: r.value.name, review: read.review }, same?.id)
  }

  return (
    <div className="review-inbox">
      <div className="sheet-toolbar">
        <Button variant="primary" onClick={() => void open()}>
          Open review file…
        </Button>
      </div>
      {refusal && <Banner banner={{ id: 'review-refused', tone: 'error', message: refusal, dismissible: true }} onDismiss={() => setRefusal(null)} />}
      {stored === null && <p className="loading">Loading reviews…</p>}
      {stored !== null && received.length === 0 && !refusal && <p>No review opened yet. Open the file a financier sent you to see their notes where they belong.</p>}
      {received.map(({ id, data: { review, fileName } }) => {
        const m = matchReview(review, doc)
        const bySection = REVIEW_SECTIONS.map((s) => ({ s, notes: review.notes.filter((n) => n.section === s) })).filter((x) => x.notes.length > 0)
        return (
          <Card key={id} title={`Review by ${review.reviewer.name || 'a reviewer'}${review.reviewer.organisation ? `, ${review.reviewer.organisation}` : ''}`}>
            <p className="review-file">
              From {fileName}, written {review.updatedAt.slice(0, 10)}.{' '}
              <Button onClick={() => void deleteReview(id)}>Remove review</Button>
            </p>
            {!m.ok && <Banner banner={{ id: `other-${id}`, tone: 'error', message: m.message, dismissible: false }} onDismiss={() => undefined} />}
            {m.ok && m.changed && <Banner banner={{ id: `changed-${review.createdAt}`, tone: 'warning', message: m.message, dismissible: false }} onDismiss={() => undefined} />}
            {review.summary && <p>Conclusion: {review.summary}</p>}
            <nav className="review-markers" aria-label="Notes by section">
              {bySection.map(({ s, notes }) => (
                <a key={s} href={`#/project/${encodeURIComponent(doc.id)}/${s}`} className="badge">
                  {SECTION_INFO[s].title}: {notes.length} note{notes.length === 1 ? '' : 's'}
                </a>
              ))}
            </nav>
            {bySection.map(({ s, notes }) => (
              <section key={s} aria-label={`Notes on ${SECTION_INFO[s].title}`}>
                <h3>{SECTION_INFO[s].title}</h3>
                <ul className="review-notes">
                  {notes.map((n) => (
                    <li key={n.id} data-path={n.path ?? ''}>
                      <span className={`review-note-status ${n.status}`}>{n.status}</span>
                      {n.path && (
                        <button type="button" className="link-button note-field" onClick={() => focusField(doc.id, n.path!)} title="Go to this field">
                          {fieldLabel(doc, n.path)}
                        </button>
                      )}
                      {n.path && ': '}
                      {n.text}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </Card>
        )
      })}
    </div>
  )
}
