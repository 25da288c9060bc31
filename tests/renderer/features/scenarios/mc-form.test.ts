import { describe, expect, it } from 'vitest'
import { initialForm, toSettings } from '@renderer/features/scenarios/mc-form'
import { referenceMcSettings } from '@shared/analysis/monte-carlo/reference-settings'
import { DEFAULT_MC_SETTINGS } from '@shared/analysis/monte-carlo/simulate'
import { t, type MessageKey, type MessageValues } from '@shared/i18n'
import { handProject } from '../../../shared/engine/hand-project'
import { inrPlantUsdDebt, twoTranches } from '../../../shared/engine/two-tranche-project'

describe('Monte Carlo form → settings', () => {
  it('a new form is the reference price process (issue 19): OU at 0.17/yr, each product at its metal’s figure, in its own field', () => {
    const p = handProject()
    const f = initialForm(p)
    expect(f.process).toBe('ou')
    expect(f.kappa).toBe('0.17')
    expect(Object.keys(f.perProduct).sort()).toEqual(p.products.map((x) => x.id).sort())
    const s = toSettings(f, p)
    if (typeof s === 'string') throw new Error(s)
    // The form's settings are the reference settings exactly, so the panel cites the reference beside each figure.
    expect(s).toEqual(referenceMcSettings(p, { ...DEFAULT_MC_SETTINGS, correlation: s.correlation }))
  })
  it('FX is on by default with an unhedged foreign-currency tranche (10 %/yr per currency), off with hedged or no foreign debt', () => {
    const unhedged = initialForm(inrPlantUsdDebt())
    expect(unhedged.fxOn).toBe(true)
    expect(unhedged.fxVolatility).toEqual({ INR: '0.1' })
    expect(initialForm(twoTranches(true)).fxOn).toBe(false)
    expect(initialForm(handProject()).fxOn).toBe(false)
    expect(initialForm(handProject()).fxVolatility).toEqual({})
  })
  it('carries the FX fields into the settings when on, and leaves them out when off', () => {
    const p = inrPlantUsdDebt()
    const f = { ...initialForm(p), fxVolatility: { INR: '0.15' }, fxPriceCorrelation: '-0.2' }
    expect(toSettings(f, p)).toMatchObject({ draws: 10000, fx: { volatility: { INR: 0.15 }, priceCorrelation: -0.2, currencyCorrelation: 0 } })
    const off = toSettings({ ...f, fxOn: false }, p)
    expect(typeof off !== 'string' && 'fx' in off).toBe(false)
  })
  it('names the field that is not a number', () => {
    const p = inrPlantUsdDebt()
    expect(toSettings({ ...initialForm(p), fxVolatility: { INR: 'x' } }, p)).toBe('INR volatility is not a number')
    expect(toSettings({ ...initialForm(p), fxPriceCorrelation: '' }, p)).toBe('the FX–price correlation is not a number')
    expect(toSettings({ ...initialForm(p), draws: 'many' }, p)).toBe('draws is not a number')
  })
})

describe('form problems in Japanese (#20)', () => {
  it('names the field that is not a number in the reader’s language', () => {
    const p = inrPlantUsdDebt()
    const ja = (key: MessageKey, values?: MessageValues) => t('ja', key, values)
    expect(toSettings({ ...initialForm(p), fxVolatility: { INR: 'x' } }, p, ja)).toBe('INRのボラティリティが数値ではありません')
    expect(toSettings({ ...initialForm(p), fxPriceCorrelation: '' }, p, ja)).toBe('為替と価格の相関が数値ではありません')
  })
})
