/**
 * Sculpted repayment with the principal floor (docs/methodology.md §7): interest is always paid in cash,
 * principal_k = min(opening, max(0, CFADS_k / DSCR* − interest_k)). The two fixtures are independent audit
 * variants (tests/fixtures/engine/README.md) on which the engine used to produce a negative principal
 * (quarterly, period 11) and to capitalise interest with a hidden DSCR breach (monthly, period 61 with negative
 * CFADS; period 25 covers only part of its interest).
 * The expected schedule below is recomputed here, in floating point, from the engine's CFADS alone.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Decimal, ZERO } from '@shared/decimal'
import { runModel, type ModelResult } from '@shared/engine'
import type { Project } from '@shared/model'
import { readProjectFile } from '@shared/model/project-file'
import { gearingSculptedFloorOutage, sculptedFloorOutage } from '../../xlsx/support/projects'

function fixture(name: string): Project {
  const r = readProjectFile(readFileSync(resolve(import.meta.dirname, '../../fixtures/engine', name), 'utf8'))
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('; '))
  return r.value
}

/** The floored schedule from `debt` with CFADS held (plain numbers): closing balances and the residual the last period's rule leaves. */
function floored(r: ModelResult, debt: number, dscrStar: number): { closing: number[]; residual: number } {
  const f = r.financing
  const rate = f.periodicRate.toNumber()
  let b = debt
  const closing: number[] = []
  let residual = 0
  for (let k = f.firstRepaymentPeriod!; k <= f.maturityPeriod!; k++) {
    const want = Math.max(0, f.cfads[k - 1]!.toNumber() / dscrStar - b * rate)
    if (k === f.maturityPeriod) residual = b - want
    b -= Math.min(b, want)
    closing.push(b)
  }
  return { closing, residual }
}

function commonChecks(r: ModelResult) {
  const f = r.financing
  const star = f.sculptingDscr!
  const first = f.firstRepaymentPeriod!
  const maturity = f.maturityPeriod!
  expect(r.issues.some((i) => i.code === 'balloon')).toBe(false)
  for (let k = r.codPeriod; k <= r.periods.length; k++) {
    const i = k - 1
    expect(f.principal[i]!.isNegative(), `principal ≥ 0 in period ${k}`).toBe(false)
    expect(f.closingBalance[i]!.lte(f.openingBalance[i]!), `balance does not grow in period ${k}`).toBe(true)
    // Interest is paid in cash, and tax deducts exactly that interest.
    expect(f.debtService[i]!.eq(f.interest[i]!.plus(f.principal[i]!))).toBe(true)
    expect(r.tax.taxableIncomeBeforeLosses[i]!.eq(r.operations.ebitda[i]!.minus(r.tax.depreciation[i]!).minus(f.interest[i]!).minus(r.operations.maintenanceCapex[i]!))).toBe(true)
  }
  expect(f.closingBalance[maturity - 1]!.isZero()).toBe(true)
  let bound = 0
  let minDscr = new Decimal(Infinity)
  for (let k = first; k <= maturity; k++) {
    const i = k - 1
    const d = f.dscr[i]!
    if (!f.interest[i]!.gt(0)) continue
    // Every repayment period with a balance has debt service ≥ interest > 0, hence a DSCR.
    expect(d.ok, `DSCR exists in period ${k}`).toBe(true)
    if (!d.ok) continue
    if (d.value.lt(minDscr)) minDscr = d.value
    if (f.cfads[i]!.div(star).gte(f.interest[i]!)) expect(d.value.minus(star).abs().lte(star.times('1e-9')), `DSCR = DSCR* in period ${k}`).toBe(true)
    else {
      bound++
      expect(f.principal[i]!.isZero(), `floor: principal 0 in period ${k}`).toBe(true)
      expect(d.value.lt(star)).toBe(true)
    }
  }
  expect(bound).toBeGreaterThan(0)
  // Min DSCR over the repayment window counts the floored periods.
  expect(r.metrics.minDscr.ok && r.metrics.minDscr.value.eq(minDscr)).toBe(true)
  // An independent forward walk of the floored rule from the engine's CFADS gives the engine's balances
  // and repays the debt within 0.01 at maturity.
  const walk = floored(r, f.closingBalance[r.constructionPeriods - 1]!.toNumber(), star.toNumber())
  walk.closing.forEach((b, j) => expect(Math.abs(b - f.closingBalance[first - 1 + j]!.toNumber())).toBeLessThan(1e-3))
  expect(Math.abs(walk.residual)).toBeLessThan(0.01)
}

describe('sculpted repayment floor (independent audit variants)', () => {
  it('quarterly, gearing cap binds: period 11 has CFADS / DSCR* below interest → principal 0, DSCR < DSCR*, DSCR* re-solved', () => {
    const r = runModel(fixture('sculpt-floor-quarterly.json'))
    const f = r.financing
    commonChecks(r)
    expect(f.capBinding).toBe(true)
    const star = f.sculptingDscr!
    expect(star.gt('1.3')).toBe(true)
    const i = 10 // period 11
    expect(f.cfads[i]!.gt(f.interest[i]!)).toBe(true)
    expect(f.cfads[i]!.div(star).lt(f.interest[i]!)).toBe(true)
    expect(f.principal[i]!.isZero()).toBe(true)
    expect(f.debtService[i]!.eq(f.interest[i]!)).toBe(true)
    expect(r.metrics.minDscrPeriod).toBe(11)
    expect(r.metrics.minDscr.ok && r.metrics.minDscr.value.eq(f.cfads[i]!.div(f.interest[i]!))).toBe(true)
    expect(r.issues.find((x) => x.code === 'sculpting-floor')?.message).toContain('period 11')
    // DSCR* is exactly the ratio whose floored schedule repays the capped debt: 0.1 % higher leaves a balance, 0.1 % lower over-repays.
    const debt = f.closingBalance[r.constructionPeriods - 1]!.toNumber()
    expect(floored(r, debt, star.toNumber() * 1.001).residual).toBeGreaterThan(1000)
    expect(floored(r, debt, star.toNumber() * 0.999).residual).toBeLessThan(-1000)
  })

  it('monthly, cap not binding: CFADS below interest in periods 25 and 61 (negative in 61) → interest paid, negative DSCR is the minimum, debt sized on the floored schedule', () => {
    const r = runModel(fixture('sculpt-negative-cfads-monthly.json'))
    const f = r.financing
    commonChecks(r)
    expect(f.capBinding).toBe(false)
    expect(f.sculptingDscr!.minus(8).abs().lt('1e-9')).toBe(true)
    for (const k of [25, 61]) {
      const i = k - 1
      expect(f.cfads[i]!.lt(f.interest[i]!)).toBe(true)
      expect(f.principal[i]!.isZero()).toBe(true)
      expect(f.debtService[i]!.eq(f.interest[i]!)).toBe(true)
      expect(f.dscr[i]!.ok && f.dscr[i]!.value.lt(1)).toBe(true)
    }
    // Period 61: CFADS is negative (−591,886) and still pays its interest (137,886): DSCR −4.29x.
    expect(f.cfads[60]!.isNegative()).toBe(true)
    expect(f.dscr[60]!.ok && f.dscr[60]!.value.isNegative()).toBe(true)
    expect(r.metrics.minDscrPeriod).toBe(61)
    expect(r.metrics.minDscr.ok && r.metrics.minDscr.value.lt(0)).toBe(true)
    const issue = r.issues.find((x) => x.code === 'cfads-below-interest')
    // Checked from COD (§11): period 13, the first operating month inside the grace, is negative too.
    expect(issue?.message).toContain('periods 13, 25, 61')
    expect(f.cfads[12]!.isNegative()).toBe(true)
    expect(r.issues.find((x) => x.code === 'negative-cfads')?.message).toContain('operating periods 13, 61 (lowest -591885.84 in period 61')
    // Sized debt = sculpted capacity, and it is the largest debt the floored target-DSCR schedule repays
    // (CFADS held): 1,000 more leaves a balance at maturity, the sized debt leaves < 0.01.
    expect(f.sculptedCapacity!.minus(f.totalDebt).abs().lt('0.01')).toBe(true)
    const debt = f.closingBalance[r.constructionPeriods - 1]!.toNumber()
    expect(Math.abs(floored(r, debt, 8).residual)).toBeLessThan(0.01)
    expect(floored(r, debt + 1000, 8).residual).toBeGreaterThan(500)
    // The positive-only PV of the old rule is not what sizes the debt any more: with the floor the capacity
    // exceeds Σ CFADS·DF / 8 over all repayment periods (negatives included).
    let pv = ZERO
    let df = new Decimal(1)
    for (let k = f.firstRepaymentPeriod!; k <= f.maturityPeriod!; k++) {
      df = df.div(f.periodicRate.plus(1))
      pv = pv.plus(f.cfads[k - 1]!.times(df))
    }
    expect(f.totalDebt.gt(pv.div(8))).toBe(true)
  })

  // The constructed projects the Excel recalculation test also uses (tests/xlsx/support/projects.ts).
  it.each([
    ['sculpted sizing, outage year (cap not binding)', sculptedFloorOutage],
    ['gearing sizing, sculpted repayment, quarterly outage', gearingSculptedFloorOutage]
  ] as const)('%s: floored schedule, DSCR* where the floor does not bind, negative DSCR counted', (_n, make) => {
    const r = runModel(make())
    commonChecks(r)
    const f = r.financing
    if (f.sizingMode === 'sculpted') expect(f.sculptingDscr!.minus('2.2').abs().lt('1e-9')).toBe(true)
    expect(r.metrics.minDscr.ok && r.metrics.minDscr.value.isNegative()).toBe(true)
    expect(r.issues.some((x) => x.code === 'cfads-below-interest')).toBe(true)
  })
})
