import { lazy, Suspense, useState } from 'react'
import { Card, NumberField, Select, Table, type Column } from '@renderer/ui'
import { driversFor } from '@shared/analysis/drivers'
import { sortTornado, TORNADO_METRICS, type TornadoMetric, type TornadoRow } from '@shared/analysis/tornado'
import { tornadoNotes } from '@shared/analysis/tornado-notes'
import type { Currency } from '@shared/model'
import { useDoc } from '../editors'
import { formatValue, METRIC_UNIT, plainNumber, viewLabel } from './format'
import { RunBar } from './RunBar'
import { useAnalysisJob } from './use-analysis-job'
import { useT } from '@renderer/i18n'
import type { Translate } from '../results/translate'
import { useAppStore } from '@renderer/store'
import { driverIdLabelText } from '@shared/analysis/localized'

const TornadoChart = lazy(() => import('./AnalysisCharts').then((m) => ({ default: m.TornadoChart })))

/** Tornado: each driver down and up by a step (default ±10 %, per-driver override), debt held at base. */
export function TornadoPanel() {
  const doc = useDoc()
  const [step, setStep] = useState('0.1')
  const [overrides, setOverrides] = useState<Record<string, string>>({})
  const [metric, setMetric] = useState<TornadoMetric>('equityIrr')
  const job = useAnalysisJob('tornado')
  const t = useT()
  const locale = useAppStore((s) => s.locale)
  // The drivers' names in the reader's language; the analysis keeps its English labels.
  const name = (d: { id: string; label: string }) => driverIdLabelText(d, doc.products, locale)
  const drivers = driversFor(doc)
  const run = () => job.run({ kind: 'tornado', project: doc, settings: { step, stepOverrides: overrides, sortBy: metric } })
  return (
    <div className="analysis-panel">
      <Card title={t('scenarios.tornado.title')}>
        <p className="panel-note">{t('scenarios.tornado.note')}</p>
        <div className="analysis-form">
          <NumberField label={t('scenarios.tornado.step')} unit="%" percent value={step} onValue={(v) => v !== null && setStep(v)} hint={t('scenarios.tornado.stepHint')} />
          <Select label={t('scenarios.tornado.sortBy')} value={metric} onChange={setMetric} options={TORNADO_METRICS.map((k) => ({ value: k, label: viewLabel(k, t) }))} />
        </div>
        <details className="overrides">
          <summary>{t('scenarios.tornado.perDriver')}</summary>
          <div className="analysis-form">
            {drivers.map((d) => (
              <NumberField
                key={d.id} label={name(d)} unit="%" percent allowEmpty placeholder={String(Number(step) * 100)} value={overrides[d.id] ?? null}
                onValue={(v) => setOverrides((o) => { const n = { ...o }; if (v === null) delete n[d.id]; else n[d.id] = v; return n })}
              />
            ))}
          </div>
        </details>
        <RunBar state={job.state} label={t('scenarios.tornado.run')} onRun={run} onCancel={job.cancel} testId="tornado" idleHint />
      </Card>
      {job.state.status === 'done' &&
        tornadoNotes(doc, job.state.output.result).map((n) => (
          <p key={n.driverId} className="panel-note analysis-explain" data-testid={`tornado-note-${n.driverId}`}>
            {n.text}
          </p>
        ))}
      {job.state.status === 'done' && <TornadoResultView rows={sortTornado(job.state.output.result.rows, metric).map((r) => ({ ...r, label: name({ id: r.driverId, label: r.label }) }))} base={job.state.output.result.base} metric={metric} currency={doc.reportingCurrency} t={t} />}
    </div>
  )
}

function TornadoResultView({ rows, base, metric, currency, t }: { rows: TornadoRow[]; base: TornadoRow['low']; metric: TornadoMetric; currency: Currency; t: Translate }) {
  const unit = METRIC_UNIT[metric]!
  const b = plainNumber(base[metric])
  const bars = rows
    .filter((r) => r.low[metric].ok && r.high[metric].ok && b !== null)
    .map((r) => ({ label: r.label, low: plainNumber(r.low[metric])! - b!, high: plainNumber(r.high[metric])! - b!, lowText: '', highText: '' }))
  const cell = (r: TornadoRow, side: 'low' | 'high', m: TornadoMetric) => {
    const x = plainNumber(r[side][m])
    return <span title={formatValue(x, METRIC_UNIT[m]!, currency)}>{formatValue(x, METRIC_UNIT[m]!, currency, true)}</span>
  }
  const cols: Column<TornadoRow>[] = [
    { key: 'driver', header: t('scenarios.tornado.driver'), render: (r) => <span className="nowrap">{r.label} <span className="delta">±{(Number(r.step) * 100).toFixed(0)} %</span></span> },
    ...(['equityIrr', 'npv', 'minDscr'] as const).flatMap((m) => [
      { key: `${m}-low`, header: `${viewLabel(m, t)} −`, align: 'right' as const, numeric: true, render: (r: TornadoRow) => cell(r, 'low', m) },
      { key: `${m}-high`, header: `${viewLabel(m, t)} +`, align: 'right' as const, numeric: true, render: (r: TornadoRow) => cell(r, 'high', m) }
    ])
  ]
  return (
    <>
      <Card title={t('scenarios.tornado.chartTitle', { metric: viewLabel(metric, t), base: formatValue(b, unit, currency) })}>
        <Suspense fallback={<p className="panel-empty">{t('scenarios.loadingChart')}</p>}>
          <div data-testid="chart-tornado">
            <TornadoChart bars={bars} unit={unit} currency={currency} />
          </div>
        </Suspense>
      </Card>
      <Card title={t('scenarios.tornado.table')}>
        <Table caption={t('scenarios.tornado.title')} columns={cols} rows={rows} rowKey={(r) => r.driverId} rowProps={(r) => ({ 'data-testid': `tornado-row-${r.driverId}` })} />
      </Card>
    </>
  )
}
