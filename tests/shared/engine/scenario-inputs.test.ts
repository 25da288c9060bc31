import { describe, expect, it } from 'vitest'
import { parseProject, type Project } from '@shared/model'
import { resolveInputs } from '@shared/engine/scenario-inputs'
import type { ModelIssue, Scenario } from '@shared/engine'
import { handProject } from './hand-project'

/*
 * engine/scenario-inputs.ts (issue 21: mutation survivors): which price deck, the price multipliers of
 * the active price scenario and of a project scenario, and the ramp-up override. Figures are products
 * of the multipliers given, by hand.
 */
function project(): Project {
  const p = handProject()
  // Two products and two decks; the active deck is the second one.
  p.products.push({ id: 'co', metal: 'Co', name: 'Cobalt', factor: '1', merchantPayable: '0.8' })
  const deck = p.prices.decks[0]!
  deck.prices.push({ productId: 'co', mode: 'escalating', basePricePerUnit: '30000', baseYear: 2026, escalation: '0' })
  p.prices.decks = [{ ...deck, id: 'low', name: 'Low' }, { ...deck, id: 'base', name: 'Base' }]
  p.prices.activeDeckId = 'base'
  // Two price scenarios; the active one is the second.
  p.prices.scenarios = [
    { id: 'bear', name: 'Bear', allMultiplier: '0.5', productMultipliers: [{ productId: 'ni', multiplier: '0.5' }] },
    { id: 'bull', name: 'Bull', allMultiplier: '1.1', productMultipliers: [{ productId: 'ni', multiplier: '2' }] }
  ]
  p.prices.activeScenarioId = 'bull'
  const r = parseProject(p)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return r.value
}
const scenario = (s: Partial<Scenario>): Scenario => ({ id: 's', name: 'S', ...s })
const mults = (m: Map<string, { toString(): string }>) => Object.fromEntries([...m].map(([k, v]) => [k, v.toString()]))

describe('resolveInputs (engine/scenario-inputs.ts)', () => {
  it('no scenario: the active deck, the active price scenario (all × per product)', () => {
    const issues: ModelIssue[] = []
    const r = resolveInputs(project(), undefined, issues)
    expect(r.deck.id).toBe('base')
    // Bull: ni 1.1 × 2 = 2.2; co 1.1 (no per-product entry).
    expect(mults(r.priceMultiplier)).toEqual({ ni: '2.2', co: '1.1' })
    expect(r.rampUpOverride).toBeNull()
    expect(issues).toEqual([])
  })
  it('no active price scenario: every multiplier is 1', () => {
    const p = project()
    p.prices.activeScenarioId = null
    expect(mults(resolveInputs(p, undefined, []).priceMultiplier)).toEqual({ ni: '1', co: '1' })
  })
  it("a scenario's deck replaces the active one", () => {
    expect(resolveInputs(project(), scenario({ priceDeckId: 'low' }), []).deck.id).toBe('low')
    expect(resolveInputs(project(), scenario({ priceDeckId: null }), []).deck.id).toBe('base')
  })
  it('an unknown deck (a project that skipped validation): the first deck, with an issue', () => {
    const issues: ModelIssue[] = []
    const r = resolveInputs(project(), scenario({ priceDeckId: 'gone' }), issues)
    expect(r.deck.id).toBe('low')
    expect(issues).toEqual([{ code: 'unknown-deck', path: 'scenario.priceDeckId', message: 'price deck "gone" not found; the first deck is used' }])
  })
  it("a project scenario's multipliers compose with the price scenario's", () => {
    // All 1.5, ni 3: ni 2.2 × 1.5 × 3 = 9.9; co 1.1 × 1.5 = 1.65.
    const r = resolveInputs(project(), scenario({ priceMultiplierAll: '1.5', priceMultipliers: [{ productId: 'ni', multiplier: '3' }] }), [])
    expect(mults(r.priceMultiplier)).toEqual({ ni: '9.9', co: '1.65' })
    // A per-product entry alone: co 1.1 × 4 = 4.4; ni unchanged 2.2.
    expect(mults(resolveInputs(project(), scenario({ priceMultipliers: [{ productId: 'co', multiplier: '4' }] }), []).priceMultiplier)).toEqual({ ni: '2.2', co: '4.4' })
  })
  it('a ramp-up override as Decimals', () => {
    expect(resolveInputs(project(), scenario({ rampUp: ['0.5', '1'] }), []).rampUpOverride!.map(String)).toEqual(['0.5', '1'])
  })
})
