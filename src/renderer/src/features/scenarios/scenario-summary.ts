import type { Project } from '@shared/model'
import type { MessageKey } from '@shared/i18n'
import { english, type Translate } from '../results/translate'

type Scenario = Project['scenarios'][number]

const pct = (fraction: string) => `${Math.round(Number(fraction) * 100)} %`

/**
 * One line naming every override a scenario makes, in the project's words (deck and product names),
 * so a scenario that changes the deck or the ramp-up is never shown as the base case.
 */
export function scenarioSummary(s: Scenario, project: Pick<Project, 'prices' | 'products'>, t: Translate = english): string {
  const parts: string[] = []
  if (typeof s.priceDeckId === 'string') {
    const deck = project.prices.decks.find((d) => d.id === s.priceDeckId)
    parts.push(deck ? t('scenarios.sum.deck', { name: deck.name }) : t('scenarios.sum.deckMissing', { id: s.priceDeckId }))
  }
  const m = (value: string | undefined, what: string) => value !== undefined && parts.push(t('scenarios.sum.times', { what, value }))
  const word = (key: MessageKey) => t(key)
  m(s.priceMultiplierAll, word('scenarios.sum.prices'))
  for (const p of s.priceMultipliers ?? []) m(p.multiplier, t('scenarios.sum.productPrice', { name: project.products.find((x) => x.id === p.productId)?.name ?? p.productId }))
  m(s.volumeMultiplier, word('scenarios.sum.volumes'))
  if (s.rampUp) parts.push(t('scenarios.sum.rampUp', { steps: s.rampUp.map(pct).join(' → ') }))
  m(s.recoveryMultiplier, word('scenarios.sum.recoveries'))
  m(s.capexMultiplier, word('scenarios.sum.capex'))
  m(s.opexMultiplier, word('scenarios.sum.opex'))
  m(s.fxMultiplier, word('scenarios.sum.fx'))
  if (s.fxDepreciationPerYear !== undefined) {
    const d = Number(s.fxDepreciationPerYear)
    const amount = Math.abs(d * 100).toLocaleString('en-US', { maximumFractionDigits: 2 })
    parts.push(t(d >= 0 ? 'scenarios.sum.fxWeaker' : 'scenarios.sum.fxStronger', { pct: amount }))
  }
  if (s.interestRateDelta !== undefined) {
    const bp = Math.round(Number(s.interestRateDelta) * 10000)
    parts.push(t('scenarios.sum.rate', { bp: `${bp >= 0 ? '+' : ''}${bp}` }))
  }
  if (s.offtakeEnabled === false) parts.push(t('scenarios.sum.offtakeOff'))
  if (s.resizeDebt) parts.push(t('scenarios.sum.resized'))
  return parts.length ? parts.join(' · ') : t('scenarios.sum.none')
}
