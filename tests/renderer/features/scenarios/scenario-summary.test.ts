import { describe, expect, it } from 'vitest'
import { scenarioSummary } from '@renderer/features/scenarios/scenario-summary'
import { presetScenario, PRESET_IDS } from '@shared/analysis/presets'
import { t, type MessageKey, type MessageValues } from '@shared/i18n'
import { parseProject, type Project } from '@shared/model'
import sample from '../../../../resources/samples/india-black-mass-hydromet.json'

const parsed = parseProject(sample)
if (!parsed.ok) throw new Error('sample does not parse')
const project: Project = parsed.value
const byName = (name: string) => {
  const s = project.scenarios.find((x) => x.name === name)
  if (!s) throw new Error(`no scenario ${name}`)
  return s
}

describe('scenarioSummary', () => {
  it('names the deck a scenario switches to', () => {
    expect(scenarioSummary(byName('Low price deck'), project)).toBe('deck: Low deck (2025 lows held flat)')
  })
  it('states a replaced ramp-up profile', () => {
    expect(scenarioSummary(byName('Slow ramp-up'), project)).toBe('ramp-up 40 % → 60 % → 80 % → 100 %')
  })
  it('no ready-made or sample scenario with overrides reads as the base case', () => {
    for (const s of project.scenarios) expect(scenarioSummary(s, project)).not.toContain('no overrides')
    expect(scenarioSummary(byName('No offtake (all merchant)'), project)).toBe('offtake off')
    expect(scenarioSummary(byName('Rate +200 bp'), project)).toBe('rate +200 bp')
    expect(scenarioSummary(presetScenario('downside'), project)).toBe('prices ×0.8 · volumes ×0.9 · capex ×1.15 · opex ×1.1 · rate +100 bp')
    expect(scenarioSummary(presetScenario('base'), project)).toBe('no overrides (base)')
  })
  it('names per-product multipliers and a missing deck', () => {
    const product = project.products[0]!
    const s = { id: 'x', name: 'X', priceDeckId: 'gone', priceMultipliers: [{ productId: product.id, multiplier: '0.9' }], resizeDebt: true }
    expect(scenarioSummary(s, project)).toBe(`deck: gone (not in the project) · ${product.name} price ×0.9 · debt re-sized`)
  })
  it('states an FX path stress in % a year, either way', () => {
    expect(scenarioSummary({ id: 'x', name: 'X', fxMultiplier: '1.1', fxDepreciationPerYear: '0.04' }, project)).toBe('FX ×1.1 · INR/JPY weaker 4 %/yr')
    expect(scenarioSummary({ id: 'x', name: 'X', fxDepreciationPerYear: '-0.025' }, project)).toBe('INR/JPY stronger 2.5 %/yr')
  })
})

describe('scenarioSummary in Japanese (#20)', () => {
  const ja = (key: MessageKey, values?: MessageValues) => t('ja', key, values)
  it('says every override in Japanese, with the project’s own deck and product names', () => {
    expect(scenarioSummary(byName('Low price deck'), project, ja)).toBe('デッキ：Low deck (2025 lows held flat)')
    expect(scenarioSummary(presetScenario('downside'), project, ja)).toBe('価格 ×0.8 · 数量 ×0.9 · 設備投資 ×1.15 · 運営費 ×1.1 · 金利 +100 bp')
    expect(scenarioSummary({ id: 'x', name: 'x' }, project, ja)).toBe('上書きなし（ベース）')
  })
})

describe('ready-made scenario names (#20)', () => {
  it('the catalog’s English names are the presets’ own, so an English file is unchanged', () => {
    for (const id of PRESET_IDS) expect(t('en', `scenarios.preset.${id}`)).toBe(presetScenario(id).name)
    expect(t('ja', 'scenarios.preset.downside')).toBe('ダウンサイド')
  })
})
