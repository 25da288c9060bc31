import { lazy, Suspense, useState } from 'react'
import { useAppStore } from '@renderer/store'
import { useT } from '@renderer/i18n'
import type { MessageKey } from '@shared/i18n'
import type { Translate } from '../results/translate'
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

const ADD: Record<PresetId, MessageKey> = { base: 'scenarios.list.add.base', downside: 'scenarios.list.add.downside', upside: 'scenarios.list.add.upside' }
/** A ready-made scenario is named in the language it is added in (the English names are the presets'; a test holds them equal). */
const PRESET_NAME: Record<PresetId, MessageKey> = { base: 'scenarios.preset.base', downside: 'scenarios.preset.downside', upside: 'scenarios.preset.upside' }

/** Scenarios: the stored cases (ready-made and custom), their overrides, and a side-by-side comparison. */
export function ScenariosPanel() {
  const doc = useDoc()
  const applyEdit = useAppStore((s) => s.applyEdit)
  const readOnly = useReadOnly()
  const [open, setOpen] = useState<string | null>(null)
  const [chosen, setChosen] = useState<string[] | null>(null)
  const job = useAnalysisJob('compare')
  const t = useT()
  const selected = chosen ?? doc.scenarios.map((s) => s.id)

  const add = (preset: PresetId | null) => {
    const taken = doc.scenarios.map((s) => s.id)
    const base = preset ? { ...presetScenario(preset), name: t(PRESET_NAME[preset]) } : { id: 'custom', name: t('scenarios.list.customName', { n: String(doc.scenarios.length + 1) }) }
    const id = taken.includes(base.id) ? freshId(base.id, taken) : base.id
    applyEdit(t('scenarios.list.undoAdd', { name: base.name }), (d) => void d.scenarios.push({ ...base, id }))
    setOpen(id)
  }
  const remove = (id: string, name: string) => applyEdit(t('scenarios.list.delete', { name }), (d) => void (d.scenarios = d.scenarios.filter((s) => s.id !== id)))
  const compare = () => job.run({ kind: 'compare', project: doc, scenarios: doc.scenarios.filter((s) => selected.includes(s.id)) })

  return (
    <div className="analysis-panel">
      <Card
        title={t('scenarios.list.title')}
        actions={
          <div className="button-group">
            {PRESET_IDS.map((id) => (
              <EditButton key={id} size="sm" onClick={() => add(id)} data-testid={`add-preset-${id}`}>
                {t(ADD[id])}
              </EditButton>
            ))}
            <EditButton size="sm" onClick={() => add(null)} data-testid="add-custom-scenario">
              {t('scenarios.list.addCustom')}
            </EditButton>
          </div>
        }
      >
        <p className="panel-note">
          {t('scenarios.list.note')}
        </p>
        {doc.scenarios.length === 0 ? (
          <p className="panel-empty">{t('scenarios.list.empty')}</p>
        ) : (
          <ul className="scenario-list">
            {doc.scenarios.map((s, i) => (
              <li key={s.id} className="scenario-item" data-testid={`scenario-${s.id}`}>
                <div className="scenario-head">
                  <label className="check">
                    <input
                      type="checkbox" checked={selected.includes(s.id)}
                      onChange={(e) => setChosen(e.target.checked ? [...selected, s.id] : selected.filter((x) => x !== s.id))}
                      aria-label={t('scenarios.list.compareOne', { name: s.name })}
                    />
                    <strong>{s.name}</strong>
                  </label>
                  <span className="scenario-summary">{scenarioSummary(s, doc, t)}</span>
                  {/* Opening a scenario's overrides is reading them: in review mode it says "View" and stays on. */}
                  <Button size="sm" variant="ghost" onClick={() => setOpen(open === s.id ? null : s.id)} aria-expanded={open === s.id}>
                    {t(open === s.id ? 'scenarios.list.close' : readOnly ? 'scenarios.list.view' : 'scenarios.list.edit')}
                  </Button>
                  <EditIconButton label={t('scenarios.list.delete', { name: s.name })} icon={<IconTrash />} tone="danger" onClick={() => remove(s.id, s.name)} />
                </div>
                {open === s.id && <ScenarioEditor index={i} />}
              </li>
            ))}
          </ul>
        )}
        <RunBar state={job.state} label={t('scenarios.list.run')} onRun={compare} onCancel={job.cancel} disabled={selected.length === 0} testId="compare" />
      </Card>
      {job.state.status === 'done' && <Comparison base={job.state.output.result.base} columns={job.state.output.result.columns} currency={doc.reportingCurrency} covenant={Number(job.state.output.result.covenantDscr)} t={t} />}
    </div>
  )
}

function Comparison({ base, columns, currency, covenant, t }: { base: ScenarioColumn; columns: ScenarioColumn[]; currency: Currency; covenant: number; t: Translate }) {
  type Row = { key: HeadlineKey }
  const shown = columns.some((c) => c.scenarioId === 'base') ? columns : [base, ...columns]
  const cols: Column<Row>[] = [
    { key: 'metric', header: t('scenarios.metric'), render: (r) => (METRIC_UNIT[r.key] === 'money' ? t('scenarios.metricIn', { metric: viewLabel(r.key, t), currency }) : viewLabel(r.key, t)) },
    // The base case first (issue 17: the comparison showed only differences, never what they differ from),
    // unless the ready-made "Base" scenario is one of the columns already.
    ...shown.map((c) => ({
      key: c === base ? 'base-case' : c.scenarioId, header: c === base ? t('scenarios.baseCase') : c.name, align: 'right' as const, numeric: true,
      render: (r: Row) => {
        const unit = METRIC_UNIT[r.key]!
        const m = c.metrics[r.key]
        const d = c.deltaToBase[r.key]
        return (
          <span title={reasonOf(m)} data-testid={`cmp-${c === base ? 'base-case' : c.scenarioId}-${r.key}`} className="nowrap">
            {formatValue(plainNumber(m), unit, currency, false, t)}
            {c !== base && <span className="delta"> {formatDelta(d === null ? null : Number(d), unit, currency, t)}</span>}
          </span>
        )
      }
    }))
  ]
  return (
    <>
      <Card title={t('scenarios.cmp.title')}>
        <Table caption={t('scenarios.cmp.caption')} columns={cols} rows={HEADLINE_KEYS.map((key) => ({ key }))} rowKey={(r) => r.key} />
      </Card>
      <Card title={t('scenarios.cmp.dscr')}>
        <Suspense fallback={<p className="panel-empty">{t('scenarios.loadingChart')}</p>}>
          <div data-testid="chart-dscr-scenarios">
            <DscrChart covenant={covenant} series={shown.map((c) => ({ name: c.name, points: c.dscrProfile.map((p) => ({ end: p.end, dscr: Number(p.dscr) })) }))} />
          </div>
        </Suspense>
      </Card>
    </>
  )
}
