import { dec } from '@shared/decimal'
import type { FixedDebt } from '@shared/engine/types'
import type { FastModel } from '../monte-carlo/fast-model'
import type { FastSweep } from '../monte-carlo/fast-sweep'

/**
 * Senior debt scaled with its shape held: every drawdown and every scheduled principal, in the reporting
 * currency and in each tranche's currency, × `scale`. The repayment profile (annuity, equal, sculpted
 * as sized), the tranche split and a hedged tranche's swap rate stay as entered; 0 is an all-equity
 * project, 1 the deterministic sizing.
 */
export function scaleHeldDebt(debt: FixedDebt, scale: number): FixedDebt {
  const k = dec(scale)
  return {
    drawdowns: debt.drawdowns.map((x) => x.times(k)),
    principal: debt.principal.map((x) => x.times(k)),
    ...(debt.tranches
      ? { tranches: debt.tranches.map((t) => ({ ...t, drawdownsInCurrency: t.drawdownsInCurrency.map((x) => x.times(k)), principalInCurrency: t.principalInCurrency.map((x) => x.times(k)) })) }
      : {})
  }
}

type F = Float64Array
const lerp = (a: F, b: F, s: number): F => Float64Array.from(a, (x, i) => x + s * (b[i]! - x))

/**
 * The fast model with the debt held at `scale`, from the models at scale 0 and 1. With held drawdowns
 * every debt line is affine in the scale: IDC, upfront and commitment fees and ECA premia are rates on
 * the drawdowns or balances, interest and principal follow the held schedule, the depreciable base is
 * capex plus capitalised IDC and fees (and straight-line, WDV and block depreciation are linear in it),
 * the DSRA target is months of debt service, and equity funds what the debt does not. So
 * line(s) = line(0) + s · (line(1) − line(0)) equals a Decimal build at `s` to rounding — `sizeToBreach`
 * checks that at the top of its range and refuses when it is not (a grant capped by the uses, say).
 * Lines that no debt moves (revenue inputs, costs, capex, the waterfall's terms) are scale 1's; so is
 * `base`, the deterministic run.
 */
export function debtAtScale(zero: FastModel, one: FastModel, scale: number): FastModel {
  if (scale === 1) return one
  if (scale === 0) return zero
  return {
    ...one,
    interest: lerp(zero.interest, one.interest, scale), debtService: lerp(zero.debtService, one.debtService, scale),
    depreciation: lerp(zero.depreciation, one.depreciation, scale), equityContributions: lerp(zero.equityContributions, one.equityContributions, scale),
    waterfall: { ...one.waterfall, dsraTarget: lerp(zero.waterfall.dsraTarget, one.waterfall.dsraTarget, scale), closing: lerp(zero.waterfall.closing, one.waterfall.closing, scale) },
    fx: {
      ...one.fx,
      moving: one.fx.moving.map((t, k) => ({ slot: t.slot, interest: lerp(zero.fx.moving[k]!.interest, t.interest, scale), principal: lerp(zero.fx.moving[k]!.principal, t.principal, scale) })),
      debtServiceFixed: lerp(zero.fx.debtServiceFixed, one.fx.debtServiceFixed, scale), interestFixed: lerp(zero.fx.interestFixed, one.fx.interestFixed, scale),
      fundingEquity: lerp(zero.fx.fundingEquity, one.fx.fundingEquity, scale)
    },
    sweep: sweepAtScale(zero.sweep, one.sweep, scale)
  }
}

/**
 * A cash sweep's held inputs at `scale`: each tranche's scheduled instalments (the held principal × scale)
 * and its balance at COD (drawdowns and capitalised IDC and fees: affine), interpolated like the debt
 * lines; its rates, hedge cost, FX and allocation are the terms' and stay. The draw re-walks the debt
 * from these (fast-sweep.ts), so the sweep's own prepayments — not affine in the debt — are computed per
 * draw at every amount, as a Decimal build at that amount would.
 */
function sweepAtScale(zero: FastSweep | null, one: FastSweep | null, scale: number): FastSweep | null {
  // Stryker disable next-line LogicalOperator: equivalent, both models are built from the same project, so both have a sweep or neither has
  if (!one || !zero) return one
  return {
    ...one,
    tranches: one.tranches.map((t, k) => {
      const z = zero.tranches[k]!
      // Stryker disable next-line ArithmeticOperator: equivalent, the balance at COD at scale 0 is 0 (no drawdowns, no IDC), so t.atCod ± z.atCod is the same
      return { ...t, scheduled: lerp(z.scheduled, t.scheduled, scale), atCod: z.atCod + scale * (t.atCod - z.atCod) }
    })
  }
}

/**
 * Every debt line a scale moves that a draw's walk reads, by name, for `debtLinesGap`. With a cash sweep
 * the walk re-derives interest, debt service, the DSRA target, the balances and the equity that funds
 * the DSRA from the sweep's held inputs (fast-eval.ts `walkDraw`): the base run's own swept lines, which
 * are not affine in the debt, are never read and are not compared.
 */
function debtLines(m: FastModel): [string, F][] {
  if (m.sweep)
    return [
      ['depreciation', m.depreciation], ['funding equity', m.fx.fundingEquity],
      ...m.sweep.tranches.flatMap((t, k): [string, F][] => [[`tranche ${k + 1} scheduled instalments (sweep)`, t.scheduled], [`tranche ${k + 1} balance at COD (sweep)`, Float64Array.of(t.atCod)]])
    ]
  return [
    ['interest', m.interest], ['debt service', m.debtService], ['depreciation', m.depreciation], ['equity contributions', m.equityContributions],
    ['DSRA target', m.waterfall.dsraTarget], ['closing balance', m.waterfall.closing], ['debt service not moved by FX', m.fx.debtServiceFixed],
    ['interest not moved by FX', m.fx.interestFixed], ['funding equity', m.fx.fundingEquity],
    ...m.fx.moving.flatMap((t, k): [string, F][] => [[`tranche ${k + 1} interest`, t.interest], [`tranche ${k + 1} principal`, t.principal]])
  ]
}

/**
 * The largest gap between two models' debt lines, relative to each line's largest magnitude (0 = equal),
 * and the line where it is.
 */
export function debtLinesGap(a: FastModel, b: FastModel): { gap: number; line: string } {
  const lb = debtLines(b)
  let worst = { gap: 0, line: '' }
  debtLines(a).forEach(([name, xs], j) => {
    const ys = lb[j]![1]
    let scale = 0
    for (let i = 0; i < xs.length; i++) scale = Math.max(scale, Math.abs(xs[i]!), Math.abs(ys[i]!))
    // Stryker disable next-line EqualityOperator: equivalent, xs[length] is undefined, its gap NaN, and NaN > worst is false
    for (let i = 0; i < xs.length; i++) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, scale 0 means both lines are all zeros: 0 / 0 = NaN, never > worst
      const gap = scale > 0 ? Math.abs(xs[i]! - ys[i]!) / scale : 0
      if (gap > worst.gap) worst = { gap, line: name }
    }
  })
  return worst
}

/**
 * The largest scale at which equity still funds a non-negative share of every construction period's uses
 * (debt ≤ 100 % of the uses): above it the "sponsor" would be paid out of the loan. Infinity when no
 * period's equity falls with the debt.
 */
export function fullFundingScale(zero: FastModel, one: FastModel): number {
  let cap = Infinity
  // Stryker disable next-line EqualityOperator: equivalent, the first operating period has no construction funding (equity 0 at every scale, slope 0)
  for (let i = 0; i < zero.constructionPeriods; i++) {
    const e0 = zero.fx.fundingEquity[i]!
    const slope = one.fx.fundingEquity[i]! - e0
    if (slope < 0) cap = Math.min(cap, e0 / -slope)
  }
  return cap
}
