import type { Project } from '@shared/model'

type Scenario = Project['scenarios'][number]

const pct = (fraction: string) => `${Math.round(Number(fraction) * 100)} %`

/**
 * One line naming every override a scenario makes, in the project's words (deck and product names),
 * so a scenario that changes the deck or the ramp-up is never shown as the base case.
 */
export function scenarioSummary(s: Scenario, project: Pick<Project, 'prices' | 'products'>): string {
  const parts: string[] = []
  if (typeof s.priceDeckId === 'string') {
    const deck = project.prices.decks.find((d) => d.id === s.priceDeckId)
    parts.push(deck ? `deck: ${deck.name}` : `deck: ${s.priceDeckId} (not in the project)`)
  }
  const m = (value: string | undefined, label: string) => value !== undefined && parts.push(`${label} ×${value}`)
  m(s.priceMultiplierAll, 'prices')
  for (const p of s.priceMultipliers ?? []) m(p.multiplier, `${project.products.find((x) => x.id === p.productId)?.name ?? p.productId} price`)
  m(s.volumeMultiplier, 'volumes')
  if (s.rampUp) parts.push(`ramp-up ${s.rampUp.map(pct).join(' → ')}`)
  m(s.recoveryMultiplier, 'recoveries')
  m(s.capexMultiplier, 'capex')
  m(s.opexMultiplier, 'opex')
  m(s.fxMultiplier, 'FX')
  if (s.fxDepreciationPerYear !== undefined) {
    const d = Number(s.fxDepreciationPerYear)
    parts.push(`INR/JPY ${d >= 0 ? 'weaker' : 'stronger'} ${Math.abs(d * 100).toLocaleString('en-US', { maximumFractionDigits: 2 })} %/yr`)
  }
  if (s.interestRateDelta !== undefined) {
    const bp = Math.round(Number(s.interestRateDelta) * 10000)
    parts.push(`rate ${bp >= 0 ? '+' : ''}${bp} bp`)
  }
  if (s.offtakeEnabled === false) parts.push('offtake off')
  if (s.resizeDebt) parts.push('debt re-sized')
  return parts.length ? parts.join(' · ') : 'no overrides (base)'
}
