/**
 * Monte Carlo runs on a project (no refusal) and its fast path's base draw is the Decimal engine's result
 * (relative 1e-9): what the engine suites of issue 16's features assert now that the fast path models them.
 */
import { expect } from 'vitest'
import { runModel } from '@shared/engine'
import { buildFastModel, createScratch, evaluateDraw } from '@shared/analysis'
import { DEFAULT_MC_SETTINGS, runMonteCarlo } from '@shared/analysis/monte-carlo/simulate'
import type { Project } from '@shared/model'
import { matches } from './fast-close'

export function monteCarloRunsOn(project: Project): void {
  const r = runMonteCarlo(project, { ...DEFAULT_MC_SETTINGS, draws: 10, volumeSd: 0.1 })
  expect(r.ok ? 'ok' : r.reason).toBe('ok')
  const fm = buildFastModel(project)
  matches(evaluateDraw(fm, { price: new Float64Array(fm.products.length * fm.years).fill(1), volume: 1, recovery: 1 }, createScratch(fm)), runModel(project))
}
