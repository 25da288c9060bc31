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
import { INTL_LOCALE } from '@shared/i18n'
import { useT } from '@renderer/i18n'
import type { Translate } from '../results/translate'

const HistogramChart = lazy(() => import('./AnalysisCharts').then((m) => ({ default: m.HistogramChart })))

/** Monte Carlo: price paths (and optional volume/recovery and FX uncertainty), debt held at base; P10/P50/P90, breach probabilities, histograms, CSV. */
export function MonteCarloPanel() {
  const doc = useDoc()
  const job = useAnalysisJob('monteCarlo')
  const t = useT()
  // Settings and the last result are kept with the project (issue 17): restored on reload.
  const stored = useStoredMonteCarlo(doc, job.state.status === 'done' ? job.state.output.result : null)
  const { form, setForm } = stored
  const [formError, setFormError] = useState<string | null>(null)
  const run = () => {
    const s = toSettings(form, doc, t)
    if (typeof s === 'string') return setFormError(s)
    setFormError(null)
    job.run({ kind: 'monteCarlo', project: doc, settings: s })
  }
  const shown = job.state.status === 'done' ? job.state.output.result : job.state.status === 'idle' ? (stored.last?.result ?? null) : null
  return (
    <div className="analysis-panel">
      <Card title={t('scenarios.mc.title')} actions={<ExportWithAnalysisButton />}>
        <p className="panel-note">{t('scenarios.mc.note')}</p>
        <McSettingsForm project={doc} form={form} onChange={setForm} />
        {formError && <p className="field-error" role="alert">{formError}</p>}
        <RunBar state={job.state} label={t('scenarios.mc.run')} onRun={run} onCancel={job.cancel} testId="mc" idleHint={!stored.last} />
      </Card>
      {job.state.status === 'idle' && stored.last && <RestoredNote computedAt={stored.last.computedAt} stale={stored.last.stale} />}
      {shown && <McResultView r={shown} project={doc} t={t} />}
      <BreachSizingPanel mcForm={form} />
    </div>
  )
}

/** A result restored from the last session: when it ran, and whether the project changed since. */
function RestoredNote({ computedAt, stale }: { computedAt: string; stale: boolean }) {
  const t = useT()
  const locale = useAppStore((s) => s.locale)
  const when = new Date(computedAt).toLocaleString(INTL_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <p className={stale ? 'mc-restored stale' : 'mc-restored'} data-testid="mc-restored">
      {t(stale ? 'scenarios.mc.restoredStale' : 'scenarios.mc.restored', { when })}
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
  const t = useT()
  const go = () => {
    const { analysis, included, stale } = analysisFor(doc, t)
    const toast = getStore().getState().pushToast
    if (included.length === 0)
      return void toast({ tone: 'info', message: stale.length ? t('scenarios.mc.exportStale', { names: stale.join(', ') }) : t('scenarios.mc.exportNone') })
    if (stale.length) toast({ tone: 'info', message: t('scenarios.mc.leftOut', { names: stale.join(', ') }) })
    void exportExcel(undefined, analysis)
  }
  return (
    <Button size="sm" onClick={go} disabled={exporting !== null} title={t('scenarios.mc.exportTitle')} data-testid="mc-export-excel-analysis">
      {t('scenarios.mc.export')}
    </Button>
  )
}

function McResultView({ r, project, t }: { r: McResult; project: Project; t: Translate }) {
  const currency: Currency = project.reportingCurrency
  const name = project.name
  const saveFile = useAppStore((s) => s.saveFile)
  type Row = { key: McMetric }
  const stat = (k: McMetric, which: 'p10' | 'p50' | 'p90' | 'mean') => (
    <span data-testid={`mc-${which}-${k}`} title={formatValue(r.stats[k][which], METRIC_UNIT[k]!, currency)}>{formatValue(r.stats[k][which], METRIC_UNIT[k]!, currency, true)}</span>
  )
  const cols: Column<Row>[] = [
    { key: 'metric', header: t('scenarios.metric'), render: (x) => (x.key === 'npv' ? t('scenarios.metricIn', { metric: viewLabel(x.key, t), currency }) : viewLabel(x.key, t)) },
    { key: 'p10', header: 'P10', align: 'right', numeric: true, render: (x) => stat(x.key, 'p10') },
    { key: 'p50', header: 'P50', align: 'right', numeric: true, render: (x) => stat(x.key, 'p50') },
    { key: 'p90', header: 'P90', align: 'right', numeric: true, render: (x) => stat(x.key, 'p90') },
    { key: 'mean', header: t('scenarios.mc.mean'), align: 'right', numeric: true, render: (x) => stat(x.key, 'mean') },
    { key: 'base', header: t('scenarios.baseCase'), align: 'right', numeric: true, render: (x) => formatValue(r.base[x.key], METRIC_UNIT[x.key]!, currency, true) },
    { key: 'missing', header: t('scenarios.mc.missing'), align: 'right', numeric: true, render: (x) => r.stats[x.key].missing.toLocaleString('en-US') }
  ]
  const exportCsv = async () => {
    const bytes = new TextEncoder().encode(drawsCsv(r))
    await saveFile({ kind: 'csv', suggestedName: `${name.replace(/[^A-Za-z0-9 _-]/g, '').trim() || 'project'} - Monte Carlo draws.csv`, bytes })
  }
  const marks = (k: McMetric) => (['p10', 'p50', 'p90'] as const).flatMap((q) => (r.stats[k][q] === null ? [] : [{ value: r.stats[k][q]!, label: q.toUpperCase() }]))
  return (
    <>
      <Card title={t('scenarios.mc.results', { draws: r.settings.draws.toLocaleString('en-US'), seed: String(r.settings.seed) })} actions={<Button size="sm" onClick={() => void exportCsv()} data-testid="mc-export-csv">{t('scenarios.mc.exportCsv')}</Button>}>
        <div className="mc-probs">
          <div className="mc-prob" data-testid="mc-prob-covenant">
            <span className="mc-prob-value">{pct(r.probabilityBelowCovenant, 1)}</span>
            <span className="mc-prob-label">{t('scenarios.mc.pCovenant', { value: r.covenantDscr.toFixed(2) })}</span>
          </div>
          <div className="mc-prob" data-testid="mc-prob-one">
            <span className="mc-prob-value">{pct(r.probabilityBelowOne, 1)}</span>
            <span className="mc-prob-label">{t('scenarios.mc.pOne')}</span>
          </div>
        </div>
        <Table caption={t('scenarios.mc.caption')} columns={cols} rows={MC_METRICS.map((key) => ({ key }))} rowKey={(x) => x.key} />
        <McNoIrr r={r} />
      </Card>
      <McAssumptions project={project} settings={r.settings} />
      <div className="chart-pair">
        {(['npv', 'minDscr', 'equityIrr'] as const).map((k) => (
          <Card key={k} title={t('scenarios.mc.distribution', { metric: viewLabel(k, t), unit: k === 'npv' ? currency : METRIC_UNIT[k] === 'pct' ? '%' : 'x' })}>
            <Suspense fallback={<p className="panel-empty">{t('scenarios.loadingChart')}</p>}>
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
