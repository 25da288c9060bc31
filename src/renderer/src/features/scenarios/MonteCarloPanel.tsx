import { lazy, Suspense, useState } from 'react'
import { getStore, useAppStore } from '@renderer/store'
import { Button, Card, Table, type Column } from '@renderer/ui'
import { MC_METRICS, type McMetric, type McResult } from '@shared/analysis/monte-carlo/simulate'
import { drawsCsv } from '@shared/analysis/monte-carlo/draws-table'
import type { Currency, Project } from '@shared/model'
import { useDoc } from '../editors'
import { useExportProgress } from '../files/export-state'
import { exportExcel } from '../files/file-actions'
import { formatValue, METRIC_UNIT, pct, viewLabel } from './format'
import { analysisFor } from './last-results'
import { McSettingsForm } from './McSettingsForm'
import { toSettings } from './mc-form'
import { McAssumptions, McNoIrr } from './McExplain'
import { RunBar } from './RunBar'
import { BreachSizingPanel } from './BreachSizingPanel'
import { useAnalysisJob } from './use-analysis-job'
import { useStoredMonteCarlo } from './use-stored-monte-carlo'

const HistogramChart = lazy(() => import('./AnalysisCharts').then((m) => ({ default: m.HistogramChart })))
const LABEL = Object.fromEntries(MC_METRICS.map((k) => [k, viewLabel(k)])) as Record<McMetric, string>

/** Monte Carlo: price paths (and optional volume/recovery and FX uncertainty), debt held at base; P10/P50/P90, breach probabilities, histograms, CSV. */
export function MonteCarloPanel() {
  const doc = useDoc()
  const job = useAnalysisJob('monteCarlo')
  // Settings and the last result are kept with the project (issue 17): restored on reload.
  const stored = useStoredMonteCarlo(doc, job.state.status === 'done' ? job.state.output.result : null)
  const { form, setForm } = stored
  const [formError, setFormError] = useState<string | null>(null)
  const run = () => {
    const s = toSettings(form, doc)
    if (typeof s === 'string') return setFormError(s)
    setFormError(null)
    job.run({ kind: 'monteCarlo', project: doc, settings: s })
  }
  const shown = job.state.status === 'done' ? job.state.output.result : job.state.status === 'idle' ? (stored.last?.result ?? null) : null
  return (
    <div className="analysis-panel">
      <Card title="Monte Carlo" actions={<ExportWithAnalysisButton />}>
        <p className="panel-note">
          Prices follow random paths per product and calendar year around the deck (mean-preserving), correlated through the matrix; FX, when on, follows a random
          walk per currency around the FX table from the year after construction. The debt stays as sized in the base case, in each tranche’s currency: FX moves
          what an unhedged foreign-currency tranche costs, not a hedged one.
        </p>
        <McSettingsForm project={doc} form={form} onChange={setForm} />
        {formError && <p className="field-error" role="alert">{formError}</p>}
        <RunBar state={job.state} label="Run simulation" onRun={run} onCancel={job.cancel} testId="mc" />
      </Card>
      {job.state.status === 'idle' && stored.last && <RestoredNote computedAt={stored.last.computedAt} stale={stored.last.stale} />}
      {shown && <McResultView r={shown} project={doc} />}
      <BreachSizingPanel mcForm={form} />
    </div>
  )
}

/** A result restored from the last session: when it ran, and whether the project changed since. */
function RestoredNote({ computedAt, stale }: { computedAt: string; stale: boolean }) {
  const when = new Date(computedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <p className={stale ? 'mc-restored stale' : 'mc-restored'} data-testid="mc-restored">
      {stale ? `Last run ${when}, on an earlier version of the project: run it again to see the current inputs.` : `Last run ${when}, on the project as it is now.`}
    </p>
  )
}

/**
 * The Excel model plus value sheets of every analysis last run on this very document (scenarios,
 * tornado, breakeven, Monte Carlo with its draws); results from before an edit are left out, and said so.
 */
function ExportWithAnalysisButton() {
  const doc = useDoc()
  const exporting = useExportProgress()
  const go = () => {
    const { analysis, included, stale } = analysisFor(doc)
    const toast = getStore().getState().pushToast
    if (included.length === 0)
      return void toast({ tone: 'info', message: stale.length ? `Run the analyses again first: the project changed since the ${stale.join(', ')} ran.` : 'Run an analysis first (scenarios, tornado, breakeven, Monte Carlo or breach sizing), then export it with the Excel model.' })
    if (stale.length) toast({ tone: 'info', message: `Left out (the project changed since they ran): ${stale.join(', ')}.` })
    void exportExcel(undefined, analysis)
  }
  return (
    <Button size="sm" onClick={go} disabled={exporting !== null} title="The live Excel model plus the last analysis results as values-only sheets" data-testid="mc-export-excel-analysis">
      Export Excel with analysis
    </Button>
  )
}

function McResultView({ r, project }: { r: McResult; project: Project }) {
  const currency: Currency = project.reportingCurrency
  const name = project.name
  const saveFile = useAppStore((s) => s.saveFile)
  type Row = { key: McMetric }
  const stat = (k: McMetric, which: 'p10' | 'p50' | 'p90' | 'mean') => (
    <span data-testid={`mc-${which}-${k}`} title={formatValue(r.stats[k][which], METRIC_UNIT[k]!, currency)}>{formatValue(r.stats[k][which], METRIC_UNIT[k]!, currency, true)}</span>
  )
  const cols: Column<Row>[] = [
    { key: 'metric', header: 'Metric', render: (x) => `${LABEL[x.key]}${x.key === 'npv' ? ` (${currency})` : ''}` },
    { key: 'p10', header: 'P10', align: 'right', numeric: true, render: (x) => stat(x.key, 'p10') },
    { key: 'p50', header: 'P50', align: 'right', numeric: true, render: (x) => stat(x.key, 'p50') },
    { key: 'p90', header: 'P90', align: 'right', numeric: true, render: (x) => stat(x.key, 'p90') },
    { key: 'mean', header: 'Mean', align: 'right', numeric: true, render: (x) => stat(x.key, 'mean') },
    { key: 'base', header: 'Base case', align: 'right', numeric: true, render: (x) => formatValue(r.base[x.key], METRIC_UNIT[x.key]!, currency, true) },
    { key: 'missing', header: 'No value (draws)', align: 'right', numeric: true, render: (x) => r.stats[x.key].missing.toLocaleString('en-US') }
  ]
  const exportCsv = async () => {
    const bytes = new TextEncoder().encode(drawsCsv(r))
    await saveFile({ kind: 'csv', suggestedName: `${name.replace(/[^A-Za-z0-9 _-]/g, '').trim() || 'project'} - Monte Carlo draws.csv`, bytes })
  }
  const marks = (k: McMetric) => (['p10', 'p50', 'p90'] as const).flatMap((q) => (r.stats[k][q] === null ? [] : [{ value: r.stats[k][q]!, label: q.toUpperCase() }]))
  return (
    <>
      <Card title={`Results — ${r.settings.draws.toLocaleString('en-US')} draws, seed ${r.settings.seed}`} actions={<Button size="sm" onClick={() => void exportCsv()} data-testid="mc-export-csv">Export draws (CSV)</Button>}>
        <div className="mc-probs">
          <div className="mc-prob" data-testid="mc-prob-covenant">
            <span className="mc-prob-value">{pct(r.probabilityBelowCovenant, 1)}</span>
            <span className="mc-prob-label">P(min DSCR &lt; covenant {r.covenantDscr.toFixed(2)}x)</span>
          </div>
          <div className="mc-prob" data-testid="mc-prob-one">
            <span className="mc-prob-value">{pct(r.probabilityBelowOne, 1)}</span>
            <span className="mc-prob-label">P(min DSCR &lt; 1.00x)</span>
          </div>
        </div>
        <Table caption="Monte Carlo percentiles" columns={cols} rows={MC_METRICS.map((key) => ({ key }))} rowKey={(x) => x.key} />
        <McNoIrr r={r} />
      </Card>
      <McAssumptions project={project} settings={r.settings} />
      <div className="chart-pair">
        {(['npv', 'minDscr', 'equityIrr'] as const).map((k) => (
          <Card key={k} title={`${LABEL[k]} distribution (${k === 'npv' ? currency : METRIC_UNIT[k] === 'pct' ? '%' : 'x'})`}>
            <Suspense fallback={<p className="panel-empty">Loading chart…</p>}>
              <div data-testid={`chart-mc-${k}`}>
                <HistogramChart bins={r.stats[k].histogram} unit={METRIC_UNIT[k]!} currency={currency} marks={marks(k)} />
              </div>
            </Suspense>
          </Card>
        ))}
      </div>
    </>
  )
}
