import { Decimal, ONE, ZERO, dec } from '../decimal'
import type { Currency, Project } from '../model'
import type { ModelIssue, Scenario } from './types'

type Deck = Project['prices']['decks'][number]

/**
 * The inputs the engine uses after a project scenario's overrides (analysis), as Decimals.
 * An absent override is the neutral value (multiplier 1, delta 0, offtake on).
 */
export type ResolvedInputs = {
  deck: Deck
  volumeMultiplier: Decimal
  rampUpOverride: Decimal[] | null
  recoveryMultiplier: Decimal
  capexMultiplier: Decimal
  opexMultiplier: Decimal
  /** The scenario's interest-rate delta, added to every tranche's all-in annual rate (floored at 0 there). */
  rateDelta: Decimal
  fxMultiplier: Decimal
  /** Each currency's own FX multiplier (`fxMultipliers`), on top of `fxMultiplier`; a currency not listed has none (rules/fx-multiplier.ts). */
  fxByCurrency: ReadonlyMap<Currency, Decimal>
  /** The scenario's FX path stress: non-USD currencies weaken by this fraction a year from financial close (0 = none). */
  fxDepreciationPerYear: Decimal
  offtakeEnabled: boolean
  /** productId → product of the active price scenario's and the project scenario's multipliers. */
  priceMultiplier: Map<string, Decimal>
}

/** A tranche's all-in annual rate in a scenario: the input plus the scenario's delta, floored at 0. */
export function withRateDelta(annualRate: Decimal, delta: Decimal): Decimal {
  const rate = annualRate.plus(delta)
  return rate.isNegative() ? ZERO : rate
}

export function resolveInputs(project: Project, scenario: Scenario | undefined, issues: ModelIssue[]): ResolvedInputs {
  const deckId = scenario?.priceDeckId ?? project.prices.activeDeckId
  let deck = project.prices.decks.find((d) => d.id === deckId)
  if (!deck) {
    issues.push({ code: 'unknown-deck', path: 'scenario.priceDeckId', message: `price deck "${deckId}" not found; the first deck is used` })
    deck = project.prices.decks[0]!
  }
  const priceMultiplier = new Map<string, Decimal>()
  const ps = project.prices.scenarios.find((s) => s.id === project.prices.activeScenarioId)
  for (const p of project.products) {
    let mult = ONE
    if (ps) {
      mult = mult.times(ps.allMultiplier)
      const pm = ps.productMultipliers.find((x) => x.productId === p.id)
      if (pm) mult = mult.times(pm.multiplier)
    }
    if (scenario?.priceMultiplierAll) mult = mult.times(scenario.priceMultiplierAll)
    const sm = scenario?.priceMultipliers?.find((x) => x.productId === p.id)
    if (sm) mult = mult.times(sm.multiplier)
    priceMultiplier.set(p.id, mult)
  }
  const opt = (v: string | undefined): Decimal => (v === undefined ? ONE : dec(v))
  return {
    deck,
    volumeMultiplier: opt(scenario?.volumeMultiplier),
    rampUpOverride: scenario?.rampUp ? scenario.rampUp.map((x) => dec(x)) : null,
    recoveryMultiplier: opt(scenario?.recoveryMultiplier),
    capexMultiplier: opt(scenario?.capexMultiplier),
    opexMultiplier: opt(scenario?.opexMultiplier),
    rateDelta: dec(scenario?.interestRateDelta ?? '0'),
    fxMultiplier: opt(scenario?.fxMultiplier),
    fxByCurrency: new Map((scenario?.fxMultipliers ?? []).map((x) => [x.currency, dec(x.multiplier)])),
    fxDepreciationPerYear: dec(scenario?.fxDepreciationPerYear ?? '0'),
    offtakeEnabled: scenario?.offtakeEnabled ?? true,
    priceMultiplier
  }
}
