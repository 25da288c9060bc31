import { useState } from 'react'
import { matchReview, readReviewFile, REVIEW_SECTIONS } from '@shared/review'
import { decodeUtf8 } from '@shared/text/decode-utf8'
import { useDoc } from '@renderer/features/editors'
import { focusField } from '@renderer/features/field-places'
import { useAppStore } from '@renderer/store'
import { Banner, Button, Card } from '@renderer/ui'
import { fieldLabel } from './note-targets'
import { useStoredReviews } from './review-session'
import { formatDate } from '@shared/format/money'
import type { NoteStatus } from '@shared/review'
import { useT } from '@renderer/i18n'
import { STATUS_TEXT } from './status-text'

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
  const t = useT()
  const locale = useAppStore((s) => s.locale)
  // English keeps the file's ISO date, as before #20; Japanese writes 2026年12月2日.
  const written = (iso: string) => (locale === 'en' ? iso.slice(0, 10) : formatDate(iso.slice(0, 10), locale))
  const status = (s: NoteStatus) => t(STATUS_TEXT[s])
  // Newest first; the financier's own draft (kind "draft") is not a received review.
  const received = (stored ?? []).filter((r) => r.data.kind === 'received').reverse()

  const open = async () => {
    const r = await openFile({ kinds: ['review'], title: t('review.inbox.openTitle') })
    if (!r.ok) {
      if (!r.cancelled) setRefusal(r.error.message)
      return
    }
    const decoded = decodeUtf8(r.value.bytes)
    if (!decoded.ok) {
      setRefusal(t('review.inbox.notText', { file: r.value.name, message: decoded.message }))
      return
    }
    const read = readReviewFile(decoded.text)
    if (!read.ok) return setRefusal(t('review.inbox.unreadable', { file: r.value.name, message: read.message }))
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
          {t('review.inbox.open')}
        </Button>
      </div>
      {refusal && <Banner banner={{ id: 'review-refused', tone: 'error', message: refusal, dismissible: true }} onDismiss={() => setRefusal(null)} />}
      {stored === null && <p className="loading">{t('review.inbox.loading')}</p>}
      {stored !== null && received.length === 0 && !refusal && <p>{t('review.inbox.empty')}</p>}
      {received.map(({ id, data: { review, fileName } }) => {
        const m = matchReview(review, doc)
        const bySection = REVIEW_SECTIONS.map((s) => ({ s, notes: review.notes.filter((n) => n.section === s) })).filter((x) => x.notes.length > 0)
        return (
          <Card
            key={id}
            title={t(review.reviewer.organisation ? 'review.inbox.byOrg' : 'review.inbox.by', { name: review.reviewer.name || t('review.inbox.someone'), organisation: review.reviewer.organisation })}
          >
            <p className="review-file">
              {t('review.inbox.from', { file: fileName, date: written(review.updatedAt) })}{' '}
              <Button onClick={() => void deleteReview(id)}>{t('review.inbox.remove')}</Button>
            </p>
            {!m.ok && <Banner banner={{ id: `other-${id}`, tone: 'error', message: m.message, dismissible: false }} onDismiss={() => undefined} />}
            {m.ok && m.changed && <Banner banner={{ id: `changed-${review.createdAt}`, tone: 'warning', message: m.message, dismissible: false }} onDismiss={() => undefined} />}
            {review.summary && <p>{t('review.inbox.conclusion', { summary: review.summary })}</p>}
            <nav className="review-markers" aria-label={t('review.inbox.bySection')}>
              {bySection.map(({ s, notes }) => (
                <a key={s} href={`#/project/${encodeURIComponent(doc.id)}/${s}`} className="badge">
                  {t('review.inbox.count', { section: t(`section.${s}`), count: notes.length })}
                </a>
              ))}
            </nav>
            {bySection.map(({ s, notes }) => (
              <section key={s} aria-label={t('review.inbox.notesOn', { section: t(`section.${s}`) })}>
                <h3>{t(`section.${s}`)}</h3>
                <ul className="review-notes">
                  {notes.map((n) => (
                    <li key={n.id} data-path={n.path ?? ''}>
                      <span className={`review-note-status ${n.status}`}>{status(n.status)}</span>
                      {n.path && (
                        <button type="button" className="link-button note-field" onClick={() => focusField(doc.id, n.path!)} title={t('review.goToField')}>
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
