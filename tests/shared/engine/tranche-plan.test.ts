/**
 * What the tranche planner (src/shared/engine/tranche-plan.ts, methodology §10) reports beside the
 * schedules: sizing mode and flags, the blended rates, held debt, the aggregate sculpting ratio over
 * tranches whose windows do not overlap, the cap, and tranches with nothing to sculpt on. Figures by hand
 * in the comments; the cases are tests/shared/engine/two-tranche-project.ts and c2Project (CFADS exactly 100 a
 * year for 5 years, no tax, 8 %, target 1.30x, capex 1,000 in one construction year without IDC or fee).
 */
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { runModel } from '@shared/engine'
import type { Project } from '@shared/model'
import { c2Project, handProject } from './hand-project'
import { inrTranche as inr, twoTranches, usdTranche as usd, valid } from './two-tranche-project'

const n = (d: Decimal | null | undefined) => d!.toNumber()
const col = (s: readonly Decimal[]) => s.map((x) => x.toNumber())
const annuityFactor = (years: number) => new Decimal(1).minus(new Decimal(1.08).pow(-years)).div('0.08')

/** c2 with two 50 % tranches; `edit` shapes them. */
const c2Two = (gearing: string, a: Partial<Project['financing']['tranches'][number]>, b: Partial<Project['financing']['tranches'][number]>, edit?: (p: Project) => void) =>
  c2Project(gearing, (q) => {
    const base = q.financing.tranches[0]!
    q.financing.tranches = [{ ...base, id: 'a', name: 'A', share: '0.5', ...a }, { ...base, id: 'b', name: 'B', share: '0.5', ...b }]
    edit?.(q)
  })

describe('what a gearing-sized plan reports', () => {
  const r = runModel(twoTranches(false))
  const f = r.financing

  it('gearing, no cap, no sculpting ratio (equal repayment), one schedule run', () => {
    expect([f.sizingMode, f.capBinding, f.sculptedCapacity, f.sculptingDscr, f.iterations]).toEqual(['gearing', false, null, null, 1])
  })

  it('each tranche\'s first repayment and maturity (1-based): both repay from 2027 (period 2); INR matures in 2028 (3), USD in 2029 (4)', () => {
    expect(f.tranches!.map((t) => [t.firstRepaymentPeriod, t.maturityPeriod])).toEqual([[2, 4], [2, 3]])
  })

  it('hedged only when the tranche says so: the INR tranche unhedged here, hedged in the swap case; the USD tranche never', () => {
    expect(f.tranches!.map((t) => t.hedged)).toEqual([false, false])
    expect(runModel(twoTranches(true)).financing.tranches!.map((t) => t.hedged)).toEqual([false, true])
  })

  it('blended rate at COD: 300,000 at 10 % and INR 24 m / 80 = 300,000 at 8 % → 9 %', () => {
    expect(n(f.periodicRate)).toBe(0.09)
  })
})

describe('blended rates when the balances at COD are not in proportion to the shares', () => {
  // Two construction years (2026–27), operations 2028–31; INR per USD 80 / 90 / 100 in 2026 / 2027 / 2028+.
  // The tranches accrue IDC at 10 % and 8 % and the INR one is translated at 90 at COD, so the weights at
  // COD are not 50/50, and they move again in 2028 when the INR tranche is translated at 100.
  const p = handProject()
  p.timeline = { ...p.timeline, constructionMonths: 24, operatingYears: 4 }
  p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '80' }, { year: 2027, perUsd: '90' }, { year: 2028, perUsd: '100' }] }] }
  p.financing.tranches = [usd(), inr()]
  const r = runModel(valid(p))
  const f = r.financing
  const [a, b] = f.tranches!
  const weighted = (wa: Decimal, wb: Decimal) => wa.times('0.1').plus(wb.times('0.08')).div(wa.plus(wb))

  it('at COD: the tranches\' closing balances in the reporting currency weight their rates', () => {
    const expected = weighted(a!.balance[1]!, b!.balance[1]!)
    expect(n(f.periodicRate)).toBe(expected.toNumber())
    expect(Math.abs(expected.toNumber() - 0.09)).toBeGreaterThan(1e-4) // the case discriminates
  })

  it('construction periods carry the rate at COD; 2028 weights the opening balances at 2028\'s FX (INR at 100, not 90)', () => {
    const rates = f.llcrRates!
    expect([n(rates[0]), n(rates[1])]).toEqual([n(f.periodicRate), n(f.periodicRate)])
    const inr2028 = b!.balanceInCurrency[1]!.div(100)
    expect(n(rates[2])).toBe(weighted(a!.balance[1]!, inr2028).toNumber())
    expect(n(rates[2])).not.toBe(n(f.periodicRate))
  })

  it('once both are repaid (2031) the last rate carries on: 10 % (only the USD tranche was open in 2030)', () => {
    expect(col(f.llcrRates!).slice(4)).toEqual([0.1, 0.1])
  })
})

describe('no debt: the blended rate is the shares\' weighting of the rates', () => {
  it('25 % at 10 % and 75 % at 8 % → 8.5 %', () => {
    const p = handProject()
    p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '80' }] }] }
    p.financing.gearing = '0'
    p.financing.tranches = [usd({ share: '0.25' }), inr({ share: '0.75' })]
    const f = runModel(valid(p)).financing
    expect(n(f.totalDebt)).toBe(0)
    expect(n(f.periodicRate)).toBe(0.085)
  })
})

describe('held debt (a scenario without re-sizing) is held in each tranche\'s currency', () => {
  // INR 25 % weaker everywhere (80 → 100 in 2026–27, 100 → 125 from 2028). The INR tranche keeps its
  // INR 24 m and INR 12 m a year: 2027 (1.92 m + 12 m) / 100 = 139,200; 2028 (0.96 m + 12 m) / 125 =
  // 103,680. The USD tranche is unchanged: 130,000 / 120,000 / 110,000.
  const base = twoTranches(false)
  const r = runModel(base, { scenario: { id: 'fx', name: 'INR weaker', fxMultiplier: '1.25' } })
  const f = r.financing

  it('reports a fixed plan', () => {
    expect([f.sizingMode, f.capBinding, f.sculptedCapacity, f.sculptingDscr, f.iterations]).toEqual(['fixed', false, null, null, 1])
  })

  it('INR 24 m drawn and INR 12 m a year repaid, as in the base case; debt service 269,200 / 223,680 / 110,000', () => {
    const t = f.tranches![1]!
    expect(col(t.drawdownsInCurrency)).toEqual([24_000_000, 0, 0, 0])
    expect(col(t.principalInCurrency)).toEqual([0, 12_000_000, 12_000_000, 0])
    expect(col(f.debtService)).toEqual([0, 269_200, 223_680, 110_000])
  })

  it('an explicit held debt without tranche lines is split by share and converted (hedged: at financial close, 80)', () => {
    // Both tranches 3 years: aggregate principal 200,000 a year → USD 100,000 and INR 100,000 × 80 = 8 m.
    const p = twoTranches(true)
    p.financing.tranches[1] = { ...p.financing.tranches[1]!, tenorYears: 3 }
    const held = { drawdowns: ['600000', '0', '0', '0'].map((x) => new Decimal(x)), principal: ['0', '200000', '200000', '200000'].map((x) => new Decimal(x)) }
    const g = runModel(valid(p), { fixedDebt: held }).financing
    expect(col(g.tranches![0]!.principalInCurrency)).toEqual([0, 100_000, 100_000, 100_000])
    expect(col(g.tranches![1]!.drawdownsInCurrency)).toEqual([24_000_000, 0, 0, 0])
    expect(col(g.tranches![1]!.principalInCurrency)).toEqual([0, 8_000_000, 8_000_000, 8_000_000])
  })
})

describe('sculpted sizing when the tranches repay in different years (the aggregate ratio per period)', () => {
  // A: 50 %, years 1–4. B: 50 %, 48 months' grace then 1 year: year 5 alone. Each sculpts on its 50 of
  // CFADS. In year 5 only B repays: 0.5 · s_B = 1 / 1.3 with s_B = D_B / (50 / 1.08), so D_B = 100 /
  // (1.3 · 1.08) = 71.225071 and D = 142.450142 (the cap, 950, does not bind). A: D_A = 71.225071 over
  // a(4, 8 %) = 3.312127 → 21.504389 a year; B's grace interest 5.698006 → years 1–4 at 100 / 27.202395
  // = 3.676147x; year 5: B pays 71.225071 · 1.08 = 76.923077 → 1.30x.
  const r = runModel(c2Two('0.95', { tenorYears: 4 }, { tenorYears: 1, graceMonths: 48 }))
  const f = r.financing
  const dB = new Decimal(100).div(new Decimal('1.3').times('1.08'))

  it('debt 142.450142, capacity the same, sculpted to 1.30x, cap not binding', () => {
    expect(n(f.totalDebt)).toBeCloseTo(dB.times(2).toNumber(), 6)
    expect(n(f.sculptedCapacity)).toBeCloseTo(dB.times(2).toNumber(), 6)
    expect(n(f.sculptingDscr)).toBeCloseTo(1.3, 9)
    expect([f.sizingMode, f.capBinding]).toEqual(['sculpted', false])
  })

  it('A pays D_A / a(4) in years 1–4; B its interest, then all of it in year 5', () => {
    const [a, b] = f.tranches!
    const ds = (t: NonNullable<typeof a>) => t.interest.map((x, i) => x.plus(t.principal[i]!).toNumber())
    for (const k of [1, 2, 3, 4]) expect(ds(a!)[k]).toBeCloseTo(dB.div(annuityFactor(4)).toNumber(), 6)
    for (const k of [1, 2, 3, 4]) expect(ds(b!)[k]).toBeCloseTo(dB.times('0.08').toNumber(), 6)
    expect(ds(b!)[5]).toBeCloseTo(100 / 1.3, 6)
    expect(n(r.metrics.minDscr.ok ? r.metrics.minDscr.value : null)).toBeCloseTo(1.3, 9)
  })

  it('every sizing pass and every sculpting pass counts: more runs than the final solve alone (3: no tax, settled on the second pass)', () => {
    expect(f.iterations).toBeGreaterThanOrEqual(4)
    const geared = runModel(c2Two('0.95', { tenorYears: 4 }, { tenorYears: 1, graceMonths: 48 }, (q) => { q.financing.sizing = 'gearing' })).financing
    expect(geared.iterations).toBe(3)
  })
})

describe('the same, mirrored: the tranche that repays first carries the highest ratio', () => {
  // A: 50 %, year 1 alone; B: 50 %, 12 months' grace then years 2–5. Now year 1 sets the size: 0.5 · s_A
  // = 1 / 1.3 with s_A = D_A / (50 / 1.08): the same D = 142.450142; B repays D_B / a(4) = 21.504389 a year
  // in years 2–5 after its year-1 interest, and year 1 is at 100 / (76.923077 + 5.698006) = 1.210351x.
  const f = runModel(c2Two('0.95', { tenorYears: 1 }, { tenorYears: 4, graceMonths: 12 })).financing
  const dB = new Decimal(100).div(new Decimal('1.3').times('1.08'))

  it('debt 142.450142 and the sculpting DSCR 1.30x, set by year 1', () => {
    expect(n(f.totalDebt)).toBeCloseTo(dB.times(2).toNumber(), 6)
    expect(n(f.sculptingDscr)).toBeCloseTo(1.3, 9)
    expect(n(f.dscr[1]!.ok ? f.dscr[1]!.value : null)).toBeCloseTo(100 / (100 / 1.3 + dB.times('0.08').toNumber()), 9)
  })
})

describe('the gearing cap', () => {
  // Two 5-year 50 % tranches sculpt as one debt: capacity (100 / 1.3) · a(5, 8 %) = 76.923077 · 3.992710
  // = 307.131564.
  const capacity = new Decimal(100).div('1.3').times(annuityFactor(5))

  it('binds at 10 % (debt 100): capacity 307.13 reported; each tranche s = 50 / (50 · a(5)) so the sculpting DSCR is a(5) = 3.99271x', () => {
    const f = runModel(c2Two('0.1', {}, {})).financing
    expect([n(f.totalDebt), f.capBinding]).toEqual([100, true])
    expect(n(f.sculptedCapacity)).toBeCloseTo(capacity.toNumber(), 6)
    expect(n(f.sculptingDscr)).toBeCloseTo(annuityFactor(5).toNumber(), 9)
  })

  it('a capacity within 0.01 below the cap takes the cap (§7 tolerance); 0.02 below, the capacity', () => {
    const gearingFor = (above: string) => capacity.plus(above).div(1000).toDecimalPlaces(12, Decimal.ROUND_UP).toString()
    const near = runModel(c2Two(gearingFor('0.004'), {}, {})).financing
    expect(n(near.totalDebt)).toBe(new Decimal(gearingFor('0.004')).times(1000).toNumber())
    expect(near.capBinding).toBe(false)
    const far = runModel(c2Two(gearingFor('0.02'), {}, {})).financing
    expect(n(far.totalDebt)).toBeCloseTo(capacity.toNumber(), 6)
  })
})

describe('a sculpted tranche beside an equal-principal one, with tax (gearing sizing)', () => {
  // The hand project (tax 25 %): the sculpted tranche's ratio s must be solved with the CFADS its own
  // interest shield produces; stopped early, its service would not be a constant share of CFADS.
  const p = handProject()
  p.financing.tranches = [usd({ id: 's', repayment: 'sculpted' }), usd({ id: 'e' })]
  const r = runModel(valid(p))
  const s = r.financing.tranches![0]!

  it('sculpted service / CFADS is the same in every repayment year (to 1e-15), and the tranche is repaid by 2029', () => {
    const ratio = [1, 2, 3].map((k) => s.interest[k]!.plus(s.principal[k]!).div(r.financing.cfads[k]!))
    for (const x of ratio) expect(x.minus(ratio[0]!).abs().toNumber()).toBeLessThan(1e-15)
    expect(n(s.balance[3])).toBe(0)
    expect(r.financing.sculptingDscr).toBeNull() // one tranche is not sculpted: no single sculpting DSCR
  })
})

describe('tranches with no CFADS to sculpt on', () => {
  const zeroPrice = (q: Project) => { q.prices.decks[0]!.prices = [{ productId: 'ni', mode: 'escalating', basePricePerUnit: '0', baseYear: 2026, escalation: '0' }] }

  it('gearing sizing: no principal until maturity, where the last instalment clears the balance', () => {
    const f = runModel(c2Two('0.5', {}, {}, (q) => { q.financing.sizing = 'gearing'; zeroPrice(q) })).financing
    for (const t of f.tranches!) expect(col(t.principal)).toEqual([0, 0, 0, 0, 0, 250])
  })

  it('sculpted sizing: no capacity, no debt', () => {
    const f = runModel(c2Two('0.5', {}, {}, zeroPrice)).financing
    expect([n(f.totalDebt), n(f.sculptedCapacity)]).toEqual([0, 0])
  })
})
