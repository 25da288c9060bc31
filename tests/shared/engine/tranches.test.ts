/**
 * Senior debt in tranches (methodology §10), by hand. Two tranches on the hand project (tests/shared/
 * engine/hand-project.ts: USD reporting, one construction year 2026 with capex 1,000,000 and no IDC or
 * fee, operations 2027–2029, 60 % gearing → debt 600,000), split 50/50:
 * - "US bank": USD, 10 % fixed, equal principal over 3 years;
 * - "India DFI": INR, 8 % fixed, equal principal over 2 years; INR per USD 80 in 2026–2027, 100 from 2028.
 */
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { c2Project, handProject } from './hand-project'
import { tranche } from '../model/tranche-fixtures'
import { twoTranches, valid } from './two-tranche-project'

const n = (d: Decimal | undefined) => d!.toNumber()
const col = (s: readonly Decimal[]) => s.map((x) => x.toNumber())

describe('two tranches, one in INR, unhedged', () => {
  const r = runModel(twoTranches(false))
  const [a, b] = r.financing.tranches as [NonNullable<(typeof r.financing.tranches)[0]>, NonNullable<(typeof r.financing.tranches)[0]>]

  it('draws: 600,000 split 50/50; the INR tranche converts its 300,000 at 2026 FX 80 = INR 24,000,000', () => {
    expect(n(r.metrics.debtAtCod)).toBe(600000)
    expect(col(a.drawdowns)).toEqual([300000, 0, 0, 0])
    expect(col(b.drawdownsInCurrency)).toEqual([24000000, 0, 0, 0])
    expect(n(a.debtAtCod) + n(b.debtAtCod)).toBe(600000)
    expect(n(b.debtAtCodInCurrency)).toBe(24000000)
  })

  it('INR tranche in INR: interest 8 % × 24 m = 1.92 m, then 8 % × 12 m = 0.96 m; principal 12 m a year; zero from its maturity (2028)', () => {
    expect(col(b.interestInCurrency)).toEqual([0, 1920000, 960000, 0])
    expect(col(b.principalInCurrency)).toEqual([0, 12000000, 12000000, 0])
    expect(col(b.balanceInCurrency)).toEqual([24000000, 12000000, 0, 0])
    expect(b.maturityPeriod).toBe(3)
  })

  it('translated at each period\'s FX: 2027 at 80 (24,000 + 150,000), 2028 at 100 (9,600 + 120,000): INR depreciation lowers the USD cost', () => {
    expect(col(b.interest)).toEqual([0, 24000, 9600, 0]) // 1,920,000 / 80; 960,000 / 100
    expect(col(b.principal)).toEqual([0, 150000, 120000, 0]) // 12 m / 80; 12 m / 100
    expect(col(b.balance)).toEqual([300000, 150000, 0, 0])
  })

  it('USD tranche: 100,000 a year, interest 30,000 / 20,000 / 10,000; aggregate debt service 304,000 / 249,600 / 110,000', () => {
    expect(col(a.principal)).toEqual([0, 100000, 100000, 100000])
    expect(col(a.interest)).toEqual([0, 30000, 20000, 10000])
    // 2027: 24,000 + 150,000 + 30,000 + 100,000; 2028: 9,600 + 120,000 + 20,000 + 100,000; 2029: 10,000 + 100,000.
    expect(col(r.financing.debtService)).toEqual([0, 304000, 249600, 110000])
    // End of 2027: USD 200,000 + INR 12 m / 80 = 150,000.
    expect(col(r.financing.closingBalance)).toEqual([600000, 350000, 100000, 0])
  })

  it('the debt is repaid to zero at the last maturity; the reported maturity is the later one', () => {
    expect(r.financing.maturityPeriod).toBe(4)
    expect(a.maturityPeriod).toBe(4)
  })
})

describe('the same, INR tranche hedged by a cross-currency swap at the financial-close FX (80) + 2 % a year', () => {
  const r = runModel(twoTranches(true))
  const b = r.financing.tranches[1]!

  it('service translated at 80 every year: 2028 interest 960,000 / 80 = 12,000 and principal 12 m / 80 = 150,000', () => {
    expect(col(b.interest)).toEqual([0, 24000, 12000, 0])
    expect(col(b.principal)).toEqual([0, 150000, 150000, 0])
    expect(col(b.balance)).toEqual([300000, 150000, 0, 0])
  })

  it('hedge cost 2 % on the USD balance: 2 % × 300,000 = 6,000 in 2027, 2 % × 150,000 = 3,000 in 2028 (in fees and debt service)', () => {
    expect(col(b.fees)).toEqual([0, 6000, 3000, 0])
    expect(col(r.financing.debtFees)).toEqual([0, 6000, 3000, 0])
    // 2028: 12,000 + 150,000 + 3,000 + USD tranche 20,000 + 100,000 = 285,000.
    expect(n(r.financing.debtService[2])).toBe(285000)
  })

  it('a hedged tranche\'s debt service does not move with the FX path', () => {
    const p = twoTranches(true)
    p.fx.rates[0]!.points = [{ year: 2026, perUsd: '80' }, { year: 2027, perUsd: '140' }]
    p.fx.rates[0]!.annualDepreciation = '0.1'
    const moved = runModel(p).financing.tranches[1]!
    expect(col(moved.interest)).toEqual(col(b.interest))
    expect(col(moved.principal)).toEqual(col(b.principal))
    expect(col(moved.fees)).toEqual(col(b.fees))
  })
})

describe('sculpted total across tranches of different tenors (the allocation rule, §10)', () => {
  // c2: CFADS exactly 100 a year for 5 years, no tax, 8 %, target 1.3. Tranche A 50 % over 5 years,
  // tranche B 50 % over 3 years. Each is sculpted on its 50 of CFADS to its own maturity: flat CFADS, so
  // a level service D_t / a(n, 8 %): A pays D/2 / 3.992710, B pays D/2 / 2.577097. In years 1–3 both
  // pay and Σ = 100 / 1.3 = 76.923077 sets D = 2 · 76.923077 / (1/3.992710 + 1/2.577097)
  // = 153.846154 / 0.638492 = 240.9531: A 120.4766 (30.1738 a year), B 120.4766 (46.7493 a year);
  // 30.1738 + 46.7493 = 76.9231. Years 4–5 carry A alone: 30.1738 → DSCR 3.314x.
  const p = c2Project('0.95', (q) => {
    const base = q.financing.tranches[0]!
    q.financing.tranches = [
      { ...base, id: 'a', name: 'Long', share: '0.5', tenorYears: 5 },
      { ...base, id: 'b', name: 'Short', share: '0.5', tenorYears: 3 }
    ]
  })
  const r = runModel(p)
  const aN = new Decimal(1).minus(new Decimal(1.08).pow(-5)).div('0.08') // 3.99271
  const bN = new Decimal(1).minus(new Decimal(1.08).pow(-3)).div('0.08') // 2.57710
  const debt = new Decimal(100).div('1.3').times(2).div(new Decimal(1).div(aN).plus(new Decimal(1).div(bN)))

  it('the debt is the one whose aggregate service in the years both tranches pay is CFADS / 1.3', () => {
    expect(n(r.metrics.debtAtCod)).toBeCloseTo(debt.toNumber(), 2)
    expect(debt.toNumber()).toBeCloseTo(240.9531, 4)
    for (const k of [1, 2, 3]) expect(n(r.financing.debtService[k])).toBeCloseTo(100 / 1.3, 6)
    expect(r.metrics.minDscr.ok && r.metrics.minDscr.value.toNumber()).toBeCloseTo(1.3, 9)
  })

  it('each tranche pays a level service on its own annuity factor; the short one is zero from year 3', () => {
    const [a, b] = r.financing.tranches
    const dsA = a!.interest.map((x, i) => x.plus(a!.principal[i]!).toNumber())
    const dsB = b!.interest.map((x, i) => x.plus(b!.principal[i]!).toNumber())
    for (const k of [1, 2, 3, 4, 5]) expect(dsA[k]).toBeCloseTo(debt.div(2).div(aN).toNumber(), 6)
    for (const k of [1, 2, 3]) expect(dsB[k]).toBeCloseTo(debt.div(2).div(bN).toNumber(), 6)
    expect(col(b!.balance).slice(3)).toEqual([0, 0, 0])
    expect(n(a!.balance[5])).toBe(0)
    expect(n(r.financing.debtService[4]) / 100).toBeCloseTo(debt.div(2).div(aN).toNumber() / 100, 9)
  })
})

describe('commitment fee and ECA premium: funded as uses, on the tranche amount they increase', () => {
  // Hand project, one USD tranche (commitment fee 1 %/yr, ECA premium 5 %, no upfront fee). One
  // construction year: the whole commitment C is undrawn during it, so it pays 1 % × C, and the premium
  // 5 % × C is paid at financial close. Both are uses: D = 0.6 × (1,000,000 + 0.06 C), and C = D:
  // C = 600,000 / (1 − 0.6 × 0.06) = 600,000 / 0.964 = 622,406.6390; fees 0.06 C = 37,344.3983;
  // equity = 1,037,344.3983 − 622,406.6390 = 414,937.7593.
  const p = handProject()
  p.financing.tranches = [tranche('USD', { annualRate: '0.1', tenorYears: 3, graceMonths: 0, repayment: 'annuity', upfrontFee: '0' }, { commitmentFeeAnnualRate: '0.01', ecaPremium: '0.05', lenderType: 'eca', name: 'NEXI-covered' })]
  const r = runModel(valid(p))
  it('debt 622,406.64, fees 37,344.40, equity 414,937.76', () => {
    expect(n(r.metrics.debtAtCod)).toBeCloseTo(600000 / 0.964, 4)
    expect(n(r.metrics.totalFees)).toBeCloseTo((0.06 * 600000) / 0.964, 4)
    expect(n(r.metrics.totalEquity)).toBeCloseTo(1000000 + (0.06 * 600000) / 0.964 - 600000 / 0.964, 4)
    expect(n(r.financing.tranches[0]!.fees[0])).toBeCloseTo((0.06 * 600000) / 0.964, 4)
  })
})

describe('a floating rate: base rate by calendar year + margin', () => {
  // Base 5 % from 2026, 7 % from 2028, margin 1 %; equal principal 200,000 a year on 600,000:
  // 2027: 6 % × 600,000 = 36,000; 2028: 8 % × 400,000 = 32,000; 2029: 8 % × 200,000 = 16,000.
  const p = handProject()
  p.financing.tranches = [tranche('USD', { annualRate: '0', tenorYears: 3, graceMonths: 0, repayment: 'equal', upfrontFee: '0' }, {
    interest: { kind: 'floating', baseRates: [{ year: 2026, annualRate: '0.05' }, { year: 2028, annualRate: '0.07' }], marginAnnualRate: '0.01' }
  })]
  const r = runModel(valid(p))
  it('interest 36,000 / 32,000 / 16,000', () => {
    expect(col(r.financing.interest)).toEqual([0, 36000, 32000, 16000])
    expect(col(r.financing.principal)).toEqual([0, 200000, 200000, 200000])
  })
})

describe('a floating-rate annuity is re-levelled when the rate moves', () => {
  // 600,000 over 3 years, 6 % in 2027, 8 % from 2028 (base 5 % / 7 % + 1 % margin). Each period pays the
  // annuity of its opening balance over the periods left at its own rate, PMT(B, r, n) = B·r / (1 − (1+r)^−n):
  //   2027: PMT(600,000, 6 %, 3) = 224,465.888…; interest 36,000; principal 188,465.888…; balance 411,534.112…
  //   2028: PMT(411,534.112, 8 %, 2) = 230,775.66…; interest 32,922.73; principal 197,852.93; balance 213,681.18
  //   2029: the balance 213,681.18 (maturity), interest 17,094.49.
  // Held at 2027's level instead, 2028's principal would be 224,465.89 − 32,922.73 = 191,543.16.
  it('principal 188,465.89 / 197,852.93 / 213,681.18', () => {
    const p = handProject()
    p.financing.tranches = [tranche('USD', { annualRate: '0', tenorYears: 3, graceMonths: 0, repayment: 'annuity', upfrontFee: '0' }, {
      interest: { kind: 'floating', baseRates: [{ year: 2026, annualRate: '0.05' }, { year: 2028, annualRate: '0.07' }], marginAnnualRate: '0.01' }
    })]
    const r = runModel(valid(p))
    const pmt = (b: number, rate: number, n: number) => (b * rate) / (1 - (1 + rate) ** -n)
    const p1 = pmt(600000, 0.06, 3) - 36000
    const b1 = 600000 - p1
    const p2 = pmt(b1, 0.08, 2) - b1 * 0.08
    const b2 = b1 - p2
    const got = col(r.financing.principal)
    expect(got[0]).toBe(0)
    expect(got[1]).toBeCloseTo(p1, 6)
    expect(got[2]).toBeCloseTo(p2, 6)
    expect(got[3]).toBeCloseTo(b2, 6)
    expect(got[2]).toBeCloseTo(197852.93, 1)
  })
})

describe('every schedule series of a tranche plan has one Decimal per period', () => {
  // A slipped first element (a series starting with a stray entry) would shift every later period.
  it('tax and financing series, unhedged and hedged', () => {
    for (const hedged of [false, true]) {
      const r = runModel(twoTranches(hedged))
      const n = r.periods.length
      const series = { ...r.tax, ...r.financing } as Record<string, unknown>
      for (const [key, v] of Object.entries(series)) {
        if (!Array.isArray(v) || v.length === 0 || !(v[0] instanceof Decimal || typeof v[0] === 'string')) continue
        expect({ key, length: v.length }).toEqual({ key, length: n })
        for (const x of v) expect(x instanceof Decimal && x.isFinite(), key).toBe(true)
      }
    }
  })
})

describe('LLCR with tranches discounts at the blended rate of the outstanding tranches', () => {
  // The unhedged two-tranche case: 2027 opens with 300,000 at 10 % and 300,000 at 8 % → 9 %; 2028 opens
  // with 200,000 at 10 % and INR 12 m = 120,000 (at 2028's 100) at 8 % → (20,000 + 9,600) / 320,000 =
  // 9.25 %; 2029 opens with 100,000 at 10 % → 10 %. LLCR = Σ CFADS_k · DF_k / 600,000.
  const r = runModel(twoTranches(false))
  it('rates 9 %, 9.25 %, 10 %; LLCR from them by hand', () => {
    expect(col(r.financing.llcrRates!).slice(1)).toEqual([0.09, 0.0925, 0.1])
    const cf = r.financing.cfads
    const df1 = 1 / 1.09
    const df2 = df1 / 1.0925
    const df3 = df2 / 1.1
    const llcr = (n(cf[1]) * df1 + n(cf[2]) * df2 + n(cf[3]) * df3) / 600000
    expect(r.metrics.llcr.ok && r.metrics.llcr.value.toNumber()).toBeCloseTo(llcr, 12)
  })
})
