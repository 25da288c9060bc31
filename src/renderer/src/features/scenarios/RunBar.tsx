import { Button } from '@renderer/ui'
import type { JobState } from './use-analysis-job'

/** Run / Cancel with a progress bar and the outcome line; `label` names what runs ("Run simulation"). */
export function RunBar({ state, label, onRun, onCancel, disabled, testId }: {
  state: JobState<'compare' | 'tornado' | 'breakeven' | 'monteCarlo' | 'breachSizing' | 'exposure' | 'jointStress'>
  label: string
  onRun: () => void
  onCancel: () => void
  disabled?: boolean
  testId: string
}) {
  const running = state.status === 'running'
  const pct = running && state.progress ? Math.round((100 * state.progress.done) / Math.max(1, state.progress.total)) : 0
  return (
    <div className="run-bar" data-testid={`${testId}-runbar`}>
      <Button variant="primary" onClick={onRun} disabled={running || disabled} data-testid={`${testId}-run`}>
        {label}
      </Button>
      {running && (
        <>
          <div className="progress" role="progressbar" aria-label={`${label}: progress`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} data-testid={`${testId}-progress`}>
            <div className="progress-fill" style={{ width: `${pct}%` }} />
          </div>
          <span className="run-status">{state.progress ? `${state.progress.done.toLocaleString('en-US')} / ${state.progress.total.toLocaleString('en-US')}` : 'starting…'}</span>
          <Button onClick={onCancel} data-testid={`${testId}-cancel`}>
            Cancel
          </Button>
        </>
      )}
      {state.status === 'cancelled' && <span className="run-status" role="status" data-testid={`${testId}-cancelled`}>Cancelled.</span>}
      {state.status === 'error' && <span className="run-status run-error" role="alert" data-testid={`${testId}-error`}>{state.message}</span>}
      {state.status === 'done' && <span className="run-status" data-testid={`${testId}-done`}>Done in {(state.elapsedMs / 1000).toFixed(1)} s (off the UI thread).</span>}
    </div>
  )
}
