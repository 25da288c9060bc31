/**
 * The Excel form of the cash waterfall (rules/waterfall.ts, the Cash flow sheet's rows) is the Decimal
 * form: each period's formulas, evaluated by the workbook evaluator with the previous period's balances
 * fed back, give every line, balance and flag of the engine's step, and conserve cash. (The workbook
 * tests and tests/xlsx then hold the laid-out sheet to the engine over whole projects.)
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dec, type Decimal } from '@shared/decimal'
import { dsraTargets, reserveTargetExcel } from '@shared/rules/dsra-target'
import {
  lockupTestSumExcel, waterfallExcelRows, waterfallExcel, waterfallResidualExcel, waterfallStep, type WaterfallExcelNames, type WaterfallExcelRow, type WaterfallOut, type WaterfallState, type WaterfallTerms
} from '@shared/rules/waterfall'
import { colLetter } from '@shared/workbook/a1'
import { WorkbookEvaluator } from '@shared/workbook/formula-eval'
import type { Cell, DefinedName } from '@shared/workbook/types'

const NAMES: WaterfallExcelNames = {
  dsraCash: 'T_Cash', lcFeeRate: 'T_LcFee', lcDrawRate: 'T_LcDraw', wcLimit: 'T_WcLimit', wcRate: 'T_WcRate',
  lockupOn: 'T_LockOn', lockupRatio: 'T_LockRatio', releaseAfterPeriods: 'T_Release'
}
const INPUTS = ['op', 'last', 'cfads', 'debtService', 'dsraTarget', 'lcAmount', 'dsraInitialFunding', 'mraTarget', 'maintenance', 'testDscr', 'closingDebt'] as const
const OPENING = ['dsra', 'lcDrawn', 'mra', 'wc', 'lockup', 'passStreak'] as const

const SWEEP_NAMES = { share: 'T_SwShare', every: 'T_SwEvery', trigger: 'T_SwTrigger' }
type ExcelTerms = Record<Exclude<keyof WaterfallExcelNames, 'sweep'>, number> & { sweep?: { share: number; every: number; trigger: number } }
type ExcelPeriod = Record<(typeof INPUTS)[number], number | string>

/** One period column laid out in a row: the terms, this period's cells, the opening balances, then the formulas in the step's order and the residual. */
function evaluatePeriod(terms: ExcelTerms, x: ExcelPeriod, open: Record<(typeof OPENING)[number], number>): Record<WaterfallExcelRow | 'residual', unknown> {
  const values: (number | string)[] = []
  const names: DefinedName[] = []
  const ref = (v: number | string) => { values.push(v); return `${colLetter(values.length)}1` }
  for (const k of Object.keys(NAMES) as Exclude<keyof WaterfallExcelNames, 'sweep'>[]) {
    names.push({ name: NAMES[k], sheet: 'S', ref: `$${colLetter(values.length + 1)}$1` })
    ref(terms[k])
  }
  const sweep = terms.sweep
  if (sweep)
    for (const k of ['share', 'every', 'trigger'] as const) {
      names.push({ name: SWEEP_NAMES[k], sheet: 'S', ref: `$${colLetter(values.length + 1)}$1` })
      ref(sweep[k])
    }
  const rows = waterfallExcelRows(sweep !== undefined)
  const xr = Object.fromEntries(INPUTS.map((k) => [k, ref(x[k])])) as Record<(typeof INPUTS)[number], string>
  const or = Object.fromEntries(OPENING.map((k) => [k, ref(open[k])])) as Record<(typeof OPENING)[number], string>
  const first = values.length + 1
  const at = (row: WaterfallExcelRow) => `${colLetter(first + rows.indexOf(row))}1`
  const formulas = [...waterfallExcel(xr, or, at, sweep ? { ...NAMES, sweep: SWEEP_NAMES } : NAMES).map(([, f]) => f), waterfallResidualExcel(xr, at, sweep !== undefined)]
  const row: Cell[] = [...values.map((v): Cell => (typeof v === 'string' ? { t: 's', v } : { t: 'n', v })), ...formulas.map((f): Cell => ({ t: 'f', f }))]
  const ev = new WorkbookEvaluator({ title: 't', names, sheets: [{ name: 'S', rows: [row], colWidths: [], groups: [], landscape: false }] })
  const out = Object.fromEntries([...rows, 'residual'].map((k, i) => [k, ev.cell('S', 1, first + i)])) as Record<WaterfallExcelRow | 'residual', unknown>
  // Without a sweep in the terms the row is not laid out: it sweeps nothing.
  return sweep ? out : { ...out, sweep: 0 }
}

/** The Excel rows a line of the Decimal step is: the LC and facility repayments include the last period's clearing. */
const fromExcel = (e: Record<WaterfallExcelRow, unknown>): Record<keyof WaterfallOut<Decimal>, number> => {
  const v = (k: WaterfallExcelRow) => e[k] as number
  return {
    lcFee: v('lcFee'), lcInterest: v('lcInterest'), wcInterest: v('wcInterest'), fromLockup: v('fromLockup'), dsraDraw: v('dsraDraw'), lcDraw: v('lcDraw'), wcDraw: v('wcDraw'),
    sponsorSupport: v('sponsorSupport'), lcRepay: v('lcRepay') + v('clearLc'), dsraTopUp: v('dsraTopUp'), dsraRelease: v('dsraRelease'), mraDraw: v('mraDraw'), mraTopUp: v('mraTopUp'),
    mraRelease: v('mraRelease'), wcRepay: v('wcRepay') + v('clearWc'), sweep: v('sweep'), trapped: v('trapped'), lockupRelease: v('lockupRelease'), locked: v('locked'), distributions: v('distributions')
  }
}

describe('cash waterfall, the Excel form (rules/waterfall.ts)', () => {
  it('by hand: a negative CFADS is met by the DSRA, the facility and the sponsor; the facility is repaid with interest before equity', () => {
    // The Decimal form's hand case (waterfall.test.ts): −40 − 50 = −90 → DSRA 50, facility 25, sponsor 15.
    const terms = { dsraCash: 1, lcFeeRate: 0, lcDrawRate: 0, wcLimit: 25, wcRate: 0.01, lockupOn: 0, lockupRatio: 1.2, releaseAfterPeriods: 1 }
    const x = { op: 1, last: 0, cfads: -40, debtService: 50, dsraTarget: 60, lcAmount: 60, dsraInitialFunding: 0, mraTarget: 0, maintenance: 0, testDscr: -0.8, closingDebt: 1 }
    const a = evaluatePeriod(terms, x, { dsra: 60, lcDrawn: 0, mra: 0, wc: 0, lockup: 0, passStreak: 0 })
    expect([a.dsraDraw, a.wcDraw, a.support, a.distributions, a.wcBal, a.dsraBal, a.residual]).toEqual([50, 25, 15, 0, 25, 10, 0])
    // 200 − 50 − 0.25 interest = 149.75; DSRA top-up 50; facility repaid 25; 74.75 distributed.
    const b = evaluatePeriod(terms, { ...x, cfads: 200, testDscr: 4 }, { dsra: 10, lcDrawn: 0, mra: 0, wc: 25, lockup: 0, passStreak: 1 })
    expect([b.wcInterest, b.dsraTopUp, b.wcRepay, b.distributions, b.wcBal]).toEqual([0.25, 50, 25, 74.75, 0])
  })

  it('by hand: the sweep takes its share of the cash left before the lock-up, never more than the debt owed', () => {
    const terms = { dsraCash: 1, lcFeeRate: 0, lcDrawRate: 0, wcLimit: 0, wcRate: 0, lockupOn: 1, lockupRatio: 1.2, releaseAfterPeriods: 1, sweep: { share: 0.5, every: 0, trigger: 1.3 } }
    const open = { dsra: 0, lcDrawn: 0, mra: 0, wc: 0, lockup: 0, passStreak: 0 }
    // CFADS 120, service 100: 20 left; DSCR 1.2 < trigger 1.3 → 10 swept; 1.2 is not below the lock-up's 1.2 → 10 distributed.
    const x = { op: 1, last: 0, cfads: 120, debtService: 100, dsraTarget: 0, lcAmount: 0, dsraInitialFunding: 0, mraTarget: 0, maintenance: 0, testDscr: 1.2, closingDebt: 500 }
    const a = evaluatePeriod(terms, x, open)
    expect([a.sweep, a.trapped, a.distributions, a.residual]).toEqual([10, 0, 10, 0])
    // Only 4 still owed after the principal: 4 swept.
    expect(evaluatePeriod(terms, { ...x, closingDebt: 4 }, open).sweep).toBe(4)
    // The trigger met (DSCR 1.4): nothing swept; every period (every = 1): swept all the same.
    expect(evaluatePeriod(terms, { ...x, cfads: 140, testDscr: 1.4 }, open).sweep).toBe(0)
    expect(evaluatePeriod({ ...terms, sweep: { ...terms.sweep, every: 1 } }, { ...x, cfads: 140, testDscr: 1.4 }, open).sweep).toBe(20)
    // No test (no debt service): a trigger never fires.
    expect(evaluatePeriod(terms, { ...x, debtService: 0, testDscr: '' }, open).sweep).toBe(0)
    // Locked up (DSCR 1.1 < 1.2): 10 left, half of it (5) swept first, then the 5 after it trapped.
    const c = evaluatePeriod(terms, { ...x, cfads: 110, testDscr: 1.1 }, open)
    expect([c.sweep, c.trapped, c.distributions, c.residual]).toEqual([5, 5, 0, 0])
  })

  it('agrees with the Decimal form line by line over random periods and terms (cash or LC DSRA, facility, MRA, lock-up, sweep; fast-check)', () => {
    const amount = fc.integer({ min: -500, max: 1000 })
    const pos = fc.integer({ min: 0, max: 500 })
    fc.assert(
      fc.property(
        fc.record({
          dsra: fc.constantFrom('none', 'cash', 'lc'), wc: fc.boolean(), lockup: fc.boolean(), release: fc.integer({ min: 1, max: 3 }),
          sweep: fc.constantFrom('none', 'every', 'trigger'), share: fc.integer({ min: 0, max: 100 }),
          periods: fc.array(fc.record({ cfads: amount, ds: pos, target: pos, mraTarget: pos, maint: pos, test: fc.option(fc.integer({ min: 0, max: 300 })), repaid: fc.boolean(), debt: fc.integer({ min: 1, max: 400 }) }), { minLength: 1, maxLength: 8 })
        }),
        (g) => {
          const cash = g.dsra === 'cash'
          const lc = g.dsra === 'lc'
          const td: WaterfallTerms<Decimal> = {
            dsraCash: cash, lc: lc ? { feeRate: dec('0.004'), drawRate: dec('0.01') } : null, wc: g.wc ? { limit: dec(150), rate: dec('0.008') } : null,
            lockup: g.lockup ? { ratio: dec('1.2'), releaseAfterPeriods: g.release } : null,
            sweep: g.sweep === 'none' ? null : { share: dec(g.share).div(100), trigger: g.sweep === 'every' ? null : dec('1.3') }
          }
          // Off at their neutral values: a cash DSRA with no target, a facility of limit 0, no lock-up.
          const te: ExcelTerms = {
            dsraCash: lc ? 0 : 1, lcFeeRate: lc ? 0.004 : 0, lcDrawRate: lc ? 0.01 : 0, wcLimit: g.wc ? 150 : 0, wcRate: g.wc ? 0.008 : 0,
            lockupOn: g.lockup ? 1 : 0, lockupRatio: 1.2, releaseAfterPeriods: g.release,
            ...(g.sweep === 'none' ? {} : { sweep: { share: g.share / 100, every: g.sweep === 'every' ? 1 : 0, trigger: 1.3 } })
          }
          const target = (t: number) => (g.dsra === 'none' ? 0 : t)
          const s: WaterfallState<Decimal> = { dsra: dec(cash ? g.periods[0]!.target : 0), lcDrawn: dec(0), mra: dec(0), lockup: dec(0), wc: dec(0), passStreak: 0 }
          let open = { dsra: cash ? g.periods[0]!.target : 0, lcDrawn: 0, mra: 0, wc: 0, lockup: 0, passStreak: 0 }
          let lcAmount = target(g.periods[0]!.target)
          g.periods.forEach((p, k) => {
            const last = k === g.periods.length - 1
            const test = p.test === null ? null : p.test / 100
            const od = waterfallStep(td, s, {
              cfads: dec(p.cfads), debtService: dec(p.ds), dsraTarget: dec(target(p.target)), lcAmount: dec(lc ? lcAmount : 0), mraTarget: dec(p.mraTarget), maintenance: dec(p.maint),
              testDscr: test === null ? null : dec(test), sweepable: dec(p.repaid ? 0 : p.debt), debtRepaid: p.repaid, last
            })
            const e = evaluatePeriod(te, {
              op: 1, last: last ? 1 : 0, cfads: p.cfads, debtService: p.ds, dsraTarget: target(p.target), lcAmount, dsraInitialFunding: 0, mraTarget: p.mraTarget, maintenance: p.maint,
              testDscr: test === null ? '' : test, closingDebt: p.repaid ? 0 : p.debt
            }, open)
            const got = fromExcel(e)
            for (const key of Object.keys(got) as (keyof typeof got)[]) {
              const want = od[key]
              if (typeof want === 'boolean') expect({ key, v: got[key] }).toEqual({ key, v: want ? 1 : 0 })
              else expect({ key, off: Math.abs(want.toNumber() - got[key]) < 1e-9 }).toEqual({ key, off: true })
            }
            expect(Math.abs(e.residual as number)).toBeLessThan(1e-9)
            open = { dsra: e.dsraBal as number, lcDrawn: e.lcBal as number, mra: e.mraBal as number, wc: e.wcBal as number, lockup: e.lockupBal as number, passStreak: e.passStreak as number }
            for (const [key, want] of [['dsra', s.dsra], ['lcDrawn', s.lcDrawn], ['mra', s.mra], ['wc', s.wc], ['lockup', s.lockup]] as const)
              expect({ key, off: Math.abs(want.toNumber() - open[key]) < 1e-9 }).toEqual({ key, off: true })
            expect(open.passStreak).toBe(s.passStreak)
            lcAmount = target(p.target)
          })
        }
      ),
      { numRuns: 300, seed: 20261207 }
    )
  })

  it('the reserve target (DSRA, MRA) and the trailing lock-up test read off cumulative rows as the engine sums them', () => {
    // Quarterly periods, two construction periods, amounts by period; 7 months = 2 whole quarters + 1/3 of the third.
    const flows = [0, 0, 30, 60, 90, 120, 150, 180]
    const periods = flows.length
    const cum = flows.map((_, i) => flows.slice(0, i + 1).reduce((a, b) => a + b, 0))
    const engine = dsraTargets(flows.map((v) => dec(v)), 7, 3).map((d) => d.toNumber())
    const rowOf = (values: number[]): Cell[] => values.map((v): Cell => ({ t: 'n', v }))
    for (let p = 3; p <= periods; p++) {
      const span = `$A$1:$${colLetter(periods)}$1`
      const sheet = [rowOf(cum), [
        { t: 'f', f: reserveTargetExcel(`${p}>=1`, String(p), span, `${colLetter(p)}1`, 'Full', 'Part') } as Cell,
        { t: 'f', f: lockupTestSumExcel('Trailing', '1', `${colLetter(p)}3`, `${colLetter(p)}1`, span, String(p), 'Span') } as Cell
      ], rowOf(flows)]
      const names: DefinedName[] = [{ name: 'Total_Periods', sheet: 'S', ref: '$A$4' }, { name: 'Full', sheet: 'S', ref: '$B$4' }, { name: 'Part', sheet: 'S', ref: '$C$4' },
        { name: 'Trailing', sheet: 'S', ref: '$D$4' }, { name: 'Span', sheet: 'S', ref: '$E$4' }]
      const ev = new WorkbookEvaluator({ title: 't', names, sheets: [{ name: 'S', rows: [...sheet, rowOf([periods, 2, 1 / 3, 1, 4])], colWidths: [], groups: [], landscape: false }] })
      expect(Math.abs((ev.cell('S', 2, 1) as number) - engine[p - 1]!)).toBeLessThan(1e-9)
      // The trailing 12 months of quarterly periods: this one and the three before it (construction counts 0).
      expect(ev.cell('S', 2, 2)).toBe(flows.slice(Math.max(0, p - 4), p).reduce((a, b) => a + b, 0))
    }
  })
})
