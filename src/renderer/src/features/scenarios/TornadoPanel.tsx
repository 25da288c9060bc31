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

const TornadoChart = lazy(() => import('./AnalysisCharts').then((m) => ({ default: m.TornadoChart })))
const METRIC_LABEL = Object.fromEntries(TORNADO_METRICS.map((k) => [k, viewLabel(k)])) as Record<TornadoMetric, string>

/** Tornado: each driver down and up by a step (default ±10 %, per-driver override), debt held at base. */
export function TornadoPanel() {
  const doc = useDoc()
  const [step, setStep] = useState('0.1')
  const [overrides, setOverrides] = useState<Record<string, string>>({})
  const [metric, setMetric] = useState<TornadoMetric>('equityIrr')
  const job = useAnalysisJob('tornado')
  const drivers = driversFor(doc)
  const run = () => job.run({ kind: 'tornado', project: doc, settings: { step, stepOverrides: overrides, sortBy: metric } })
  return (
    <div className="analysis-panel">
      <Card title="Tornado">
        <p className="panel-note">Each driver alone moved down and up by its step (relative: interest 9 % ±10 % = 8.1 % / 9.9 %); every bar is a full model run with the debt held at the base case.</p>
        <div className="analysis-form">
          <NumberField label="Step (all drivers)" unit="%" percent value={step} onValue={(v) => v !== null && setStep(v)} hint="±, relative to each input" />
          <Select label="Sort and chart by" value={metric} onChange={setMetric} options={(Object.keys(METRIC_LABEL) as TornadoMetric[]).map((k) => ({ value: k, label: METRIC_LABEL[k] }))} />
        </div>
        <details className="overrides">
          <summary>Per-driver steps</summary>
          <div className="analysis-form">
            {drivers.map((d) => (
              <NumberField
                key={d.id} label={d.label} unit="%" percent allowEmpty placeholder={String(Number(step) * 100)} value={overrides[d.id] ?? null}
                onValue={(v) => setOverrides((o) => { const n = { ...o }; if (v === null) delete n[d.id]; else n[d.id] = v; return n })}
              />
            ))}
          </div>
        </details>
        <RunBar state={job.state} label="Run tornado" onRun={run} onCancel={job.cancel} testId="tornado" />
      </Card>
      {job.state.status === 'done' &&
        tornadoNotes(doc, job.state.output.result).map((n) => (
          <p key={n.driverId} className="panel-note analysis-explain" data-testid={`tornado-note-${n.driverId}`}>
            {n.text}
          </p>
        ))}
      {job.state.status === 'done' && <TornadoResultView rows={sortTornado(job.state.output.result.rows, metric)} base={job.state.output.result.base} metric={metric} currency={doc.reportingCurrency} />}
    </div>
  )
}

function TornadoResultView({ rows, base, metric, currency }: { rows: TornadoRow[]; base: TornadoRow['low']; metric: TornadoMetric; currency: Currency }) {
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
    { key: 'driver', header: 'Driver (step)', render: (r) => <span className="nowrap">{r.label} <span className="delta">±{(Number(r.step) * 100).toFixed(0)} %</span></span> },
    ...(['equityIrr', 'npv', 'minDscr'] as const).flatMap((m) => [
      { key: `${m}-low`, header: `${METRIC_LABEL[m]} −`, align: 'right' as const, numeric: true, render: (r: TornadoRow) => cell(r, 'low', m) },
      { key: `${m}-high`, header: `${METRIC_LABEL[m]} +`, align: 'right' as const, numeric: true, render: (r: TornadoRow) => cell(r, 'high', m) }
    ])
  ]
  return (
    <>
      <Card title={`${METRIC_LABEL[metric]}: change from base ${formatValue(b, unit, currency)}`}>
        <Suspense fallback={<p className="panel-empty">Loading chart…</p>}>
          <div data-testid="chart-tornado">
            <TornadoChart bars={bars} unit={unit} currency={currency} />
          </div>
        </Suspense>
      </Card>
      <Card title="Tornado table (sorted by swing)">
        <Table caption="Tornado" columns={cols} rows={rows} rowKey={(r) => r.driverId} rowProps={(r) => ({ 'data-testid': `tornado-row-${r.driverId}` })} />
      </Card>
    </>
  )
}
