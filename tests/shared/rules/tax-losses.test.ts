import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { NO_LOSSES, emptyLossStep, lossLedger, lossLifePeriods, lossStep, lossStepExcel, lossStepFloat, type LossState, type LossStep } from '@shared/rules/tax-losses'
import { taxStep } from '@shared/rules/tax-with-losses'
import { WorkbookEvaluator } from '@shared/workbook/formula-eval'
import type { Cell } from '@shared/workbook/types'

const D = (x: number | string) => new Decimal(x)
const COLS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const colName = (k: number): string => (k < 26 ? COLS[k]! : `${COLS[Math.floor(k / 26) - 1]!}${COLS[k % 26]!}`)

/** The Decimal walk over periods 0…n−1 (no construction): what the engine runs. */
function walk(befores: readonly number[], deps: readonly number[], life: number, rate = 0.25): LossStep<Decimal>[] {
  const ledger = lossLedger(life)
  return befores.map((b, i) => ledger.step(i, D(b), D(deps[i] ?? 0), D(rate)))
}

/** The float walk, with the running totals of business losses kept for the lag, as the Monte Carlo path keeps them. */
function walkFloat(befores: readonly number[], deps: readonly number[], life: number, rate = 0.25): LossStep<number>[] {
  const arisenTo: number[] = []
  const state: LossState<number> = { arisen: 0, consumed: 0, unabsorbed: 0 }
  return befores.map((b, i) => {
    const back = i - life - 1
    const s = lossStepFloat(b, deps[i] ?? 0, state, back >= 0 ? arisenTo[back]! : 0, rate)
    Object.assign(state, s.state)
    arisenTo[i] = s.state.arisen
    return { ...s, state: { ...s.state } }
  })
}

/**
 * The Excel form laid out as the Tax sheet lays it: one row per line, one column per period (column A =
 * period 1), the life in a named cell `Life`, the rate in `Rate`. Returns each period's values by line.
 */
function walkExcel(befores: readonly number[], deps: readonly number[], life: number, rate = 0.25): Record<string, unknown>[] {
  const lines = ['before', 'dep', 'period', 'expired', 'newUnabsorbed', 'newBusiness', 'usedBusiness', 'usedUnabsorbed', 'used', 'taxable', 'tax', 'arisen', 'consumed', 'unabsorbed', 'carried'] as const
  const rowOf = (line: string) => lines.indexOf(line as (typeof lines)[number]) + 1
  const n = befores.length
  const at = (line: string, k: number) => `${colName(k)}${rowOf(line)}`
  const prev = (line: string, k: number) => (k === 0 ? '0' : at(line, k - 1))
  const rows: Cell[][] = lines.map(() => [])
  for (let k = 0; k < n; k++) {
    const f = lossStepExcel({
      before: at('before', k), dep: at('dep', k), period: at('period', k), life: 'Life', arisenSpan: `$A$${rowOf('arisen')}:$${colName(n - 1)}$${rowOf('arisen')}`,
      prevArisen: prev('arisen', k), prevConsumed: prev('consumed', k), prevUnabsorbed: prev('unabsorbed', k),
      expired: at('expired', k), newUnabsorbed: at('newUnabsorbed', k), newBusiness: at('newBusiness', k), usedBusiness: at('usedBusiness', k),
      usedUnabsorbed: at('usedUnabsorbed', k), used: at('used', k), taxable: at('taxable', k), arisen: at('arisen', k), consumed: at('consumed', k),
      unabsorbed: at('unabsorbed', k), rate: 'Rate'
    })
    rows[0]!.push({ t: 'n', v: befores[k]! })
    rows[1]!.push({ t: 'n', v: deps[k] ?? 0 })
    rows[2]!.push({ t: 'n', v: k + 1 })
    lines.slice(3).forEach((line, j) => rows[j + 3]!.push({ t: 'f', f: (f as Record<string, string>)[line]! }))
  }
  rows.push([{ t: 'n', v: life }, { t: 'n', v: rate }])
  const names = [{ name: 'Life', sheet: 'S', ref: `$A$${rows.length}` }, { name: 'Rate', sheet: 'S', ref: `$B$${rows.length}` }]
  const ev = new WorkbookEvaluator({ title: 't', names, sheets: [{ name: 'S', rows, colWidths: [], groups: [], landscape: false }] })
  return befores.map((_, k) => Object.fromEntries(lines.map((line) => [line, ev.cell('S', rowOf(line), k + 1)])))
}

const pick = (s: LossStep<Decimal>) => ({ expired: s.expired.toNumber(), used: s.used.toNumber(), taxable: s.taxable.toNumber(), tax: s.tax.toNumber(), unabsorbed: s.unabsorbed.toNumber(), carried: s.carried.toNumber() })

describe('business losses expire after N tax years; unabsorbed depreciation never does (methodology §14)', () => {
  it('annual periods, 8 years: a business loss of year 1 lapses unused after year 9 while the unabsorbed depreciation of year 1 is used in year 12', () => {
    // Year 1: before = −500 with depreciation 200 → unabsorbed depreciation 200 (the depreciation not
    // absorbed), business loss 300 (the rest; it would exist without any depreciation).
    // Years 2–9 (8 tax years): no profit (before = 0), nothing used. Year 10: the 300 lapses (it was
    // usable in years 2–9 only). Years 10–11: still 0. Year 12: profit 1 000 uses the 200 of
    // unabsorbed depreciation only: taxable 800, tax 25 % = 200.
    const befores = [-500, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1000]
    const steps = walk(befores, [200], 8)
    expect(pick(steps[0]!)).toEqual({ expired: 0, used: 0, taxable: 0, tax: 0, unabsorbed: 200, carried: 500 })
    expect(steps[0]!.newBusiness.toNumber()).toBe(300)
    expect(steps.slice(1, 9).map((s) => s.carried.toNumber())).toEqual([500, 500, 500, 500, 500, 500, 500, 500])
    expect(pick(steps[9]!)).toEqual({ expired: 300, used: 0, taxable: 0, tax: 0, unabsorbed: 200, carried: 200 })
    expect(pick(steps[11]!)).toEqual({ expired: 0, used: 200, taxable: 800, tax: 200, unabsorbed: 0, carried: 0 })
    // No expiry (the single pool of tax-with-losses.ts): the whole 500 shelters year 12, taxable 500, tax 125.
    let pool = D(0)
    let last = taxStep(D(0), pool, D('0.25'))
    for (const b of befores) {
      last = taxStep(D(b), pool, D('0.25'))
      pool = last.carried
    }
    expect(last.tax.toNumber()).toBe(125)
  })

  it('construction periods count towards the life but carry nothing (idle): two idle periods, then a loss of 100 with life 2 lapses in the third period after it', () => {
    // Periods 0–1 idle (construction). Period 2: loss 100 (no depreciation: all business loss). Life 2:
    // usable in periods 3 and 4; at period 5 the running total of period 5 − 2 − 1 = 2 (100) has lapsed.
    const ledger = lossLedger(2)
    expect(ledger.idle(0)).toEqual(NO_LOSSES)
    ledger.idle(1)
    const r = [2, 3, 4, 5].map((i) => ledger.step(i, D(i === 2 ? -100 : 0), D(0), D(0.25)))
    expect(r.map((x) => x.expired.toNumber())).toEqual([0, 0, 0, 100])
    // Without the idle periods writing their totals, period 2's lag would read a hole (0) in the wrong place:
    // a profit in period 4 still uses the loss, one period later it is gone.
    const again = lossLedger(2)
    again.idle(0)
    again.idle(1)
    again.step(2, D(-100), D(0), D(0.25))
    again.step(3, D(0), D(0), D(0.25))
    expect(again.step(4, D(60), D(0), D(0.25)).usedBusiness.toNumber()).toBe(60)
    expect(again.step(5, D(60), D(0), D(0.25))).toMatchObject({ expired: D(40), usedBusiness: D(0), tax: D(15) })
  })
  it('year 9 is the last year the loss is usable: a profit then takes it all', () => {
    // Loss 300 (no depreciation) in year 1; profit 400 in year 9 = the 8th year after: uses 300, taxable 100.
    const steps = walk([-300, 0, 0, 0, 0, 0, 0, 0, 400], [], 8)
    expect(pick(steps[8]!)).toEqual({ expired: 0, used: 300, taxable: 100, tax: 25, unabsorbed: 0, carried: 0 })
  })

  it('a profit uses the oldest business loss first, then the next, then unabsorbed depreciation; the rest lapses on time', () => {
    // Life 2 periods. P1: −100 (dep 0) → business 100 (vintage 1). P2: −50 with dep 30 → unabsorbed 30,
    // business 20 (vintage 2). P3: +60 → uses 60 of vintage 1 (oldest), taxable 0. P4: vintage 1 lapses
    // (usable in P2–P3 only): 40 expires; +10 uses 10 of vintage 2. P5: vintage 2 lapses (10 left);
    // +100 uses the unabsorbed 30: taxable 70.
    const steps = walk([-100, -50, 60, 10, 100], [0, 30], 2)
    expect(steps.map((s) => [s.expired, s.usedBusiness, s.usedUnabsorbed, s.taxable, s.carried].map(Number))).toEqual([
      [0, 0, 0, 0, 100],
      [0, 0, 0, 0, 150],
      [0, 60, 0, 0, 90],
      [40, 10, 0, 0, 40],
      [10, 0, 30, 70, 0]
    ])
  })

  it('a loss no larger than the depreciation is all unabsorbed depreciation', () => {
    const s = lossStep(D(-80), D(200), NO_LOSSES, D(0), D('0.25'))
    expect([s.newUnabsorbed, s.newBusiness, s.unabsorbed, s.carried].map(Number)).toEqual([80, 0, 80, 80])
  })

  it('life in periods: 8 tax years are 8 annual, 16 semi-annual, 32 quarterly or 96 monthly periods', () => {
    expect([12, 6, 3, 1].map((m) => lossLifePeriods(8, m))).toEqual([8, 16, 32, 96])
  })

  it('semi-annual periods: a loss of H1 is usable for 16 half-years and lapses in the 17th', () => {
    const befores = [-100, ...Array.from({ length: 16 }, () => 0), 100]
    const steps = walk(befores, [], lossLifePeriods(8, 6))
    expect(steps[16]!.carried.toNumber()).toBe(100)
    expect(steps[17]!.expired.toNumber()).toBe(100)
    expect(steps[17]!.taxable.toNumber()).toBe(100)
  })

  it('the Excel form names the workbook’s Tax_Rate unless told otherwise', () => {
    const refs = { before: 'B', dep: 'D', period: 'P', life: 'L', arisenSpan: 'S', prevArisen: 'PA', prevConsumed: 'PC', prevUnabsorbed: 'PU', expired: 'E', newUnabsorbed: 'NU', newBusiness: 'NB', usedBusiness: 'UB', usedUnabsorbed: 'UU', used: 'U', taxable: 'T', arisen: 'A', consumed: 'C', unabsorbed: 'UA' }
    expect(lossStepExcel(refs).tax).toBe('Tax_Rate*T')
    expect(lossStepExcel(refs).expired).toBe('MAX(0,IF(P-1-(L)>=1,INDEX(S,1,P-1-(L)),0)-PC)')
  })
})

describe('the Decimal, float and Excel forms agree; the rule keeps its invariants', () => {
  const befores = fc.array(fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.constant(0)), { minLength: 1, maxLength: 24 })
  const deps = fc.array(fc.integer({ min: 0, max: 5e5 }), { maxLength: 24 })

  it('over many periods, whole amounts and a binary-exact rate: every form gives the same numbers exactly', () => {
    fc.assert(
      fc.property(befores, deps, fc.integer({ min: 1, max: 6 }), fc.constantFrom(0, 0.125, 0.25, 0.5), (b, d, life, rate) => {
        const dec = walk(b, d, life, rate)
        const flo = walkFloat(b, d, life, rate)
        const xl = walkExcel(b, d, life, rate)
        dec.forEach((s, k) => {
          const want = { expired: s.expired.toNumber(), used: s.used.toNumber(), taxable: s.taxable.toNumber(), tax: s.tax.toNumber(), carried: s.carried.toNumber(), unabsorbed: s.unabsorbed.toNumber() }
          const f = flo[k]!
          expect({ expired: f.expired + 0, used: f.used + 0, taxable: f.taxable + 0, tax: f.tax + 0, carried: f.carried + 0, unabsorbed: f.unabsorbed + 0 }).toEqual(want)
          const x = xl[k]!
          expect({ expired: x.expired, used: x.used, taxable: x.taxable, tax: x.tax, carried: x.carried, unabsorbed: x.unabsorbed }).toEqual(want)
        })
      }),
      { numRuns: 150, seed: 11 }
    )
  })

  it('tax ≥ 0, pools ≥ 0, what is consumed never exceeds what arose; with a life past the last period it is the single pool of tax-with-losses', () => {
    fc.assert(
      fc.property(befores, deps, fc.integer({ min: 1, max: 30 }), (b, d, life) => {
        const steps = walk(b, d, life)
        const long = walk(b, d, b.length + 1)
        let pool = D(0)
        steps.forEach((s, k) => {
          expect(s.tax.gte(0) && s.taxable.gte(0) && s.unabsorbed.gte(0) && s.expired.gte(0)).toBe(true)
          expect(s.state.consumed.lte(s.state.arisen)).toBe(true)
          const single = taxStep(D(b[k]!), pool, D('0.25'))
          pool = single.carried
          const l = long[k]!
          expect([l.used, l.taxable, l.tax, l.carried].map(Number)).toEqual([single.used, single.taxable, single.tax, single.carried].map(Number))
          // With an expiry the pool is never larger than without one, so no period pays less tax.
          expect(s.tax.gte(single.tax)).toBe(true)
        })
      }),
      { numRuns: 150, seed: 5 }
    )
  })

  it('the float form may write into its own state (the Monte Carlo path passes out.state as prev)', () => {
    const out = emptyLossStep()
    lossStepFloat(-100, 30, out.state, 0, 0.25, out)
    lossStepFloat(50, 0, out.state, 0, 0.25, out)
    // −100 with dep 30: business 70, unabsorbed 30; then +50 uses 50 of the business loss.
    expect([out.state.arisen, out.state.consumed, out.state.unabsorbed, out.carried]).toEqual([70, 50, 30, 50])
  })
})
