import { lazy, Suspense, useMemo } from 'react'
import { dec } from '@shared/decimal'
import { missingInputs } from '@shared/format/completeness'
import { useModelResult } from '@renderer/model'
import { selectDoc, useAppStore, useDisplayUnit } from '@renderer/store'
import { Button } from '@renderer/ui'
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
import './results.css'

// recharts is ~400 kB: load it with the first Results view, not with the app.
const ResultsCharts = lazy(() => import('./ResultsCharts'))

/** Results: headline cards, the bankability checklist, charts and the annual waterfall — following every edit. */
export function ResultsSection() {
  const doc = useAppStore(selectDoc)
  const live = useModelResult()
  const exporting = useExportProgress()
  const { result, resultDoc } = live
  const unit = useDisplayUnit(doc?.reportingCurrency ?? 'USD')
  const cards = useMemo(() => (result ? cardViews(result, unit) : []), [result, unit])
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
              <span className="spinner" aria-hidden="true" /> Updating…
            </>
          ) : result && live.engineMs !== null ? (
            `${result.periods.length} periods of ${result.periodMonths} months · computed in ${Math.round(live.engineMs)} ms`
          ) : null}
        </p>
        <div className="button-group">
          <Button onClick={() => void saveProjectAs()} title="Save the project as a file to share (Ctrl+Shift+S)">
            Save as…
          </Button>
          <Button variant="primary" onClick={() => void exportExcel()} disabled={!result || exporting !== null} title="Export the live Excel model (Ctrl+E)" data-testid="export-excel">
            {exporting ? 'Exporting…' : 'Export Excel'}
          </Button>
        </div>
      </div>

      {live.blocking.length > 0 && (
        <div className="banner banner-warning results-banner" role="status" data-testid="results-blocked">
          <span className="banner-message">
            Showing results for the last valid inputs — not applied:{' '}
            {live.blocking.map((b, i) => (
              <span key={b.path}>
                {i > 0 && '; '}
                {b.message}
              </span>
            ))}
          </span>
        </div>
      )}
      {missing.length > 0 && (
        <div className="banner banner-warning results-banner" role="status" data-testid="results-incomplete">
          <span className="banner-message">
            <strong>Incomplete:</strong> <MissingLinks projectId={doc.id} missing={missing} />. The figures below follow the inputs so far and are not graded until
            these are entered.
          </span>
        </div>
      )}
      {live.error && (
        <div className="banner banner-error results-banner" role="alert" data-testid="results-error">
          <span className="banner-message">The model could not run on the latest inputs{result ? ' — showing the last results that did' : ''}: {live.error}</span>
        </div>
      )}

      {!result ? (
        <p className="loading">{live.error ? 'No results yet.' : 'Computing results…'}</p>
      ) : (
        <>
          <MetricCards cards={cards} provisional={missing.length > 0} />
          {result.issues.length > 0 && (
            <ul className="model-issues" aria-label="Model notes">
              {result.issues.map((i) => (
                <ModelNoteItem key={`${i.code}:${i.path}`} projectId={doc.id} note={modelNote(i, result.currency)} />
              ))}
            </ul>
          )}
          {resultDoc && <Checklist project={{ ...resultDoc, lender: doc.lender }} result={result} missing={missing} />}
          {resultDoc && <DebtByTrancheCard project={resultDoc} result={result} />}
          <h2 className="results-heading">Charts</h2>
          <Suspense fallback={<p className="loading">Loading charts…</p>}>{charts && <ResultsCharts data={charts} currency={result.currency} unit={unit} />}</Suspense>
          <h2 className="results-heading">Annual cash-flow waterfall</h2>
          <WaterfallTable result={result} />
          <h2 className="results-heading">Statements</h2>
          <StatementsView result={result} />
        </>
      )}
    </div>
  )
}
