import { lazy, Suspense, useState } from 'react'
import { useAppStore } from '@renderer/store'
import { Button, Card, Table, IconTrash, type Column } from '@renderer/ui'
import { presetScenario, PRESET_IDS, type PresetId } from '@shared/analysis/presets'
import { HEADLINE_KEYS, type HeadlineKey } from '@shared/analysis/plain'
import type { ScenarioColumn } from '@shared/analysis/compare'
import type { Currency } from '@shared/model'
import { freshId, useDoc, useReadOnly, EditButton, EditIconButton } from '../editors'
import { formatDelta, formatValue, METRIC_UNIT, plainNumber, reasonOf, viewLabel } from './format'
import { RunBar } from './RunBar'
import { ScenarioEditor } from './ScenarioEditor'
import { scenarioSummary } from './scenario-summary'
import { useAnalysisJob } from './use-analysis-job'

const DscrChart = lazy(() => import('./AnalysisCharts').then((m) => ({ default: m.DscrChart })))

const LABEL = Object.fromEntries(HEADLINE_KEYS.map((k) => [k, viewLabel(k)])) as Record<HeadlineKey, string>

/** Scenarios: the stored cases (ready-made and custom), their overrides, and a side-by-side comparison. */
export function ScenariosPanel() {
  const doc = useDoc()
  const applyEdit = useAppStore((s) => s.applyEdit)
  const readOnly = useReadOnly()
  const [open, setOpen] = useState<string | null>(null)
  const [chosen, setChosen] = useState<string[] | null>(null)
  const job = useAnalysisJob('compare')
  const selected = chosen ?? doc.scenarios.map((s) => s.id)

  const add = (preset: PresetId | null) => {
    const taken = doc.scenarios.map((s) => s.id)
    const base = preset ? presetScenario(preset) : { id: 'custom', name: `Custom ${doc.scenarios.length + 1}` }
    const id = taken.includes(base.id) ? freshId(base.id, taken) : base.id
    applyEdit(`Add ${base.name} scenario`, (d) => void d.scenarios.push({ ...base, id }))
    setOpen(id)
  }
  const remove = (id: string, name: string) => applyEdit(`Delete scenario ${name}`, (d) => void (d.scenarios = d.scenarios.filter((s) => s.id !== id)))
  const compare = () => job.run({ kind: 'compare', project: doc, scenarios: doc.scenarios.filter((s) => selected.includes(s.id)) })

  return (
    <div className="analysis-panel">
      <Card
        title="Scenarios"
        actions={
          <div className="button-group">
            {PRESET_IDS.map((id) => (
              <EditButton key={id} size="sm" onClick={() => add(id)} data-testid={`add-preset-${id}`}>
                Add {presetScenario(id).name.toLowerCase()}
              </EditButton>
            ))}
            <EditButton size="sm" onClick={() => add(null)} data-testid="add-custom-scenario">
              Add custom
            </EditButton>
          </div>
        }
      >
        <p className="panel-note">
          A scenario is a set of overrides on the project. Debt stays at the base case (amount and schedule) unless the scenario asks to re-size it.
          Downside: prices ×0.80, volumes ×0.90, capex ×1.15, opex ×1.10, +100 bp; upside the mirror.
        </p>
        {doc.scenarios.length === 0 ? (
          <p className="panel-empty">No scenarios yet — add the ready-made ones or a custom one.</p>
        ) : (
          <ul className="scenario-list">
            {doc.scenarios.map((s, i) => (
              <li key={s.id} className="scenario-item" data-testid={`scenario-${s.id}`}>
                <div className="scenario-head">
                  <label className="check">
                    <input
                      type="checkbox" checked={selected.includes(s.id)}
                      onChange={(e) => setChosen(e.target.checked ? [...selected, s.id] : selected.filter((x) => x !== s.id))}
                      aria-label={`Compare ${s.name}`}
                    />
                    <strong>{s.name}</strong>
                  </label>
                  <span className="scenario-summary">{scenarioSummary(s, doc)}</span>
                  {/* Opening a scenario's overrides is reading them: in review mode it says "View" and stays on. */}
                  <Button size="sm" variant="ghost" onClick={() => setOpen(open === s.id ? null : s.id)} aria-expanded={open === s.id}>
                    {open === s.id ? 'Close' : readOnly ? 'View' : 'Edit'}
                  </Button>
                  <EditIconButton label={`Delete scenario ${s.name}`} icon={<IconTrash />} tone="danger" onClick={() => remove(s.id, s.name)} />
                </div>
                {open === s.id && <ScenarioEditor index={i} />}
              </li>
            ))}
          </ul>
        )}
        <RunBar state={job.state} label="Compare scenarios" onRun={compare} onCancel={job.cancel} disabled={selected.length === 0} testId="compare" />
      </Card>
      {job.state.status === 'done' && <Comparison base={job.state.output.result.base} columns={job.state.output.result.columns} currency={doc.reportingCurrency} covenant={Number(job.state.output.result.covenantDscr)} />}
    </div>
  )
}

function Comparison({ base, columns, currency, covenant }: { base: ScenarioColumn; columns: ScenarioColumn[]; currency: Currency; covenant: number }) {
  type Row = { key: HeadlineKey }
  const shown = columns.some((c) => c.scenarioId === 'base') ? columns : [base, ...columns]
  const cols: Column<Row>[] = [
    { key: 'metric', header: 'Metric', render: (r) => `${LABEL[r.key]}${METRIC_UNIT[r.key] === 'money' ? ` (${currency})` : ''}` },
    // The base case first (issue 17: the comparison showed only differences, never what they differ from),
    // unless the ready-made "Base" scenario is one of the columns already.
    ...shown.map((c) => ({
      key: c === base ? 'base-case' : c.scenarioId, header: c === base ? 'Base case' : c.name, align: 'right' as const, numeric: true,
      render: (r: Row) => {
        const unit = METRIC_UNIT[r.key]!
        const m = c.metrics[r.key]
        const d = c.deltaToBase[r.key]
        return (
          <span title={reasonOf(m)} data-testid={`cmp-${c === base ? 'base-case' : c.scenarioId}-${r.key}`} className="nowrap">
            {formatValue(plainNumber(m), unit, currency)}
            {c !== base && <span className="delta"> {formatDelta(d === null ? null : Number(d), unit, currency)}</span>}
          </span>
        )
      }
    }))
  ]
  return (
    <>
      <Card title="Side by side (difference to base)">
        <Table caption="Scenario comparison" columns={cols} rows={HEADLINE_KEYS.map((key) => ({ key }))} rowKey={(r) => r.key} />
      </Card>
      <Card title="DSCR profile (x, per period with debt service)">
        <Suspense fallback={<p className="panel-empty">Loading chart…</p>}>
          <div data-testid="chart-dscr-scenarios">
            <DscrChart covenant={covenant} series={shown.map((c) => ({ name: c.name, points: c.dscrProfile.map((p) => ({ end: p.end, dscr: Number(p.dscr) })) }))} />
          </div>
        </Suspense>
      </Card>
    </>
  )
}
