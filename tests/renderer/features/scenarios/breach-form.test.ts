import { describe, expect, it } from 'vitest'
import { initialBreachForm, toBreachSettings } from '@renderer/features/scenarios/breach-form'
import { initialForm } from '@renderer/features/scenarios/mc-form'
import { DEFAULT_BREACH_SIZING } from '@shared/analysis/breach-sizing/size-to-breach'
import { handProject } from '../../../shared/engine/hand-project'

const project = handProject()

describe('breach sizing form', () => {
  it('starts at P(min DSCR < 1.00x) ≤ 10 %, the project covenant, 5,000 draws, seed 42', () => {
    expect(initialBreachForm(project)).toEqual({ target: 'probability', probability: '0.1', covenant: project.lender.minDscr, draws: '5000', seed: '42' })
  })
  it('takes process, volatility and FX from the Monte Carlo form and draws and seed from its own', () => {
    const mc = { ...initialForm(project), process: 'ou' as const, kappa: '0.7', volatility: '0.3', draws: '99' }
    const s = toBreachSettings({ ...initialBreachForm(project), draws: '800', seed: '9' }, mc, project)
    if (typeof s === 'string') throw new Error(s)
    expect(s.mc).toMatchObject({ draws: 800, seed: 9, process: { kind: 'ou', meanReversionPerYear: 0.7 }, defaultVolatility: 0.3 })
    expect(s.target).toEqual({ maxBreachProbability: 0.1, p90Covenant: null })
    expect(s.curvePoints).toBe(DEFAULT_BREACH_SIZING.curvePoints)
  })
  it('P90 alone ignores the probability field; both keeps both', () => {
    const mc = initialForm(project)
    const p90 = toBreachSettings({ ...initialBreachForm(project), target: 'p90', probability: '', covenant: '1.35' }, mc, project)
    expect(typeof p90 !== 'string' && p90.target).toEqual({ maxBreachProbability: null, p90Covenant: 1.35 })
    const both = toBreachSettings({ ...initialBreachForm(project), target: 'both', probability: '0.05', covenant: '1.2' }, mc, project)
    expect(typeof both !== 'string' && both.target).toEqual({ maxBreachProbability: 0.05, p90Covenant: 1.2 })
  })
  it('names the first problem', () => {
    const mc = initialForm(project)
    const f = initialBreachForm(project)
    expect(toBreachSettings({ ...f, draws: 'x' }, mc, project)).toBe('draws is not a number')
    expect(toBreachSettings({ ...f, probability: '' }, mc, project)).toBe('the breach probability is not a number')
    expect(toBreachSettings({ ...f, target: 'both', covenant: 'a' }, mc, project)).toBe('the P90 covenant is not a number')
    expect(toBreachSettings({ ...f, draws: '60000' }, mc, project)).toBe('breach sizing takes at most 50,000 draws')
    expect(toBreachSettings(f, { ...mc, volatility: '' }, project)).toBe('volatility is not a number')
  })
})
