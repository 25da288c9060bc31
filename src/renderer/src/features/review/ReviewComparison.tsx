import { lazy, Suspense, useMemo } from 'react'
import { dec } from '@shared/decimal'
import type { ModelResult } from '@shared/engine'
import type { Grade } from '@shared/format/checklist'
import type { Project } from '@shared/model'
import { checklistBothWays, comparisonRows, type Verdict } from '@shared/review'
import { chartData } from '@renderer/features/results/chart-data'
import type { DscrYear } from './ReviewDscrChart'
import { useAppStore, useDisplayUnit } from '@renderer/store'
import type { MessageKey } from '@shared/i18n'
import { useT } from '@renderer/i18n'
import type { Translate } from '../results/translate'
import './review.css'

const ReviewDscrChart = lazy(() => import('./ReviewDscrChart'))

type Props = { project: Project; reviewProject: Project; base: ModelResult; review: ModelResult }

// The Results checklist's words for a grade.
const GRADE_TEXT: Record<Grade, MessageKey> = { green: 'results.grade.green', amber: 'results.grade.amber', red: 'results.grade.red', na: 'results.grade.na' }
/** A side's overall: its grade, or what an unfinished model lacks (never a grade for it). */
const overallText = (v: Verdict, t: Translate) => (v.kind === 'graded' ? t('review.cmp.overall', { grade: t(GRADE_TEXT[v.grade]) }) : v.text)

/** "n/a — reason" is too long for a figure column: "n/a" with the reason on hover and a small second line. */
function Figure({ text }: { text: string }) {
  const t = useT()
  if (!text.startsWith('n/a')) return <>{text}</>
  const why = text.replace(/^n\/a( — )?/, '')
  return (
    <span title={why}>
      {t('results.na')}
      {why && <span className="cmp-why">{why}</span>}
    </span>
  )
}

function GradeCell({ grade, value }: { grade: Grade; value: string }) {
  const t = useT()
  return (
    <span className="cmp-grade">
      <span className={`grade-dot grade-${grade}`} aria-hidden="true" />
      <span className="numeric">{value.startsWith('n/a') ? t('results.na') : value}</span>
      <span className={`grade-pill grade-${grade}`}>{t(GRADE_TEXT[grade])}</span>
    </span>
  )
}

/**
 * Base and review side by side at screen size (issue 17): the headline metrics with the signed change
 * (worse for a lender marked), both DSCR profiles on one chart with both covenants, and the checklist
 * graded both ways — the base on the recycler's thresholds, the review case on the reviewer's.
 */
export function ReviewComparison({ project, reviewProject, base, review }: Props) {
  const unit = useDisplayUnit(base.currency)
  const t = useT()
  const locale = useAppStore((s) => s.locale)
  const rows = useMemo(() => comparisonRows(base, review, unit, locale), [base, review, unit, locale])
  const checks = useMemo(() => checklistBothWays(project, base, reviewProject, review, locale), [project, base, reviewProject, review, locale])
  const dscr = useMemo((): DscrYear[] => {
    const b = chartData(base, dec(project.lender.minDscr)).cover
    const r = new Map(chartData(review, dec(reviewProject.lender.minDscr)).cover.map((y) => [y.year, y.dscr]))
    const years = [...new Set([...b.map((y) => y.year), ...r.keys()])].sort((x, y) => x - y)
    const bm = new Map(b.map((y) => [y.year, y.dscr]))
    return years.map((year) => ({ year, base: bm.get(year) ?? null, review: r.get(year) ?? null }))
  }, [base, review, project, reviewProject])
  const hasDebt = dscr.some((y) => y.base !== null || y.review !== null)
  return (
    <section className="review-compare" aria-label={t('review.cmp.aria')}>
      <div className="review-compare-top">
        <div className="table-wrap">
          <table className="table cmp-metrics">
            <caption className="visually-hidden">{t('review.cmp.caption')}</caption>
            <colgroup>
              <col />
              <col style={{ width: '21%' }} />
              <col style={{ width: '21%' }} />
              <col style={{ width: '28%' }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t('review.cmp.metric')}</th>
                <th scope="col" className="align-right">{t('review.cmp.base')}</th>
                <th scope="col" className="align-right">{t('review.cmp.review')}</th>
                <th scope="col" className="align-right">{t('review.cmp.change')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} data-metric={r.key} className={r.worse ? 'cmp-worse' : undefined}>
                  <th scope="row">{r.label}</th>
                  <td className="align-right numeric cmp-base"><Figure text={r.base} /></td>
                  <td className="align-right numeric"><Figure text={r.review} /></td>
                  <td className={`align-right numeric cmp-delta${r.worse ? ' worse' : ''}`}>
                    {r.delta ?? '—'}
                    {r.worse && <span className="cmp-worse-tag">{t('review.cmp.worse')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <figure className="card chart-card cmp-chart" data-testid="review-dscr-chart">
          <figcaption className="card-title chart-title">{t('review.cmp.dscrTitle')}</figcaption>
          {hasDebt ? (
            <Suspense fallback={<p className="loading">{t('review.cmp.loadingChart')}</p>}>
              <ReviewDscrChart data={dscr} baseCovenant={Number(project.lender.minDscr)} reviewCovenant={Number(reviewProject.lender.minDscr)} />
            </Suspense>
          ) : (
            <p className="chart-note">{t('review.cmp.noDebt')}</p>
          )}
          <p className="chart-note">
            {t(project.lender.minDscr !== reviewProject.lender.minDscr ? 'review.cmp.noteBoth' : 'review.cmp.note', { reviewer: dec(reviewProject.lender.minDscr).toFixed(2), recycler: dec(project.lender.minDscr).toFixed(2) })}
          </p>
        </figure>
      </div>
      <div className="table-wrap">
        <table className="table cmp-checklist">
          <caption className="visually-hidden">{t('review.cmp.checkCaption')}</caption>
          <colgroup>
            <col style={{ width: '20%' }} />
            <col style={{ width: '21%' }} />
            <col style={{ width: '21%' }} />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('review.cmp.check')}</th>
              <th scope="col">{t('review.cmp.baseGrade', { overall: overallText(checks.baseVerdict, t) })}</th>
              <th scope="col">{t('review.cmp.reviewGrade', { overall: overallText(checks.reviewVerdict, t) })}</th>
              <th scope="col">{t('review.cmp.why')}</th>
            </tr>
          </thead>
          <tbody>
            {checks.rows.map((c) => (
              <tr key={c.id} data-check={c.id} className={c.worse ? 'cmp-worse' : undefined}>
                <th scope="row">{c.label}</th>
                <td><GradeCell grade={c.base.grade} value={c.base.value} /></td>
                <td className="cmp-review-grade">{c.review ? <GradeCell grade={c.review.grade} value={c.review.value} /> : '—'}</td>
                <td className="cmp-reason">{c.review?.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
