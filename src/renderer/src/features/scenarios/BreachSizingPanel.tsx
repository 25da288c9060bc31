import { lazy, Suspense, useState } from 'react'
import { Card, NumberField, Select } from '@renderer/ui'
import { chosenProbabilityText, millions, sizingSentence, targetText } from '@shared/analysis/breach-sizing/sentence'
import type { BreachSizingResult } from '@shared/analysis/breach-sizing/size-to-breach'
import { useDoc } from '../editors'
import { initialBreachForm, toBreachSettings, type BreachForm } from './breach-form'
import type { McForm } from './mc-form'
import { RunBar } from './RunBar'
import { useAnalysisJob } from './use-analysis-job'

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
  const set = <K extends keyof BreachForm>(k: K, v: BreachForm[K]) => setForm({ ...form, [k]: v })
  const run = () => {
    const s = toBreachSettings(form, mcForm, doc)
    if (typeof s === 'string') return setFormError(s)
    setFormError(null)
    job.run({ kind: 'breachSizing', project: doc, settings: s })
  }
  return (
    <>
      <Card title="Size to breach probability">
        <p className="panel-note">
          The largest senior debt whose minimum DSCR over the loan life stays above the target on the same draws at every amount: the deterministic sizing’s
          drawdowns and repayment schedule scaled, profile and tranche split as entered. Price process, volatilities, correlation and FX are the Monte Carlo
          settings above.
        </p>
        <div className="analysis-form">
          <Select label="Target" value={form.target} onChange={(v) => set('target', v)} options={[{ value: 'probability', label: 'P(min DSCR < 1.00x) at most' }, { value: 'p90', label: 'P90 min DSCR at least' }, { value: 'both', label: 'Both' }]} />
          {form.target !== 'p90' && <NumberField label="Breach probability" unit="%" percent value={form.probability} onValue={(v) => v !== null && set('probability', v)} />}
          {form.target !== 'probability' && <NumberField label="P90 covenant" unit="x" value={form.covenant} onValue={(v) => v !== null && set('covenant', v)} />}
          <NumberField label="Sizing draws" value={form.draws} onValue={(v) => v !== null && set('draws', v)} hint="1 – 50,000" />
          <NumberField label="Sizing seed" value={form.seed} onValue={(v) => v !== null && set('seed', v)} hint="same seed, same draws" />
        </div>
        {formError && <p className="field-error" role="alert">{formError}</p>}
        <RunBar state={job.state} label="Size debt" onRun={run} onCancel={job.cancel} testId="bs" />
      </Card>
      {job.state.status === 'done' && <BreachResult r={job.state.output.result} />}
    </>
  )
}

function BreachResult({ r }: { r: BreachSizingResult }) {
  const c = r.currency
  return (
    <Card title={`Sized to ${targetText(r.target)}`}>
      <p className="bs-sentence" data-testid="bs-sentence">{sizingSentence(r)}</p>
      <div className="mc-probs">
        <div className="mc-prob" data-testid="bs-chosen">
          <span className="mc-prob-value">{millions(c, r.chosen.amount)}</span>
          <span className="mc-prob-label">{chosenProbabilityText(r)}</span>
        </div>
        <div className="mc-prob" data-testid="bs-deterministic">
          <span className="mc-prob-value">{millions(c, r.deterministic.amount)}</span>
          <span className="mc-prob-label">deterministic sizing ({r.deterministic.sizingMode}): P(min DSCR &lt; 1.00x) {(r.deterministic.point.breachProbability * 100).toFixed(1)} % on the same draws</span>
        </div>
      </div>
      {r.nonMonotone.length > 0 && <p className="panel-note">The curve is not monotone above the first miss ({r.nonMonotone.length} point(s) meet the target again); the answer stays below every miss.</p>}
      <Suspense fallback={<p className="panel-empty">Loading chart…</p>}>
        <div data-testid="chart-bs-curve">
          <BreachCurveChart result={r} />
        </div>
      </Suspense>
    </Card>
  )
}
