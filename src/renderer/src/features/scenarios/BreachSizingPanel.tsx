import { lazy, Suspense, useState } from 'react'
import { Card, NumberField, Select } from '@renderer/ui'
import { chosenProbabilityText, millions, sizingSentence, targetText } from '@shared/analysis/breach-sizing/sentence'
import type { BreachSizingResult } from '@shared/analysis/breach-sizing/size-to-breach'
import { useDoc } from '../editors'
import { initialBreachForm, toBreachSettings, type BreachForm } from './breach-form'
import type { McForm } from './mc-form'
import { RunBar } from './RunBar'
import { useAnalysisJob } from './use-analysis-job'
import { useT } from '@renderer/i18n'

const BreachCurveChart = lazy(() => import('./AnalysisCharts').then((m) => ({ default: m.BreachCurveChart })))

/**
 * "Size to breach probability" (issue 19): the largest senior debt — the deterministic sizing scaled,
 * profile and tranche split held — meeting a breach-probability or P90 DSCR target on the Monte Carlo's
 * draws (settings above; draws and seed here), in the analysis worker with progress and cancel.
 */
export function BreachSizingPanel({ mcForm }: { mcForm: McForm }) {
  const doc = useDoc()
  const [form, setForm] = useState<BreachForm>(() => initialBreachForm(doc))
  const [formError, setFormError] = useState<string | null>(null)
  const job = useAnalysisJob('breachSizing')
  const t = useT()
  const set = <K extends keyof BreachForm>(k: K, v: BreachForm[K]) => setForm({ ...form, [k]: v })
  const run = () => {
    const s = toBreachSettings(form, mcForm, doc, t)
    if (typeof s === 'string') return setFormError(s)
    setFormError(null)
    job.run({ kind: 'breachSizing', project: doc, settings: s })
  }
  return (
    <>
      <Card title={t('scenarios.bs.title')}>
        <p className="panel-note">{t('scenarios.bs.note')}</p>
        <div className="analysis-form">
          <Select label={t('scenarios.bs.target')} value={form.target} onChange={(v) => set('target', v)} options={[{ value: 'probability', label: t('scenarios.bs.targetProbability') }, { value: 'p90', label: t('scenarios.bs.targetP90') }, { value: 'both', label: t('scenarios.bs.targetBoth') }]} />
          {form.target !== 'p90' && <NumberField label={t('scenarios.bs.probability')} unit="%" percent value={form.probability} onValue={(v) => v !== null && set('probability', v)} />}
          {form.target !== 'probability' && <NumberField label={t('scenarios.bs.covenant')} unit="x" value={form.covenant} onValue={(v) => v !== null && set('covenant', v)} />}
          <NumberField label={t('scenarios.bs.draws')} value={form.draws} onValue={(v) => v !== null && set('draws', v)} hint="1 – 50,000" />
          <NumberField label={t('scenarios.bs.seed')} value={form.seed} onValue={(v) => v !== null && set('seed', v)} hint={t('scenarios.mc.seedHint')} />
        </div>
        {formError && <p className="field-error" role="alert">{formError}</p>}
        <RunBar idleHint state={job.state} label={t('scenarios.bs.run')} onRun={run} onCancel={job.cancel} testId="bs" />
      </Card>
      {job.state.status === 'done' && <BreachResult r={job.state.output.result} />}
    </>
  )
}

function BreachResult({ r }: { r: BreachSizingResult }) {
  const c = r.currency
  const t = useT()
  return (
    <Card title={t('scenarios.bs.sizedTo', { target: targetText(r.target) })}>
      <p className="bs-sentence" data-testid="bs-sentence">{sizingSentence(r)}</p>
      <div className="mc-probs">
        <div className="mc-prob" data-testid="bs-chosen">
          <span className="mc-prob-value">{millions(c, r.chosen.amount)}</span>
          <span className="mc-prob-label">{chosenProbabilityText(r)}</span>
        </div>
        <div className="mc-prob" data-testid="bs-deterministic">
          <span className="mc-prob-value">{millions(c, r.deterministic.amount)}</span>
          <span className="mc-prob-label">{t('scenarios.bs.deterministic', { mode: t(r.deterministic.sizingMode === 'gearing' ? 'scenarios.bs.mode.gearing' : 'scenarios.bs.mode.sculpted'), pct: (r.deterministic.point.breachProbability * 100).toFixed(1) })}</span>
        </div>
      </div>
      {r.nonMonotone.length > 0 && <p className="panel-note">{t('scenarios.bs.nonMonotone', { count: r.nonMonotone.length })}</p>}
      <Suspense fallback={<p className="panel-empty">{t('scenarios.loadingChart')}</p>}>
        <div data-testid="chart-bs-curve">
          <BreachCurveChart result={r} />
        </div>
      </Suspense>
    </Card>
  )
}
