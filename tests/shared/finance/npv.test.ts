import { describe, expect, it } from 'vitest'
import { dec } from '@shared/decimal'
import { annuityPayment, annuityPresentValue, discountFactor, discountFactors, npv, npvAtPeriodicRate, periodicFromAnnualEffective, periodicFromNominal } from '@shared/finance'

const flows = (xs: (number | string)[]) => xs.map((x) => dec(x))

describe('npv (end-of-period, annual effective rate, m-month periods)', () => {
  it('annual periods: 100/1.1 + 100/1.21 = 173.553719008264… (hand)', () => {
    expect(npv(dec('0.1'), flows([100, 100]), 12).toDecimalPlaces(12).toString()).toBe('173.553719008264')
  })
  it('semi-annual periods discount by (1+r)^(k/2): 100/1.21^0.5 + 100/1.21 = 100/1.1 + 100/1.21', () => {
    expect(npv(dec('0.21'), flows([100, 100]), 6).toDecimalPlaces(12).toString()).toBe('173.553719008264')
  })
  it('monthly: 12 × 1000 at 12 % effective = Σ 1000/1.12^(k/12) = 11,291.51598960… (python: sum(1000/1.12**(k/12) for k in 1..12))', () => {
    expect(npv(dec('0.12'), Array.from({ length: 12 }, () => dec(1000)), 1).toNumber()).toBeCloseTo(11291.515989601052, 8)
  })
  it('zero rate is the plain sum', () => {
    expect(npv(dec(0), flows([-5, 2, 3.5]), 6).toString()).toBe('0.5')
  })
})

describe('rates and discount factors', () => {
  it('8 % annual effective ↔ semi-annual 3.9230484541… % ((1.08)^0.5 − 1)', () => {
    expect(periodicFromAnnualEffective(dec('0.08'), 6).toNumber()).toBeCloseTo(0.0392304845413264, 14)
  })
  it('nominal 9 % compounded semi-annually is 4.5 % per period', () => {
    expect(periodicFromNominal(dec('0.09'), 6).toString()).toBe('0.045')
  })
  it('discount factors are successive powers', () => {
    const dfs = discountFactors(dec('0.08'), 3)
    expect(dfs[2]!.minus(discountFactor(dec('0.08'), 3)).abs().toNumber()).toBeLessThan(1e-35)
    expect(dfs[0]!.times('1.08').toString()).toBe('1')
  })
})

describe('annuity (PMT)', () => {
  it('C2: 307.132… over 5 years at 8 % pays 76.923 a year (domain.md case C2)', () => {
    const debt = annuityPresentValue(dec(100).div('1.3'), dec('0.08'), 5)
    expect(debt.toDecimalPlaces(3).toString()).toBe('307.132')
    expect(annuityPayment(debt, dec('0.08'), 5).toDecimalPlaces(6).toString()).toBe('76.923077')
  })
  it('Excel PMT(10%/12, 360, 100000) = −877.57 (payment sign flipped)', () => {
    expect(annuityPayment(dec(100000), dec('0.1').div(12), 360).toDecimalPlaces(2).toString()).toBe('877.57')
  })
  it('zero rate repays evenly', () => {
    expect(annuityPayment(dec(1000), dec(0), 4).toString()).toBe('250')
  })
})

describe('annuity edge branches (issue 21: mutation survivors)', () => {
  it('present value at zero rate is payment × n; at 10 %: 1/1.1 + 1/1.21 = 1.735537190083 (hand)', () => {
    expect(annuityPresentValue(dec(7), dec(0), 5).toString()).toBe('35')
    expect(annuityPresentValue(dec(1), dec('0.1'), 2).toFixed(12)).toBe('1.735537190083')
  })
  it('n < 1 is refused with a message naming the function', () => {
    expect(() => annuityPayment(dec(100), dec('0.1'), 0)).toThrow(/annuityPayment: n must be/)
  })
})

describe('small branches (issue 21: mutation survivors)', () => {
  it('npvAtPeriodicRate: first flow undiscounted; [100, 100] at 25 % = 100 + 100/1.25 = 180; [−100, 110] at 10 % = 0 (hand)', () => {
    expect(npvAtPeriodicRate(dec('0.25'), flows([100, 100])).toString()).toBe('180')
    expect(npvAtPeriodicRate(dec('0.1'), flows([-100, 110])).abs().lt('1e-35')).toBe(true)
    expect(npvAtPeriodicRate(dec('0.1'), flows([7])).toString()).toBe('7')
  })
  it('annuityPayment over one period repays principal plus one period of interest: 100 at 10 % → 110 (hand)', () => {
    expect(annuityPayment(dec(100), dec('0.1'), 1).toString()).toBe('110')
  })
  it('discountFactors(i, n) has exactly n factors, 1/1.08 … 1/1.08³', () => {
    expect(discountFactors(dec('0.08'), 3)).toHaveLength(3)
    expect(discountFactors(dec('0.08'), 0)).toEqual([])
  })
})
