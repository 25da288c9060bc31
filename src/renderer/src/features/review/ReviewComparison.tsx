import { lazy, Suspense, useMemo } from 'react'
import { dec } from '@shared/decimal'
import type { ModelResult } from '@shared/engine'
import type { Grade } from '@shared/format/checklist'
import type { Project } from '@shared/model'
import { checklistBothWays, comparisonRows, type Verdict } from '@shared/review'
import { chartData } from '@renderer/features/results/chart-data'
import type { DscrYear } from './ReviewDscrChart'
import { useAppStore, useDisplayUnit } from '@renderer/store'
import './review.css'

const ReviewDscrChart = lazy(() => import('./ReviewDscrChart'))

type Props = { project: Project; reviewProject: Project; base: ModelResult; review: ModelResult }

const GRADE_TEXT: Record<Grade, string> = { green: 'Meets', amber: 'Close', red: 'Fails', na: 'n/a' }
/** A side's overall: its grade, or what an unfinished model lacks (never a grade for it). */
const overallText = (v: Verdict) => (v.kind === 'graded' ? `overall: ${GRADE_TEXT[v.grade]}` : v.text)

/** "n/a — reason" is too long for a figure column: "n/a" with the reason on hover and a small second line. */
function Figure({ text }: { text: string }) {
  if (!text.startsWith('n/a')) return <>{text}</>
  const why = text.replace(/^n\/a( — )?/, '')
  return (
    <span title={why}>
      n/a{why && <span className="cmp-why">{why}</span>}
    </span>
  )
}

function GradeCell({ grade, value }: { grade: Grade; value: string }) {
  return (
    <span className="cmp-grade">
      <span className={`grade-dot grade-${grade}`} aria-hidden="true" />
      <span className="numeric">{value.startsWith('n/a') ? 'n/a' : value}</span>
      <span className={`grade-pill grade-${grade}`}>{GRADE_TEXT[grade]}</span>
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
  const rows = useMemo(() => comparisonRows(base, review, unit), [base, review, unit])
  const locale = useAppStore((s) => s.locale)
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
    <section className="review-compare" aria-label="Base and review comparison">
      <div className="review-compare-top">
        <div className="table-wrap">
          <table className="table cmp-metrics">
            <caption className="visually-hidden">Headline metrics: base (recycler) and review case</caption>
            <colgroup>
              <col />
              <col style={{ width: '21%' }} />
              <col style={{ width: '21%' }} />
              <col style={{ width: '28%' }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Metric</th>
                <th scope="col" className="align-right">Base (recycler)</th>
                <th scope="col" className="align-right">Review case</th>
                <th scope="col" className="align-right">Change</th>
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
                    {r.worse && <span className="cmp-worse-tag">worse</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <figure className="card chart-card cmp-chart" data-testid="review-dscr-chart">
          <figcaption className="card-title chart-title">DSCR profile: base and review</figcaption>
          {hasDebt ? (
            <Suspense fallback={<p className="loading">Loading chart…</p>}>
              <ReviewDscrChart data={dscr} baseCovenant={Number(project.lender.minDscr)} reviewCovenant={Number(reviewProject.lender.minDscr)} />
            </Suspense>
          ) : (
            <p className="chart-note">No debt service: no DSCR profile.</p>
          )}
          <p className="chart-note">Lowest DSCR of each year’s repayment periods. Dashed: the reviewer’s covenant {dec(reviewProject.lender.minDscr).toFixed(2)}x{project.lender.minDscr !== reviewProject.lender.minDscr ? `; dotted: the recycler’s ${dec(project.lender.minDscr).toFixed(2)}x` : ''}.</p>
        </figure>
      </div>
      <div className="table-wrap">
        <table className="table cmp-checklist">
          <caption className="visually-hidden">Bankability checklist graded both ways</caption>
          <colgroup>
            <col style={{ width: '20%' }} />
            <col style={{ width: '21%' }} />
            <col style={{ width: '21%' }} />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Check</th>
              <th scope="col">Base, recycler’s thresholds ({overallText(checks.baseVerdict)})</th>
              <th scope="col">Review, reviewer’s thresholds ({overallText(checks.reviewVerdict)})</th>
              <th scope="col">Why (review case)</th>
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
