import { Button } from '@renderer/ui'
import { useT } from '@renderer/i18n'
import type { JobState } from './use-analysis-job'

/** Run / Cancel with a progress bar and the outcome line; `label` names what runs ("Run simulation"). */
export function RunBar({ state, label, onRun, onCancel, disabled, testId, idleHint = false }: {
  state: JobState<'compare' | 'tornado' | 'breakeven' | 'monteCarlo' | 'breachSizing' | 'exposure' | 'jointStress'>
  label: string
  onRun: () => void
  onCancel: () => void
  disabled?: boolean
  testId: string
  /** Say how to get a result while there is none (#17): the panel is otherwise blank until a run. */
  idleHint?: boolean
}) {
  const t = useT()
  const running = state.status === 'running'
  const pct = running && state.progress ? Math.round((100 * state.progress.done) / Math.max(1, state.progress.total)) : 0
  return (
    <div className="run-bar" data-testid={`${testId}-runbar`}>
      <Button variant="primary" onClick={onRun} disabled={running || disabled} data-testid={`${testId}-run`}>
        {label}
      </Button>
      {running && (
        <>
          <div className="progress" role="progressbar" aria-label={t('scenarios.run.progress', { label })} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} data-testid={`${testId}-progress`}>
            <div className="progress-fill" style={{ width: `${pct}%` }} />
          </div>
          <span className="run-status">{state.progress ? `${state.progress.done.toLocaleString('en-US')} / ${state.progress.total.toLocaleString('en-US')}` : t('scenarios.run.starting')}</span>
          <Button onClick={onCancel} data-testid={`${testId}-cancel`}>
            {t('scenarios.run.cancel')}
          </Button>
        </>
      )}
      {state.status === 'cancelled' && <span className="run-status" role="status" data-testid={`${testId}-cancelled`}>{t('scenarios.run.cancelled')}</span>}
      {state.status === 'error' && <span className="run-status run-error" role="alert" data-testid={`${testId}-error`}>{state.message}</span>}
      {state.status === 'done' && <span className="run-status" data-testid={`${testId}-done`}>{t('scenarios.run.done', { seconds: (state.elapsedMs / 1000).toFixed(1) })}</span>}
      {idleHint && state.status === 'idle' && <span className="run-status" data-testid={`${testId}-idle`}>{t('scenarios.notRun', { run: label })}</span>}
    </div>
  )
}
