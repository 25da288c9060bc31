import { describe, expect, it } from 'vitest'
import { currencyOfUnit, moneyHint } from '@renderer/features/editors/money-hint'

describe('money input hint', () => {
  it('whole amounts lose the .00; large ones say their size in the currency convention', () => {
    expect(moneyHint('3600000000', 'INR')).toBe('₹3,60,00,00,000 · 360 crore')
    expect(moneyHint('450000', 'INR')).toBe('₹4,50,000 · 4.5 lakh')
    expect(moneyHint('25000000', 'USD')).toBe('$25,000,000 · 25 million')
    expect(moneyHint('420000', 'JPY')).toBe('¥420,000')
  })
  it('paise and cents are kept when entered; small amounts have no words', () => {
    expect(moneyHint('1234.5', 'USD')).toBe('$1,234.50')
    expect(moneyHint('99999.99', 'INR')).toBe('₹99,999.99')
    expect(moneyHint('-2500000', 'USD')).toBe('-$2,500,000 · −2.5 million')
  })
})

describe('currencyOfUnit: a rate in money is typed like money (#17)', () => {
  it('reads the currency a unit is priced in', () => {
    expect(currencyOfUnit('INR/t')).toBe('INR')
    expect(currencyOfUnit('USD/toz')).toBe('USD')
    expect(currencyOfUnit('JPY')).toBe('JPY')
    expect(currencyOfUnit('INR/USD')).toBe('INR')
    expect(currencyOfUnit('t/yr')).toBeUndefined()
    expect(currencyOfUnit('EUR/t')).toBeUndefined()
    expect(currencyOfUnit('%')).toBeUndefined()
    expect(currencyOfUnit(undefined)).toBeUndefined()
  })
})

describe('money input hint in Japanese (#20)', () => {
  it('counts the size as Japanese counts it: 億 and 万, crore and lakh for rupees in the catalog’s words', () => {
    expect(moneyHint('25000000', 'USD', 'ja')).toBe('$25,000,000 · 2500万')
    expect(moneyHint('360000000', 'JPY', 'ja')).toBe('¥360,000,000 · 3.6億')
    expect(moneyHint('3600000000', 'INR', 'ja')).toBe('₹3,60,00,00,000 · 360クロール')
    expect(moneyHint('450000', 'INR', 'ja')).toBe('₹4,50,000 · 4.5ラク')
    expect(moneyHint('-2500000', 'USD', 'ja')).toBe('-$2,500,000 · −250万')
  })
  it('small amounts have no words in either language', () => {
    expect(moneyHint('1234.5', 'USD', 'ja')).toBe('$1,234.50')
    expect(moneyHint('420000', 'JPY', 'ja')).toBe(moneyHint('420000', 'JPY'))
  })
})
