import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import {
  AMBER_BAND, GRADE_TOLERANCE, type Side, gradeAgainst, gradeAgainstExcel, gradeCoverAllOperating, gradeCoverAllOperatingExcel, gradeDefaultPeriods, gradeDefaultPeriodsExcel,
  gradeDsra, gradeDsraExcel, gradeMinDscr, gradeMinDscrExcel, gradeNpv, gradeNpvExcel, gradeSponsorSupport, gradeSponsorSupportExcel, minDscrAmberEdgeExcel
} from '@shared/rules/grade'
import { col, evaluateRow } from './evaluate'

/**
 * The checklist's grading rule in its Decimal form (the app) and its Excel form (the Covenants sheet)
 * agree on a grid of values around every edge: each threshold, each amber edge, the lock-up level,
 * exactly and a step either side, and just inside and outside the tolerance.
 */
const band = AMBER_BAND.toNumber()
const tol = GRADE_TOLERANCE.toNumber()
const excel = (values: (number | string)[], formula: string) => evaluateRow(values, [formula])[0]

/** Values around each edge: exact, ±1e-12 (inside the tolerance), ±1e-6 and ±0.01 (outside). */
function around(edges: Decimal[]): Decimal[] {
  const steps = ['0', '1e-12', '-1e-12', '1e-6', '-1e-6', '0.01', '-0.01', '0.5', '-0.5']
  return edges.flatMap((e) => steps.map((s) => e.plus(s)))
}

const THRESHOLDS = ['1.3', '1.25', '1.17', '0.75', '0.65', '0.5', '2.6', '1', '0', '10'].map((t) => new Decimal(t))

describe('grading rule: Decimal and Excel forms agree (src/shared/rules/grade.ts)', () => {
  it.each(['atLeast', 'atMost'] as Side[])('gradeAgainst, %s, on a grid including exact boundaries', (side) => {
    let n = 0
    for (const t of THRESHOLDS) {
      const amberEdge = t.times(side === 'atLeast' ? 1 - band : 1 + band)
      for (const v of around([t, amberEdge, new Decimal(t.times(side === 'atLeast' ? '0.9' : '1.1'))])) {
        const want = gradeAgainst(v, t, side)
        const got = excel([v.toNumber(), t.toNumber(), band, tol], gradeAgainstExcel(col(0), col(1), side, col(2), col(3)))
        expect({ v: v.toString(), t: t.toString(), got }).toEqual({ v: v.toString(), t: t.toString(), got: want })
        n++
      }
    }
    expect(n).toBeGreaterThan(200)
  })

  it('the checklist\'s own boundary cases: exactly the threshold and exactly 90 % / 110 % of it', () => {
    const d = (x: string) => new Decimal(x)
    expect(gradeAgainst(d('1.3'), d('1.3'), 'atLeast')).toBe('green')
    expect(gradeAgainst(d('1.17'), d('1.3'), 'atLeast')).toBe('amber')
    expect(gradeAgainst(d('1.1699'), d('1.3'), 'atLeast')).toBe('red')
    expect(gradeAgainst(d('0.825'), d('0.75'), 'atMost')).toBe('amber')
    // A sculpted DSCR a few 1e-15 under its covenant (Decimal rounding in the solve) meets it, in both forms.
    expect(gradeAgainst(d('2.599999999999991553'), d('2.6'), 'atLeast')).toBe('green')
    expect(excel([Number('2.599999999999991553'), 2.6, band, tol], gradeAgainstExcel(col(0), col(1), 'atLeast', col(2), col(3)))).toBe('green')
    expect(excel([1.17, 1.3, band, tol], gradeAgainstExcel(col(0), col(1), 'atLeast', col(2), col(3)))).toBe('amber')
  })

  it('minimum DSCR: the lock-up band when lock-up is below the covenant, else the 10 % band', () => {
    const pairs: [string, string][] = [['1.3', '1.1'], ['1.25', '1.1'], ['1.3', '1.3'], ['1.2', '1.25'], ['1.3', '1.2'], ['1.5', '0']]
    let n = 0
    for (const [c, l] of pairs) {
      const cov = new Decimal(c)
      const lock = new Decimal(l)
      for (const v of around([cov, lock, cov.times(1 - band)])) {
        const want = gradeMinDscr(v, cov, lock)
        const got = excel([v.toNumber(), cov.toNumber(), lock.toNumber(), band, tol], gradeMinDscrExcel(col(0), col(1), col(2), col(3), col(4)))
        expect({ v: v.toString(), c, l, got }).toEqual({ v: v.toString(), c, l, got: want })
        n++
      }
    }
    expect(gradeMinDscr(new Decimal('1.15'), new Decimal('1.3'), new Decimal('1.1'))).toBe('amber') // below 90 % but above lock-up
    expect(gradeMinDscr(new Decimal('1.09'), new Decimal('1.3'), new Decimal('1.1'))).toBe('red')
    expect(n).toBeGreaterThan(100)
  })

  it('DSRA months and NPV', () => {
    for (const need of [0, 3, 6, 12]) for (const have of [0, 1, 3, 5, 6, 9, 12, 24]) {
      expect({ have, need, got: excel([have, need], gradeDsraExcel(col(0), col(1))) }).toEqual({ have, need, got: gradeDsra(have, need) })
    }
    expect(gradeDsra(0, 6)).toBe('red')
    expect(gradeDsra(3, 6)).toBe('amber')
    for (const v of around([new Decimal(0), new Decimal('-1e-9'), new Decimal('1000000')])) {
      expect({ v: v.toString(), got: excel([v.toNumber(), tol], gradeNpvExcel(col(0), col(1))) }).toEqual({ v: v.toString(), got: gradeNpv(v) })
    }
    expect(gradeNpv(new Decimal('-0.01'))).toBe('red')
  })

  it('the constants: amber band 10 %, tolerance 1e-9 (issue 21)', () => {
    expect(AMBER_BAND.toString()).toBe('0.1')
    expect(GRADE_TOLERANCE.toString()).toBe('0.000000001')
  })

  it("Excel: the NPV grade's edge is the number 0, as text (ABS() with no argument is an Excel error) (issue 21)", () => {
    expect(gradeNpvExcel('A1', 'B1')).toBe('IF(A1>=0-B1*MAX(1,ABS(0)),"green","red")')
  })

  it("Excel: the minimum DSCR's amber edge is the lock-up level when below the covenant, else 90 % of the covenant (issue 21)", () => {
    // (covenant, lock-up, band): (1.3, 1.1, 0.1) → 1.1; (1.3, 1.3, 0.1) → 1.3 × 0.9 = 1.17; (1.2, 1.25, 0.1) → 1.08.
    const edge = (c: number, l: number) => excel([c, l, band], minDscrAmberEdgeExcel(col(0), col(1), col(2)))
    expect(edge(1.3, 1.1)).toBe(1.1)
    expect(edge(1.3, 1.3) as number).toBeCloseTo(1.17, 12)
    expect(edge(1.2, 1.25) as number).toBeCloseTo(1.08, 12)
  })

  it('cover in every operating period: green from the lock-up (or 1.00x), amber from 1.00x, red below, both forms', () => {
    let n = 0
    for (const l of ['1.1', '1.25', '0.9', '0', '1']) {
      const lock = new Decimal(l)
      for (const v of around([lock, new Decimal(1), new Decimal('-0.3')])) {
        const want = gradeCoverAllOperating(v, lock)
        expect({ v: v.toString(), l, got: excel([v.toNumber(), lock.toNumber(), tol], gradeCoverAllOperatingExcel(col(0), col(1), col(2))) }).toEqual({ v: v.toString(), l, got: want })
        n++
      }
    }
    expect(n).toBe(135)
    // By hand: lock-up 1.10x — 1.10 green, 1.05 amber (debt service met, distributions trapped), 0.99 red; lock-up 0.9 — 1.00 is the edge.
    const d = (x: string) => new Decimal(x)
    expect([gradeCoverAllOperating(d('1.1'), d('1.1')), gradeCoverAllOperating(d('1.05'), d('1.1')), gradeCoverAllOperating(d('0.99'), d('1.1'))]).toEqual(['green', 'amber', 'red'])
    expect([gradeCoverAllOperating(d('1'), d('0.9')), gradeCoverAllOperating(d('0.95'), d('0.9'))]).toEqual(['green', 'red'])
  })

  it('sponsor support: none green, ramp-up only amber, any from the first repayment red; default periods: none green, any red — both forms', () => {
    const cases: [string, string, string][] = [['0', '0', 'green'], ['1e-9', '0', 'amber'], ['3475056.7', '0', 'amber'], ['100', '1e-9', 'red'], ['100', '100', 'red']]
    for (const [t, r, want] of cases) {
      expect(gradeSponsorSupport(new Decimal(t), new Decimal(r))).toBe(want)
      expect(excel([Number(t), Number(r)], gradeSponsorSupportExcel(col(0), col(1)))).toBe(want)
    }
    for (const [c, want] of [[0, 'green'], [1, 'red'], [7, 'red']] as const) {
      expect(gradeDefaultPeriods(c)).toBe(want)
      expect(excel([c], gradeDefaultPeriodsExcel(col(0)))).toBe(want)
    }
  })
})
