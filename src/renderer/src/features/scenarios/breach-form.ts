import { DEFAULT_BREACH_SIZING, MAX_SIZING_DRAWS, type BreachSizingSettings } from '@shared/analysis/breach-sizing/size-to-breach'
import type { Project } from '@shared/model'
import { toSettings, type McForm } from './mc-form'
import { english, type Translate } from '../results/translate'

/** The breach sizing inputs as the form holds them (text, so typing is never lost). */
export type BreachForm = {
  target: 'probability' | 'p90' | 'both'
  /** Fraction, as NumberField holds a percentage (0.1 = 10 %). */
  probability: string
  covenant: string
  draws: string
  seed: string
}

/** A new form: P(min DSCR < 1.00x) ≤ 10 %, the project's covenant for the P90 target, 5,000 draws, seed 42. */
export const initialBreachForm = (project: Project): BreachForm => ({ target: 'probability', probability: '0.1', covenant: project.lender.minDscr, draws: '5000', seed: '42' })

/**
 * Form text → settings, or the first problem. Price process, volatilities, correlations, volume,
 * recovery and FX come from the Monte Carlo settings above (`mc`); draws and seed are the sizing's own.
 */
export function toBreachSettings(f: BreachForm, mc: McForm, project: Project, t: Translate = english): BreachSizingSettings | string {
  const n = (s: string, what: string) => (s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : t('scenarios.form.notNumber', { what }))
  const draws = n(f.draws, t('scenarios.form.draws'))
  const seed = n(f.seed, t('scenarios.form.seed'))
  const probability = n(f.probability, t('scenarios.form.probability'))
  const covenant = n(f.covenant, t('scenarios.form.covenant'))
  for (const v of [draws, seed]) if (typeof v === 'string') return v
  if (f.target !== 'p90' && typeof probability === 'string') return probability
  if (f.target !== 'probability' && typeof covenant === 'string') return covenant
  if ((draws as number) > MAX_SIZING_DRAWS) return t('scenarios.form.maxDraws', { max: MAX_SIZING_DRAWS.toLocaleString('en-US') })
  const settings = toSettings({ ...mc, draws: f.draws, seed: f.seed }, project, t)
  if (typeof settings === 'string') return settings
  return {
    ...DEFAULT_BREACH_SIZING, mc: settings,
    target: { maxBreachProbability: f.target === 'p90' ? null : (probability as number), p90Covenant: f.target === 'probability' ? null : (covenant as number) }
  }
}
