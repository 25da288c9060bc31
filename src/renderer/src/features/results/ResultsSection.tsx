import { lazy, Suspense, useMemo } from 'react'
import { dec } from '@shared/decimal'
import { missingInputs } from '@shared/format/completeness'
import { useModelResult } from '@renderer/model'
import { selectDoc, useAppStore, useDisplayUnit } from '@renderer/store'
import { Button } from '@renderer/ui'
import { useT } from '@renderer/i18n'
import { useExportProgress } from '../files/export-state'
import { exportExcel, saveProjectAs } from '../files/file-actions'
import { chartData } from './chart-data'
import { Checklist } from './Checklist'
import { DebtByTrancheCard } from './DebtByTrancheCard'
import { MissingLinks, ModelNoteItem } from './IncompleteNote'
import { modelNote } from './model-notes'
import { cardViews } from './metric-cards'
import { MetricCards } from './MetricCards'
import { StatementsView } from './StatementsView'
import { WaterfallTable } from './WaterfallTable'
import { Slotted } from './Slotted'
import './results.css'

// recharts is ~400 kB: load it with the first Results view, not with the app.
const ResultsCharts = lazy(() => import('./ResultsCharts'))

/** Results: headline cards, the bankability checklist, charts and the annual waterfall — following every edit. */
export function ResultsSection() {
  const doc = useAppStore(selectDoc)
  const live = useModelResult()
  const t = useT()
  const exporting = useExportProgress()
  const { result, resultDoc } = live
  const unit = useDisplayUnit(doc?.reportingCurrency ?? 'USD')
  const locale = useAppStore((s) => s.locale)
  const cards = useMemo(() => (result ? cardViews(result, unit, t, locale) : []), [result, unit, t, locale])
  const covenant = doc?.lender.minDscr ?? '0'
  const charts = useMemo(() => (result ? chartData(result, dec(covenant)) : null), [result, covenant])
  const missing = useMemo(() => (doc ? missingInputs(doc, result) : []), [doc, result])
  if (!doc) return null

  return (
    <div
      className="results"
      data-testid="results"
      data-state={live.stale ? 'stale' : live.status}
      data-latency-ms={live.latencyMs === null ? undefined : Math.round(live.latencyMs)}
      aria-busy={live.status === 'running'}
    >
      <div className="results-toolbar">
        <p className="results-status" role="status">
          {live.status === 'running' ? (
            <>
              <span className="spinner" aria-hidden="true" /> {t('results.updating')}
            </>
          ) : result && live.engineMs !== null ? (
            t('results.status', { periods: String(result.periods.length), months: String(result.periodMonths), ms: String(Math.round(live.engineMs)) })
          ) : null}
        </p>
        <div className="button-group">
          <Button onClick={() => void saveProjectAs()} title={t('results.saveAsTitle')}>
            {t('results.saveAs')}
          </Button>
          <Button variant="primary" onClick={() => void exportExcel()} disabled={!result || exporting !== null} title={t('results.exportExcelTitle')} data-testid="export-excel">
            {t(exporting ? 'results.exporting' : 'results.exportExcel')}
          </Button>
        </div>
      </div>

      {live.blocking.length > 0 && (
        <div className="banner banner-warning results-banner" role="status" data-testid="results-blocked">
          <span className="banner-message">
            <Slotted
              t={t}
              id="results.blocked"
              slots={{
                list: live.blocking.map((b, i) => (
                  <span key={b.path}>
                    {i > 0 && '; '}
                    {b.message}
                  </span>
                ))
              }}
            />
          </span>
        </div>
      )}
      {missing.length > 0 && (
        <div className="banner banner-warning results-banner" role="status" data-testid="results-incomplete">
          <span className="banner-message">
            <Slotted t={t} id="results.incomplete" slots={{ label: <strong>{t('results.incompleteLabel')}</strong>, missing: <MissingLinks projectId={doc.id} missing={missing} /> }} />
          </span>
        </div>
      )}
      {live.error && (
        <div className="banner banner-error results-banner" role="alert" data-testid="results-error">
          <span className="banner-message">{t(result ? 'results.errorShowingLast' : 'results.error', { error: live.error })}</span>
        </div>
      )}

      {!result ? (
        <p className="loading">{t(live.error ? 'results.noResults' : 'results.computing')}</p>
      ) : (
        <>
          <MetricCards cards={cards} provisional={missing.length > 0} />
          {result.issues.length > 0 && (
            <ul className="model-issues" aria-label={t('results.modelNotes')}>
              {result.issues.map((i) => (
                <ModelNoteItem key={`${i.code}:${i.path}`} projectId={doc.id} note={modelNote(i, result.currency, t, locale)} />
              ))}
            </ul>
          )}
          {resultDoc && <Checklist project={{ ...resultDoc, lender: doc.lender }} result={result} missing={missing} />}
          {resultDoc && <DebtByTrancheCard project={resultDoc} result={result} />}
          <h2 className="results-heading">{t('results.h.charts')}</h2>
          <Suspense fallback={<p className="loading">{t('results.loadingCharts')}</p>}>{charts && <ResultsCharts data={charts} currency={result.currency} unit={unit} />}</Suspense>
          <h2 className="results-heading">{t('results.h.waterfall')}</h2>
          <WaterfallTable result={result} />
          <h2 className="results-heading">{t('results.h.statements')}</h2>
          <StatementsView result={result} />
        </>
      )}
    </div>
  )
}
