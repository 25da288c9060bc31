import type { Scenario } from '../engine/types'

/**
 * The ready-made cases every project gets. Values are the customary lender haircuts, stated here so
 * the UI and the report can quote them:
 * - base: no override (the project as entered);
 * - downside: prices ×0.80, volumes ×0.90, capex ×1.15, opex ×1.10, interest rate +100 bp;
 * - upside (the mirror): prices ×1.20, volumes ×1.10, capex ×0.85, opex ×0.90, interest rate −100 bp.
 * Debt stays at the base case (no `resizeDebt`): the question is what the stress does to a loan as sized.
 */
export const PRESET_IDS = ['base', 'downside', 'upside'] as const
export type PresetId = (typeof PRESET_IDS)[number]

export function presetScenario(id: PresetId): Scenario {
  if (id === 'base') return { id: 'base', name: 'Base', description: 'The project as entered: no overrides.' }
  if (id === 'downside')
    return {
      id: 'downside', name: 'Downside', description: 'Prices ×0.80, volumes ×0.90, capex ×1.15, opex ×1.10, interest +100 bp; debt held at base.',
      priceMultiplierAll: '0.8', volumeMultiplier: '0.9', capexMultiplier: '1.15', opexMultiplier: '1.1', interestRateDelta: '0.01'
    }
  return {
    id: 'upside', name: 'Upside', description: 'Prices ×1.20, volumes ×1.10, capex ×0.85, opex ×0.90, interest −100 bp; debt held at base.',
    priceMultiplierAll: '1.2', volumeMultiplier: '1.1', capexMultiplier: '0.85', opexMultiplier: '0.9', interestRateDelta: '-0.01'
  }
}

export const presetScenarios = (): Scenario[] => PRESET_IDS.map(presetScenario)

