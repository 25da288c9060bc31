import { describe, expect, it } from 'vitest'
import { type Decimal } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { buildStatements } from '@shared/engine/statements'
import { parseProject, type Project } from '@shared/model'
import { handProject } from './hand-project'
import { twoTranches } from './two-tranche-project'

const valid = (p: Project): Project => {
  const r = parseProject(p)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('; '))
  return r.value
}
const cents = (s: readonly Decimal[]) => s.map((x) => Number(x.toFixed(2)))

/*
 * The hand project of hand-case.test.ts (its arithmetic is in that file's header): 2026 construction,
 * 2027–2029 operations; capex 1,000,000 funded 600,000 debt + 400,000 equity; EBITDA 721,000 a year;
 * straight line 333,333.33; annuity 241,268.88; receivables 152,100 at the end of 2027 and 2028.
 *
 * Income statement (net income = EBITDA − depreciation − interest − tax = 75 % of taxable income):
 *   2027: 721,000 − 333,333.33 − 60,000.00 = 327,666.67 before tax; − 81,916.67 → 245,750.00
 *   2028: 721,000 − 333,333.33 − 41,873.11 = 345,793.55;               − 86,448.39 → 259,345.17
 *   2029: 721,000 − 333,333.33 − 21,933.53 = 365,733.13;               − 91,433.28 → 274,299.85
 * Distributions (CFADS − debt service, no reserves): 245,714.45; 393,282.73; 540,397.83.
 * Balance sheet at each year end:
 *   2026: fixed assets 1,000,000 = debt 600,000 + paid-in equity 400,000.
 *   2027: assets 666,666.67 + receivables 152,100 = 818,766.67;
 *         debt 418,731.12 + equity 400,000 + retained (245,750.00 − 245,714.45 = 35.55) = 818,766.67.
 *   2028: assets 333,333.33 + 152,100 = 485,433.33;
 *         debt 219,335.35 + 400,000 + retained (35.5488 + 259,345.1664 − 393,282.7266 = −133,902.0114)
 *         = 485,433.33 (each line unrounded).
 *   2029: assets 0 (fully depreciated, receivables released); debt 0; retained
 *         −133,902.01 + 274,299.85 − 540,397.83 = −400,000.00: the equity paid in has all come back.
 * Cash-flow statement 2027: operating 721,000 − 152,100 − 81,916.67 = 486,983.33; investing 0; financing
 *   −181,268.88 principal − 60,000 interest − 245,714.45 distributions = −486,983.33; change in cash 0.
 */
describe('statements of the hand project (§12)', () => {
  const r = runModel(valid(handProject()))
  const s = buildStatements(r).perPeriod

  it('income statement by hand', () => {
    expect(cents(s.income.ebitda)).toEqual([0, 721000, 721000, 721000])
    expect(cents(s.income.depreciation)).toEqual([0, -333333.33, -333333.33, -333333.33])
    expect(cents(s.income.seniorInterest)).toEqual([0, -60000, -41873.11, -21933.53])
    expect(cents(s.income.tax)).toEqual([0, -81916.67, -86448.39, -91433.28])
    expect(cents(s.income.netIncome)).toEqual([0, 245750, 259345.17, 274299.85])
    expect(cents(s.income.fxRevaluation)).toEqual([0, 0, 0, 0])
  })

  it('balance sheet by hand, and it balances', () => {
    const b = s.balance
    expect(cents(b.fixedAssets)).toEqual([1000000, 666666.67, 333333.33, 0])
    expect(cents(b.receivables)).toEqual([0, 152100, 152100, 0])
    expect(cents(b.totalAssets)).toEqual([1000000, 818766.67, 485433.33, 0])
    expect(cents(b.seniorDebt)).toEqual([600000, 418731.12, 219335.35, 0])
    expect(cents(b.paidInEquity)).toEqual([400000, 400000, 400000, 400000])
    expect(cents(b.retainedEarnings)).toEqual([0, 35.55, -133902.01, -400000])
    for (const x of b.balanceCheck) expect(x.abs().lte('1e-20')).toBe(true)
  })

  it('cash-flow statement by hand: the change in cash is the change in the cash accounts', () => {
    const c = s.cashFlow
    expect(cents(c.operating)).toEqual([0, 486983.33, 634551.61, 781666.72])
    expect(cents(c.investing)).toEqual([-1000000, 0, 0, 0])
    expect(cents(c.financing)).toEqual([1000000, -486983.33, -634551.61, -781666.72])
    for (const x of c.netChange) expect(x.abs().lte('1e-20')).toBe(true)
  })

  it('annual statements: one row per calendar year, the year-end balance check', () => {
    const a = buildStatements(r).annual
    expect(a.years).toEqual([2026, 2027, 2028, 2029])
    expect(cents(a.income.netIncome)).toEqual([0, 245750, 259345.17, 274299.85])
    expect(cents(a.balance.totalAssets)).toEqual([1000000, 818766.67, 485433.33, 0])
  })
})

/*
 * A grant and a cash DSRA (the hand project, grant 100,000 in 2026, DSRA 6 months): the grant is a source
 * beside debt and equity and sits in equity as a capital reserve; the asset stays at full cost (the engine
 * depreciates it, §7). 2026: uses 1,000,000; net of the grant 900,000 → debt 60 % = 540,000, equity
 * 360,000; the DSRA target (6 months of 2027's annuity on 540,000: 217,141.99 / 2 = 108,571.00) is equity
 * too. Balance sheet 2026: fixed assets 1,000,000 + DSRA cash 108,571.00 = debt 540,000 + equity
 * 468,571.00 + grants 100,000.
 */
describe('a grant and a cash DSRA', () => {
  const p = handProject()
  p.financing.grants = [{ id: 'g', name: 'PLI', amount: '100000' }]
  p.financing.dsra = { enabled: true, months: 6 }
  const r = runModel(valid(p))
  const b = buildStatements(r).perPeriod.balance
  it('2026 by hand, and every period balances', () => {
    expect(Number(b.fixedAssets[0]!.toFixed(2))).toBe(1000000)
    expect(Number(b.capitalGrants[0]!.toFixed(2))).toBe(100000)
    expect(Number(b.seniorDebt[0]!.toFixed(2))).toBe(540000)
    expect(Number(b.dsraCash[0]!.toFixed(2))).toBe(108571)
    expect(Number(b.paidInEquity[0]!.toFixed(2))).toBe(468571)
    for (const x of b.balanceCheck) expect(x.abs().lte('1e-20')).toBe(true)
  })
})

/*
 * FX revaluation, the two-tranche case of §10 (two-tranche-project.ts): the INR tranche draws INR
 * 24,000,000 at 80 = USD 300,000 and repays INR 12,000,000 a year over 2027–2028; INR per USD is 80 in
 * 2026–2027 and 100 from 2028. End of 2027 it owes INR 12,000,000 = USD 150,000 (at 80). In 2028 that
 * opening balance is translated at 100: USD 120,000, so the debt fell by 30,000 with no cash paid — an
 * FX gain of 30,000 in 2028's income statement (an unhedged loan in a weakening currency). Hedged, the
 * swap rate (80) translates every period: no revaluation.
 */
describe('FX revaluation of unhedged foreign-currency debt', () => {
  it('unhedged: a gain of 30,000 in 2028 and the balance holds', () => {
    const st = buildStatements(runModel(twoTranches(false))).perPeriod
    const inr = st.balance.tranches.find((t) => t.currency === 'INR')!
    expect(cents(inr.balance)).toEqual([300000, 150000, 0, 0])
    expect(cents(inr.fxRevaluation)).toEqual([0, 0, 30000, 0])
    expect(cents(st.income.fxRevaluation)).toEqual([0, 0, 30000, 0])
    for (const x of st.balance.balanceCheck) expect(x.abs().lte('1e-20')).toBe(true)
  })
  it('hedged: none', () => {
    const st = buildStatements(runModel(twoTranches(true))).perPeriod
    expect(cents(st.income.fxRevaluation)).toEqual([0, 0, 0, 0])
    for (const x of st.balance.balanceCheck) expect(x.abs().lte('1e-20')).toBe(true)
  })
})
