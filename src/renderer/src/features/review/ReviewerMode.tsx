import { useEffect, useMemo, useState } from 'react'
import { buildMemoHtml, runReview } from '@shared/review'
import { useLastBreachSizing } from '../scenarios/last-results'
import { useDoc } from '@renderer/features/editors'
import { PrintPortal } from '@renderer/features/sheet/PrintPortal'
import { issuesText, useAppStore, useDisplayUnit } from '@renderer/store'
import { Button, Card, Select, TextField } from '@renderer/ui'
import { LOCALES, LOCALE_NAMES, type Locale } from '@shared/i18n'
import { japaneseFontReady, useT } from '@renderer/i18n'
import { version } from '@root/package.json'
import { ReviewCaseForm } from './ReviewCaseForm'
import { ReviewComparison } from './ReviewComparison'
import { ReviewNotes } from './ReviewNotes'
import { fieldLabel } from './note-targets'
import { nowIso, useReviewDraft } from './use-review-draft'

/**
 * Reviewer mode: the recycler's project is only read here — the financier's case (deck, haircuts,
 * thresholds) runs on a copy through the engine's scenario mechanism with debt held, and the review
 * (case + notes) is exported as a file for the recycler and as a PDF memo.
 */
export function ReviewerMode() {
  const doc = useDoc()
  const printToPdf = useAppStore((s) => s.printToPdf)
  const setReviewMode = useAppStore((s) => s.setReviewMode)
  // Opening this tab opens the project "for review": the recycler's inputs are read-only until the
  // financier leaves review mode (the banner's button, or the sheet / received-reviews tabs).
  useEffect(() => setReviewMode(doc.id), [doc.id, setReviewMode])
  const { review, hash, update, exportFile } = useReviewDraft()
  const unit = useDisplayUnit(doc.reportingCurrency)
  // The memo's language is the export's choice (#20), starting at the app's.
  const appLocale = useAppStore((s) => s.locale)
  const [locale, setLocale] = useState<Locale>(appLocale)
  const t = useT()
  const cmp = useMemo(() => runReview(doc, review.reviewCase), [doc, review.reviewCase])
  const breachSizing = useLastBreachSizing(doc)
  const memo = useMemo(
    () => (cmp.ok ? buildMemoHtml({ project: doc, reviewProject: cmp.reviewProject, base: cmp.base, review: cmp.review, body: { ...review, project: { id: doc.id, name: doc.name, sha256: hash } }, meta: { date: nowIso().slice(0, 10), modelVersion: version, projectSha256: hash }, fieldLabel: (path) => fieldLabel(doc, path), displayUnit: unit, breachSizing, locale }) : null),
    [cmp, doc, review, hash, unit, breachSizing, locale]
  )

  const exportMemo = async () => {
    await japaneseFontReady(locale)
    await printToPdf(
      { suggestedName: `${doc.name} - review memo.pdf`, pageSize: 'A4', landscape: false },
      { saved: (name) => t('review.memoSaved', { name }), failed: (message) => t('review.memoNotSaved', { message }) }
    )
  }

  return (
    <div className="reviewer-mode">
      <Card title={t('review.reviewer')}>
        <div className="review-grid">
          <TextField label={t('review.name')} value={review.reviewer.name} onChange={(name) => update({ reviewer: { ...review.reviewer, name } })} maxLength={200} />
          <TextField label={t('review.organisation')} value={review.reviewer.organisation} onChange={(organisation) => update({ reviewer: { ...review.reviewer, organisation } })} maxLength={200} />
          <TextField label={t('review.conclusion')} value={review.summary} onChange={(summary) => update({ summary })} maxLength={4000} />
        </div>
      </Card>
      <Card title={t('review.case')}>
        <ReviewCaseForm project={doc} value={review.reviewCase} onChange={(reviewCase) => update({ reviewCase })} />
      </Card>
      <Card title={t('review.sideBySide')}>
        {cmp.ok ? (
          <ReviewComparison project={doc} reviewProject={cmp.reviewProject} base={cmp.base} review={cmp.review} />
        ) : (
          <p role="alert">{t('review.invalid', { issues: issuesText(cmp.issues) })}</p>
        )}
      </Card>
      <Card title={t('review.notesTitle', { count: String(review.notes.length) })}>
        <ReviewNotes project={doc} notes={review.notes} onChange={(notes) => update({ notes })} />
      </Card>
      <div className="sheet-toolbar">
        <Select label={t('memo.language')} value={locale} options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))} onChange={setLocale} />
        <Button variant="primary" onClick={() => void exportFile()}>
          {t('review.exportFile')}
        </Button>
        <Button onClick={() => void exportMemo()} disabled={!memo}>
          {t('review.exportMemo')}
        </Button>
      </div>
      {memo && <PrintPortal css={memo.css} body={memo.body} pageSize="A4" rootClass="bk-sheet memo" />}
    </div>
  )
}
