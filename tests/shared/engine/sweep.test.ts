import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sum } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { buildStatements } from '@shared/engine/statements'
import type { Project } from '@shared/model'
import { readProjectFile } from '@shared/model/project-file'
import { setDebt } from '../model/tranche-fixtures'
import { c2Project } from './hand-project'
import { twoTranches, valid } from './two-tranche-project'

/**
 * The cash sweep (§11) through the whole engine on domain case C2 made taxable: price 2, so EBITDA is 200
 * a year for 5 years (periods 2–6, one construction year), capex 1,000 depreciated straight-line over 10
 * years (100 a year), tax 25 %. Debt 120 (gearing 12 %, nothing drawn before construction ends: no IDC)
 * at 10 %, equal principal over 3 years: 40 in periods 2, 3 and 4 — the loan's last two instalments
 * (periods 3 and 4) are the tail a sweep retires. No DSRA unless a test turns it on.
 *
 * Without a sweep: interest 12, 8, 4; tax 25 % × (200 − 100 − interest) = 22, 23, 24, then 25; CFADS
 * = 200 − tax = 178, 177, 176, 175, 175; debt service 52, 48, 44.
 */
function taxedC2(edit?: (p: Project) => void): Project {
  return c2Project('0.12', (p) => {
    p.financing.sizing = 'gearing'
    setDebt(p, { repayment: 'equal', annualRate: '0.1', tenorYears: 3 })
    p.financing.dsra = { enabled: false, months: 6 }
    p.prices.decks[0]!.prices = [{ productId: 'ni', mode: 'escalating', basePricePerUnit: '2', baseYear: 2026, escalation: '0' }]
    p.tax = { ...p.tax, rate: '0.25', depreciation: { method: 'straightLine', years: 10 } }
    edit?.(p)
  })
}
const nums = (xs: readonly { toNumber(): number }[]) => xs.map((x) => Number(x.toNumber().toFixed(9)))
const sweep50 = (p: Project) => void (p.financing.waterfall = { sweep: { share: '0.5', trigger: null, allocation: 'pro-rata' } })

describe('the cash sweep on a taxable hand case (C2, price 2, tax 25 %)', () => {
  it('without a sweep: the figures the sweep case starts from', () => {
    const f = runModel(taxedC2()).financing
    expect(nums(f.interest)).toEqual([0, 12, 8, 4, 0, 0])
    expect(nums(f.cfads)).toEqual([0, 178, 177, 176, 175, 175])
    expect(nums(f.debtService)).toEqual([0, 52, 48, 44, 0, 0])
    expect(nums(f.waterfall.sweep)).toEqual([0, 0, 0, 0, 0, 0])
  })

  it('half the cash left sweeps: the last instalment is retired, interest falls, tax is re-walked, the loan matures a period early', () => {
    // P2: CFADS 178 (interest 12 on the full 120, so tax 22 as before), debt service 12 + 40 = 52, cash
    //     left 126; sweep 50 % = 63 (below the 80 still owed) → balance 80 − 63 = 17. Distribution 63.
    // P3: interest 10 % × 17 = 1.7 (not 8); tax 25 % × (200 − 100 − 1.7) = 24.575 (not 23); CFADS 175.425;
    //     principal min(40 scheduled, 17 owed) = 17 → repaid, debt service 18.7 (not 48); cash left
    //     156.725, nothing left to sweep, all distributed.
    // P4: no debt (the scheduled 40 was retired by the sweep): tax 25, CFADS 175, debt service 0 (not 44).
    const r = runModel(taxedC2(sweep50))
    const f = r.financing
    expect(nums(f.interest)).toEqual([0, 12, 1.7, 0, 0, 0])
    expect(nums(r.tax.tax)).toEqual([0, 22, 24.575, 25, 25, 25])
    expect(nums(f.cfads)).toEqual([0, 178, 175.425, 175, 175, 175])
    expect(nums(f.principal)).toEqual([0, 40, 17, 0, 0, 0])
    expect(nums(f.debtService)).toEqual([0, 52, 18.7, 0, 0, 0])
    expect(nums(f.waterfall.sweep)).toEqual([0, 63, 0, 0, 0, 0])
    expect(nums(f.closingBalance)).toEqual([120, 17, 0, 0, 0, 0])
    expect(nums(f.openingBalance)).toEqual([0, 120, 17, 0, 0, 0])
    // Every tax line is re-walked, one value per period: taxable income 100 − interest, no losses.
    expect(nums(r.tax.taxableIncomeBeforeLosses)).toEqual([0, 88, 98.3, 100, 100, 100])
    expect(nums(r.tax.taxableIncome)).toEqual([0, 88, 98.3, 100, 100, 100])
    expect(nums(r.tax.lossesUsed)).toEqual([0, 0, 0, 0, 0, 0])
    expect(nums(r.tax.lossesCarriedForward)).toEqual([0, 0, 0, 0, 0, 0])
    expect(nums(r.tax.lossesExpired)).toEqual([0, 0, 0, 0, 0, 0])
    expect(nums(r.tax.taxRate)).toEqual([0.25, 0.25, 0.25, 0.25, 0.25, 0.25])
    expect(nums(r.tax.depreciation)).toEqual([0, 100, 100, 100, 100, 100])
    expect(nums(r.tax.bookValue)).toEqual([1000, 900, 800, 700, 600, 500])
    // No DSRA in the terms: no target, even with the sweep projecting debt service.
    expect(nums(f.dsraTarget)).toEqual([0, 0, 0, 0, 0, 0])
    expect(nums(f.distributions)).toEqual([0, 63, 156.725, 175, 175, 175])
    // DSCR of the later period moves with the re-profiled service: 175.425 / 18.7.
    expect(f.dscr[2]!.ok && f.dscr[2]!.value.toNumber()).toBeCloseTo(175.425 / 18.7, 12)
    expect(r.metrics.totalSwept.ok && r.metrics.totalSwept.value.toNumber()).toBe(63)
    // Contractual maturity is period 4; the debt is repaid in period 3.
    expect([f.maturityPeriod, r.metrics.debtRepaidPeriod]).toEqual([4, 3])
    // The single tranche's lines are the swept ones too (the statements read them).
    expect(nums(f.tranches[0]!.balance)).toEqual([120, 17, 0, 0, 0, 0])
    expect(nums(f.tranches[0]!.interest)).toEqual([0, 12, 1.7, 0, 0, 0])
    // Sizing is not changed by the sweep: the same debt, drawn the same way.
    expect(f.totalDebt.toNumber()).toBe(120)
    const st = buildStatements(r)
    expect(st.maxRelativeBalanceCheck.lt('1e-30')).toBe(true)
    // The cash-flow statement shows the prepayment apart from scheduled principal.
    expect(nums(st.perPeriod.cashFlow.sweep)).toEqual([0, -63, 0, 0, 0, 0])
  })

  it('the DSRA target follows the re-profiled debt service from the period after a sweep', () => {
    // 12-month DSRA. At COD the target is P2's service, 52 (equity). P2: target at its end = next year's
    // service as scheduled before P2's sweep: interest 10 % × 80 = 8 + 40 = 48, so 4 is released: cash
    // left 126 + 4 = 130, swept 65 → balance 15. P3: interest 1.5, tax 25 % × 98.5 = 24.625, CFADS 175.375,
    // principal 15, service 16.5; target 0 (nothing owed after P3): the 48 is released, 175.375 − 16.5 + 48
    // = 206.875 distributed. (Without the sweep the P3 target would be P4's 44.)
    const r = runModel(taxedC2((p) => {
      sweep50(p)
      p.financing.dsra = { enabled: true, months: 12 }
      // Business losses that lapse (§14): none arise here, so the ledger's lines are zero in every period.
      p.tax.lossExpiryYears = 8
    }))
    expect(nums(r.tax.unabsorbedDepreciation!)).toEqual([0, 0, 0, 0, 0, 0])
    const f = r.financing
    expect(nums(f.dsraTarget)).toEqual([52, 48, 0, 0, 0, 0])
    expect(nums(f.dsraBalance)).toEqual([52, 48, 0, 0, 0, 0])
    expect(nums(f.waterfall.sweep)).toEqual([0, 65, 0, 0, 0, 0])
    expect(nums(f.debtService)).toEqual([0, 52, 16.5, 0, 0, 0])
    expect(nums(f.distributions)).toEqual([0, 65, 206.875, 175, 175, 175])
  })

  it('on a DSCR trigger: only the periods whose DSCR is below it sweep', () => {
    // DSCR P2 = 178 / 52 = 3.42x. A 3.0x trigger never fires (the figures are those without a sweep, but
    // totalSwept is reported as 0); a 3.5x trigger fires in P2 as the every-period case does, and P3
    // (175.425 / 18.7 = 9.4x) would not sweep anyway.
    const off = runModel(taxedC2((p) => void (p.financing.waterfall = { sweep: { share: '0.5', trigger: '3', allocation: 'pro-rata' } })))
    const none = runModel(taxedC2())
    expect(nums(off.financing.waterfall.sweep)).toEqual([0, 0, 0, 0, 0, 0])
    expect(off.metrics.totalSwept.ok && off.metrics.totalSwept.value.toNumber()).toBe(0)
    expect(nums(off.financing.debtService)).toEqual(nums(none.financing.debtService))
    expect(nums(off.financing.distributions)).toEqual(nums(none.financing.distributions))
    expect(none.metrics.totalSwept.ok).toBe(false)
    const on = runModel(taxedC2((p) => void (p.financing.waterfall = { sweep: { share: '0.5', trigger: '3.5', allocation: 'pro-rata' } })))
    expect(nums(on.financing.waterfall.sweep)).toEqual([0, 63, 0, 0, 0, 0])
  })

  it('a whole sweep (100 %) of more cash than is owed repays the loan in the first period', () => {
    // P2: cash left 126 ≥ the 80 owed after principal: 80 swept, 46 distributed.
    const f = runModel(taxedC2((p) => void (p.financing.waterfall = { sweep: { share: '1', trigger: null, allocation: 'pro-rata' } }))).financing
    expect(nums(f.waterfall.sweep)).toEqual([0, 80, 0, 0, 0, 0])
    expect(nums(f.closingBalance)).toEqual([120, 0, 0, 0, 0, 0])
    expect(nums(f.distributions)).toEqual([0, 46, 175, 175, 175, 175])
  })
})

describe('the cash sweep into one tranche of two, one in INR (the two-tranche case of §10)', () => {
  /**
   * USD reporting; "US bank" USD 300,000 at 10 %, 100,000 a year over 2027–2029; "India DFI" INR 24 m at
   * 8 %, 12 m a year over 2027–2028, INR 80 per USD in 2027, 100 from 2028; no DSRA. Half the cash left is
   * swept every period, into India DFI first.
   */
  const swept = (hedged: boolean) => {
    const p = twoTranches(hedged)
    p.financing.dsra = { enabled: false, months: 6 }
    p.financing.waterfall = { sweep: { share: '0.5', trigger: null, allocation: 'india-dfi' } }
    return runModel(valid(p))
  }

  it('hedged at the swap (80) + 2 %: the INR part converts at 80, its interest and hedge cost follow, the rest spills to the USD tranche', () => {
    // 2027: CFADS 486,983.33 (as without a sweep: interest is on the opening balances); debt service 30,000
    //   + 24,000 (INR 1.92 m / 80) + hedge 6,000 + principal 100,000 + 150,000 = 310,000; half the 176,983.33
    //   left = 88,491.67, all into India DFI (150,000 owed after principal) = INR 7,079,333.33 at 80:
    //   INR 12 m − 7,079,333.33 = 4,920,666.67 left. US bank keeps 200,000.
    // 2028: India DFI interest 8 % × 4,920,666.67 = INR 393,653.33 = 4,920.67; hedge 2 % × 4,920,666.67 / 80
    //   = 1,230.17; its instalment min(12 m, 4,920,666.67) → repaid, 61,508.33. With US bank 20,000 + 100,000:
    //   debt service 24,920.67 + 1,230.17 + 161,508.33 = 187,659.17 (285,000 without the sweep). Taxable
    //   income rises by the interest and hedge cost saved, (32,000 + 3,000) − (24,920.67 + 1,230.17) = 8,849.17:
    //   tax 25 % × 361,515.83 = 90,378.96; CFADS 630,621.04. Half the 442,961.88 left is above the 100,000
    //   US bank still owes: India DFI is repaid, so it spills there and US bank is repaid too (a year early).
    const r = swept(true)
    const f = r.financing
    const [us, inr] = f.tranches
    expect(nums(f.waterfall.sweep)).toEqual([0, 88491.666666667, 100000, 0])
    expect(nums(inr!.balanceInCurrency)).toEqual([24000000, 4920666.666666667, 0, 0])
    expect(nums(inr!.balance)).toEqual([300000, 61508.333333333, 0, 0])
    expect(nums(inr!.interestInCurrency)).toEqual([0, 1920000, 393653.333333333, 0])
    expect(nums(inr!.principalInCurrency)).toEqual([0, 12000000, 4920666.666666667, 0])
    // The tranche's fees are its hedge cost on the swept balance: 2 % × 24 m / 80, then 2 % × 4,920,666.67 / 80.
    expect(nums(inr!.fees)).toEqual([0, 6000, 1230.166666667, 0])
    expect(nums(f.debtFees)).toEqual([0, 6000, 1230.166666667, 0])
    expect(nums(us!.balanceInCurrency)).toEqual([300000, 200000, 0, 0])
    expect(nums(f.debtService)).toEqual([0, 310000, 187659.166666667, 0])
    expect(nums(r.tax.taxableIncome)).toEqual([0, 327666.666666667, 361515.833333333, 387666.666666667])
    expect(nums(f.cfads)).toEqual([0, 486983.333333333, 630621.041666667, 776183.333333333])
    expect(r.metrics.debtRepaidPeriod).toBe(3)
    expect(buildStatements(r).maxRelativeBalanceCheck.lt('1e-30')).toBe(true)
  })

  it('unhedged: the INR part converts at the period’s FX (80 in 2027), and the 2028 service at 100', () => {
    // 2027: debt service 304,000 (no hedge cost); CFADS 485,483.33; half of 181,483.33 = 90,741.67 = INR
    //   7,259,333.33 at 80 → INR 4,740,666.67 left. 2028 at 100: interest INR 379,253.33 = 3,792.53, the
    //   instalment 4,740,666.67 = 47,406.67; with US bank's 20,000 + 100,000: debt service 171,199.20.
    const r = swept(false)
    const [, inr] = r.financing.tranches
    expect(nums(r.financing.waterfall.sweep)).toEqual([0, 90741.666666667, 100000, 0])
    expect(nums(inr!.balanceInCurrency)).toEqual([24000000, 4740666.666666667, 0, 0])
    expect(nums(inr!.fees)).toEqual([0, 0, 0, 0])
    expect(nums(r.financing.debtService)).toEqual([0, 304000, 171199.2, 0])
    expect(buildStatements(r).maxRelativeBalanceCheck.lt('1e-30')).toBe(true)
  })

  it('pro rata: both tranches take the sweep in proportion to their reporting-currency balances', () => {
    // 2027, hedged: 88,491.67 over US bank 200,000 and India DFI 150,000 (after principal): 4/7 and 3/7 —
    // 50,566.67 and 37,925 (= INR 3,034,000 at 80).
    const p = twoTranches(true)
    p.financing.dsra = { enabled: false, months: 6 }
    p.financing.waterfall = { sweep: { share: '0.5', trigger: null, allocation: 'pro-rata' } }
    const r = runModel(valid(p))
    const [us, inr] = r.financing.tranches
    expect(nums(us!.balanceInCurrency).slice(0, 2)).toEqual([300000, 149433.333333333])
    expect(nums(inr!.balanceInCurrency).slice(0, 2)).toEqual([24000000, 8966000])
  })
})

describe('the cash sweep on the samples', () => {
  for (const name of ['pgm-catalyst-recovery', 'india-black-mass-hydromet', 'india-black-mass-three-lenders']) {
    it(`${name}: a 50 % sweep prepays, shortens the life of the debt, and the statements still balance`, () => {
      const read = readProjectFile(readFileSync(`resources/samples/${name}.json`, 'utf8'))
      if (!read.ok) throw new Error(`${name} does not read`)
      const base = runModel(read.value)
      const p = structuredClone(read.value)
      p.financing.waterfall = { ...p.financing.waterfall, sweep: { share: '0.5', trigger: null, allocation: 'pro-rata' } }
      const r = runModel(p)
      const f = r.financing
      expect(r.metrics.totalSwept.ok && r.metrics.totalSwept.value.gt(0)).toBe(true)
      expect(r.metrics.debtRepaidPeriod!).toBeLessThan(base.metrics.debtRepaidPeriod!)
      expect(f.totalDebt.eq(base.financing.totalDebt)).toBe(true)
      expect(sum(f.interest).lt(sum(base.financing.interest))).toBe(true)
      // Every tranche is repaid to zero and never goes below it, paying less scheduled principal than it
      // borrowed (the sweep paid the rest); in one currency, swept plus scheduled principal is the debt at COD.
      if (f.tranches.every((t) => t.currency === r.currency)) expect(sum(f.principal).plus(sum(f.waterfall.sweep)).minus(r.metrics.debtAtCod).abs().lt('1e-9')).toBe(true)
      for (const t of f.tranches) {
        expect(sum(t.principalInCurrency).lt(t.debtAtCodInCurrency)).toBe(true)
        expect(t.balanceInCurrency.at(-1)!.isZero()).toBe(true)
        for (const b of t.balanceInCurrency) expect(b.isNegative()).toBe(false)
      }
      for (const d of f.distributions) expect(d.isNegative()).toBe(false)
      expect(buildStatements(r).maxRelativeBalanceCheck.lte('1e-9')).toBe(true)
    })
  }
})
