import { DECIMAL_STRING_PATTERN } from '../decimal'
import type { Project } from '../model'
import type { Scenario } from '../engine/types'
import { computeBreakevenGrid, type BreakevenGrid } from './breakeven'
import { compareScenarios, type ScenarioComparison } from './compare'
import { runMonteCarlo, type McResult, type McSettings } from './monte-carlo/simulate'
import { computeTornado, type TornadoResult, type TornadoSettings } from './tornado'
import { sizeToBreach, type BreachSizingResult, type BreachSizingSettings } from './breach-sizing/size-to-breach'
import { computeExposureLedger, computeJointStress, type ExposureLedger, type JointSettings, type JointStress, type LedgerSettings } from './exposure'

/**
 * The analysis worker's protocol. Requests and replies are plain data (structured-clone safe): the
 * project document as stored (decimal strings), results with decimal strings or numbers — never
 * Decimal instances. Pure, so the node tests and the CLI drive exactly what the worker runs.
 */
export type AnalysisJob =
  | { kind: 'compare'; project: Project; scenarios: Scenario[] }
  | { kind: 'tornado'; project: Project; settings: TornadoSettings }
  | { kind: 'breakeven'; project: Project; scenario?: Scenario }
  | { kind: 'monteCarlo'; project: Project; settings: McSettings }
  | { kind: 'breachSizing'; project: Project; settings: BreachSizingSettings }
  | { kind: 'exposure'; project: Project; settings: LedgerSettings }
  | { kind: 'jointStress'; project: Project; settings: JointSettings }

export type AnalysisOutput =
  | { kind: 'compare'; result: ScenarioComparison }
  | { kind: 'tornado'; result: TornadoResult }
  | { kind: 'breakeven'; result: BreakevenGrid }
  | { kind: 'monteCarlo'; result: McResult }
  | { kind: 'breachSizing'; result: BreachSizingResult }
  | { kind: 'exposure'; result: ExposureLedger }
  | { kind: 'jointStress'; result: JointStress }

export type AnalysisRequest = { id: number; job: AnalysisJob }
export type AnalysisReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; output: AnalysisOutput }
  | { id: number; type: 'error'; message: string }

/** A relative step for the tornado: a decimal string strictly between 0 and 1. */
export function validateStep(step: string): string | null {
  if (!DECIMAL_STRING_PATTERN.test(step)) return `step "${step}" is not a decimal number`
  const x = Number(step)
  return x > 0 && x < 1 ? null : `step ${step} must be above 0 and below 1 (0.1 = ±10 %)`
}

/** Run one job, reporting progress through `post`; failures come back as an error reply, never a throw. */
export function handleJob(request: AnalysisRequest, post: (reply: AnalysisReply) => void): void {
  const { id, job } = request
  const progress = (done: number, total: number) => post({ id, type: 'progress', done, total })
  try {
    if (job.kind === 'compare') post({ id, type: 'done', output: { kind: 'compare', result: compareScenarios(job.project, job.scenarios, progress) } })
    else if (job.kind === 'tornado') {
      const bad = [job.settings.step, ...Object.values(job.settings.stepOverrides ?? {})].map(validateStep).find((x) => x !== null)
      if (bad) post({ id, type: 'error', message: bad })
      else post({ id, type: 'done', output: { kind: 'tornado', result: computeTornado(job.project, job.settings, progress) } })
    } else if (job.kind === 'breakeven') post({ id, type: 'done', output: { kind: 'breakeven', result: computeBreakevenGrid(job.project, job.scenario, progress) } })
    else if (job.kind === 'breachSizing') {
      const r = sizeToBreach(job.project, job.settings, progress)
      if (r.ok) post({ id, type: 'done', output: { kind: 'breachSizing', result: r } })
      else post({ id, type: 'error', message: r.reason })
    } else if (job.kind === 'exposure') {
      const bad = validateStep(job.settings.step)
      if (bad) post({ id, type: 'error', message: bad })
      else post({ id, type: 'done', output: { kind: 'exposure', result: computeExposureLedger(job.project, job.settings, progress) } })
    } else if (job.kind === 'jointStress') {
      const r = computeJointStress(job.project, job.settings, progress)
      if (r.ok) post({ id, type: 'done', output: { kind: 'jointStress', result: r.value } })
      else post({ id, type: 'error', message: r.reason })
    } else {
      const r = runMonteCarlo(job.project, job.settings, progress)
      if (r.ok) post({ id, type: 'done', output: { kind: 'monteCarlo', result: r } })
      else post({ id, type: 'error', message: r.reason })
    }
  } catch (e) {
    post({ id, type: 'error', message: e instanceof Error ? e.message : String(e) })
  }
}
