/**
 * One rule, one place (issue #14): the tranche rules' workbook formulas, written beside their Decimal
 * forms (engine/tranche-terms.ts, tranche-construction.ts, tranche-schedule.ts, tranche-plan.ts and the
 * FX table in prices.ts), evaluated on the engine's own inputs period by period, give the engine's lines:
 * rates, FX translation, IDC, fees, drawdowns, interest, principal by every profile, the sculpting ratio
 * from the floored backward sum, the aggregate ratio (1 / DSCR*), the capacity and the LLCR rate. Projects:
 * the three lenders' sample (sculpted, floating, hedged and not, commitment fee, ECA premium) and the same
 * deal sized by gearing with annuity, equal and sculpted tranches.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Decimal } from '@shared/decimal'
import { runModel, type ModelResult } from '@shared/engine'
import { prepare, type Prepared } from '@shared/engine/prepare'
import { fxRateExcel } from '@shared/engine/prices'
import { trancheConstructionExcel } from '@shared/engine/tranche-construction'
import { tranchePlanExcel } from '@shared/engine/tranche-plan'
import { trancheScheduleExcel } from '@shared/engine/tranche-schedule'
import { resolveTranches, trancheTermsExcel, type TrancheTerms } from '@shared/engine/tranche-terms'
import { parseProject, type Project } from '@shared/model'
import { cellRef } from '@shared/workbook/a1'
import { WorkbookEvaluator } from '@shared/workbook/formula-eval'
import type { Cell, DefinedName } from '@shared/workbook/types'

type Value = number | string | readonly number[]

/** Evaluates a formula over named values (a list is a named one-row range), as the workbook would. */
function excel(formula: string, vars: Record<string, Value>): number | string | boolean {
  const rows: Cell[][] = [[]]
  const names: DefinedName[] = []
  Object.entries(vars).forEach(([name, v], i) => {
    if (Array.isArray(v)) {
      rows.push((v as number[]).map((x) => ({ t: 'n', v: x })))
      names.push({ name, sheet: 'S', ref: `${cellRef(rows.length, 1, true)}:${cellRef(rows.length, v.length, true)}` })
    } else {
      rows[0]![i] = typeof v === 'number' ? { t: 'n', v } : { t: 's', v: v as string }
      names.push({ name, sheet: 'S', ref: cellRef(1, i + 1, true) })
    }
  })
  rows.push([{ t: 'f', f: formula }])
  const out = new WorkbookEvaluator({ title: 't', names, sheets: [{ name: 'S', rows, colWidths: [], groups: [], landscape: false }] }).cell('S', rows.length, 1)
  if (typeof out === 'object' && out !== null) throw new Error(`${formula}: ${JSON.stringify(out)}`)
  return out as number | string | boolean
}

const close = (got: unknown, want: Decimal | number, what: string) => {
  const w = typeof want === 'number' ? want : want.toNumber()
  const ok = typeof got === 'number' && Math.abs(got - w) <= 1e-9 * Math.max(1, Math.abs(w))
  expect(ok, `${what}: formula ${String(got)}, engine ${w}`).toBe(true)
}

const sample = (): Project => {
  const r = parseProject(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../resources/samples/india-black-mass-three-lenders.json'), 'utf8')))
  if (!r.ok) throw new Error('sample')
  return r.value
}
/** The same deal sized by gearing, one tranche of each profile (floating annuity, equal, sculpted). */
const byGearing = (): Project => {
  const p = sample()
  p.financing.sizing = 'gearing'
  p.financing.tranches[0]!.repayment = 'annuity'
  p.financing.tranches[1]!.repayment = 'equal'
  const r = parseProject(p)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}

type Run = { p: Project; prep: Prepared; terms: TrancheTerms[]; r: ModelResult }
const run = (p: Project): Run => {
  const prep = prepare(p, undefined)
  return { p, prep, terms: resolveTranches(prep), r: runModel(p) }
}
const CONSTANTS = (x: Run) => ({ Period_Months: x.p.timeline.periodMonths, Months_Per_Year: 12, Constr_Periods: x.prep.tl.constructionPeriods, Target_DSCR: Number(x.p.financing.targetDscr) })

describe.each([['three lenders (sculpted sizing)', sample], ['the same, sized by gearing: floating annuity, equal, sculpted', byGearing]] as const)('%s: the Excel forms give the engine\'s figures', (_n, make) => {
  const x = run(make())
  const { p, prep, terms, r } = x
  const C = prep.tl.constructionPeriods
  const K = prep.tl.count
  const rep = p.reportingCurrency

  it('terms: periodic rates (fixed, floating by calendar year), FX translation (hedged at close), windows, periodic fees', () => {
    terms.forEach((t, k) => {
      const i0 = t.tranche.interest
      prep.tl.periods.forEach((period, i) => {
        const rate = i0.kind === 'fixed'
          ? excel(trancheTermsExcel.fixedRate('v_rate', 'v_delta'), { ...CONSTANTS(x), v_rate: Number(i0.annualRate), v_delta: 0 })
          : excel(trancheTermsExcel.floatingRate('v_year', 'v_years', (n) => `INDEX(v_rates,1,${n})`, 'INDEX(v_years,1,1)', 'v_margin', 'v_delta'),
            { ...CONSTANTS(x), v_year: period.calendarYear, v_years: i0.baseRates.map((b) => b.year), v_rates: i0.baseRates.map((b) => Number(b.annualRate)), v_margin: Number(i0.marginAnnualRate), v_delta: 0 })
        close(rate, t.rate[i]!, `tranche ${k} rate ${i}`)
        if (!t.sameCurrency) {
          const per = excel(trancheTermsExcel.perReporting('v_h', 'v_c', 'v_r', 'v_c0', 'v_r0'), {
            v_h: t.tranche.hedge.hedged ? 1 : 0, v_c: prep.fx[t.tranche.currency][i]!.toNumber(), v_r: prep.fx[rep][i]!.toNumber(), v_c0: prep.fx[t.tranche.currency][0]!.toNumber(), v_r0: prep.fx[rep][0]!.toNumber()
          })
          close(per, t.perReporting[i]!, `tranche ${k} FX ${i}`)
        }
      })
      close(excel(trancheTermsExcel.firstRepayment('v_g'), { ...CONSTANTS(x), v_g: t.tranche.graceMonths }), t.first + 1, 'first')
      close(excel(trancheTermsExcel.maturity('v_g', 'v_t'), { ...CONSTANTS(x), v_g: t.tranche.graceMonths, v_t: t.tranche.tenorYears }), t.last + 1, 'maturity')
      close(excel(trancheTermsExcel.commitmentPeriodic('v_c'), { ...CONSTANTS(x), v_c: Number(t.tranche.commitmentFeeAnnualRate) }), t.commitmentPeriodic, 'commitment periodic')
      if (!t.sameCurrency) close(excel(trancheTermsExcel.hedgePeriodic('v_h', 'v_c'), { ...CONSTANTS(x), v_h: t.tranche.hedge.hedged ? 1 : 0, v_c: Number(t.tranche.hedge.annualCost) }), t.hedgePeriodic, 'hedge periodic')
    })
  })

  it('the FX table with its depreciation beyond the last listed year (× the scenario multiplier)', () => {
    const table = p.fx.rates.find((t) => t.currency === 'INR')!
    prep.tl.periods.forEach((period, i) => {
      const f = fxRateExcel({ calendarYear: 'v_year', years: 'v_years', firstYear: 'INDEX(v_years,1,1)', lastYear: `INDEX(v_years,1,${table.points.length})`, nthRate: (n) => `INDEX(v_rates,1,${n})`,
        lastRate: `INDEX(v_rates,1,${table.points.length})`, depreciation: 'v_dep', multiplier: 'v_mult', pathStress: 'v_path', closeYear: 'v_y0' })
      close(excel(f, { v_year: period.calendarYear, v_years: table.points.map((q) => q.year), v_rates: table.points.map((q) => Number(q.perUsd)), v_dep: Number(table.annualDepreciation ?? 0), v_mult: 1, v_path: 0, v_y0: prep.tl.periods[0]!.calendarYear }), prep.fx.INR[i]!, `FX ${i}`)
    })
  })

  it('× a scenario multiplier and FX path stress (fxDepreciationPerYear), compounding from the first period\'s year', () => {
    const table = p.fx.rates.find((t) => t.currency === 'INR')!
    const stressed = prepare(p, { id: 's', name: 's', fxMultiplier: '1.15', fxDepreciationPerYear: '0.04' })
    const y0 = prep.tl.periods[0]!.calendarYear
    prep.tl.periods.forEach((period, i) => {
      const f = fxRateExcel({ calendarYear: 'v_year', years: 'v_years', firstYear: 'INDEX(v_years,1,1)', lastYear: `INDEX(v_years,1,${table.points.length})`, nthRate: (n) => `INDEX(v_rates,1,${n})`,
        lastRate: `INDEX(v_rates,1,${table.points.length})`, depreciation: 'v_dep', multiplier: 'v_mult', pathStress: 'v_path', closeYear: 'v_y0' })
      close(excel(f, { v_year: period.calendarYear, v_years: table.points.map((q) => q.year), v_rates: table.points.map((q) => Number(q.perUsd)), v_dep: Number(table.annualDepreciation ?? 0), v_mult: 1.15, v_path: 0.04, v_y0: y0 }), stressed.fx.INR[i]!, `FX ${i}`)
    })
    // By hand, a year after the start: the table's rate × 1.15 × 1.04.
    const i1 = prep.tl.periods.findIndex((q) => q.calendarYear === y0 + 1)
    expect(stressed.fx.INR[i1]!.div(prep.fx.INR[i1]!).toNumber()).toBeCloseTo(1.15 * 1.04, 12)
  })

  it('construction: IDC, commitment fee, ECA premium, hedge cost and upfront fee per tranche, the aggregate drawdown and its split', () => {
    const g = r.financing.gearing.toNumber() // the funding gearing: debt / (uses − grants) = g when the debt is sized on the case
    const feeBlend = terms.reduce((a, t) => a + t.share.toNumber() * t.upfrontFee.toNumber(), 0)
    for (let i = 0; i < C; i++) {
      let idc = 0
      let charges = 0
      const fees: number[] = []
      terms.forEach((t, k) => {
        const tr = r.financing.tranches[k]!
        const open = i === 0 ? 0 : tr.balanceInCurrency[i - 1]!.toNumber()
        const v = { v_constr: 1, v_open: open, v_rate: t.rate[i]!.toNumber(), v_x: t.perReporting[i]!.toNumber(), v_commit: tr.debtAtCodInCurrency.toNumber(), v_cp: t.commitmentPeriodic.toNumber(), v_prem: t.ecaPremium.toNumber(), v_hp: t.hedgePeriodic.toNumber(), v_period: i + 1 }
        const here = Number(excel(trancheConstructionExcel.idc('v_constr', 'v_open', 'v_rate', 'v_x'), v))
        close(here, tr.idc[i]!, `tranche ${k} IDC ${i}`)
        const charge = Number(excel(trancheConstructionExcel.commitmentFee('v_constr', 'v_commit', 'v_open', 'v_cp', 'v_x'), v)) + Number(excel(trancheConstructionExcel.premium('v_constr', 'v_period', 'v_commit', 'v_prem', 'v_x'), v))
          + Number(excel(trancheConstructionExcel.hedgeCost('v_open', 'v_x', 'v_hp'), v))
        idc += here
        charges += charge
        fees.push(charge)
      })
      const capexc = r.capex.capexWithContingency[i]!.toNumber()
      const grant = r.capex.grants[i]!.toNumber()
      const aggregate = Number(excel(trancheConstructionExcel.aggregateDraw('v_constr', 'v_g', 'v_capex', 'v_idc', 'v_grant', 'v_charges', 'v_fee'), { v_constr: 1, v_g: g, v_capex: capexc, v_idc: idc, v_grant: grant, v_charges: charges, v_fee: feeBlend }))
      terms.forEach((t, k) => {
        const tr = r.financing.tranches[k]!
        const draw = Number(excel(trancheConstructionExcel.draw('v_d', 'v_share'), { v_d: aggregate, v_share: t.share.toNumber() }))
        close(draw, tr.drawdowns[i]!, `tranche ${k} drawdown ${i}`)
        close(excel(trancheTermsExcel.toTrancheCurrency('v_d', 'v_x'), { v_d: draw, v_x: t.perReporting[i]!.toNumber() }), tr.drawdownsInCurrency[i]!, `tranche ${k} drawdown in currency ${i}`)
        close(fees[k]! + Number(excel(trancheConstructionExcel.upfrontFee('v_d', 'v_f'), { v_d: draw, v_f: t.upfrontFee.toNumber() })), tr.fees[i]!, `tranche ${k} fees ${i}`)
      })
    }
  })

  it('after COD: interest, hedge cost and principal by the profile, with the sculpting ratio from the floored backward sum; translated lines', () => {
    const cfads = r.financing.cfads.map((c) => c.toNumber())
    const s: number[] = []
    terms.forEach((t, k) => {
      const tr = r.financing.tranches[k]!
      // W backward over the tranche's window on the engine's CFADS (0 outside it; the workbook takes the row's largest value); s = D / W.
      let w = 0
      let wMax = 0
      for (let i = K - 1; i >= C; i--) {
        w = Number(excel(tranchePlanExcel.flooredStep('v_in', 'v_next', 'v_cfads', 'v_share', 'v_x', 'v_rate', 'v_hp'), {
          v_in: i >= t.first && i <= t.last ? 1 : 0, v_next: w, v_cfads: cfads[i]!, v_share: t.share.toNumber(), v_x: t.perReporting[i]!.toNumber(), v_rate: t.rate[i]!.toNumber(), v_hp: t.hedgePeriodic.toNumber()
        }))
        wMax = Math.max(wMax, w)
      }
      s.push(Number(excel(tranchePlanExcel.ratio('v_profile', 'v_d', 'v_w', 'v_kept'), { ...CONSTANTS(x), v_profile: t.tranche.repayment, v_d: tr.debtAtCodInCurrency.toNumber(), v_w: wMax, v_kept: 0 })))
      for (let i = C; i < K; i++) {
        const open = tr.balanceInCurrency[i - 1]!.toNumber()
        const interest = Number(excel(trancheScheduleExcel.interest('v_op', 'v_open', 'v_rate'), { v_op: 1, v_open: open, v_rate: t.rate[i]!.toNumber() }))
        close(interest, tr.interestInCurrency[i]!, `tranche ${k} interest ${i}`)
        const principal = excel(trancheScheduleExcel.principal(t.tranche.interest.kind === 'floating', {
          profile: 'v_profile', period: 'v_period', first: 'v_first', maturity: 'v_last', opening: 'v_open', owed: `v_int+${trancheScheduleExcel.hedgeInCurrency('v_open', 'v_hp')}`, rate: 'v_rate', tenorPeriods: 'v_n',
          debtAtCod: 'v_d', cfads: 'v_cfads', share: 'v_share', perReporting: 'v_x', s: 'v_s', unit: 'v_unit'
        }), {
          v_profile: t.tranche.repayment, v_period: i + 1, v_first: t.first + 1, v_last: t.last + 1, v_open: open, v_int: interest, v_hp: t.hedgePeriodic.toNumber(), v_rate: t.rate[i]!.toNumber(),
          v_n: t.last - t.first + 1, v_d: tr.debtAtCodInCurrency.toNumber(), v_cfads: cfads[i]!, v_share: t.share.toNumber(), v_x: t.perReporting[i]!.toNumber(), v_s: s[k]!, v_unit: t.unit.toNumber()
        })
        close(principal, tr.principalInCurrency[i]!, `tranche ${k} principal ${i}`)
        close(excel(trancheTermsExcel.toReporting('v_a', 'v_x'), { v_a: Number(principal), v_x: t.perReporting[i]!.toNumber() }), tr.principal[i]!, `tranche ${k} principal translated ${i}`)
        // After COD a tranche's fees are its hedge cost (zero unhedged).
        close(excel(trancheConstructionExcel.hedgeCost('v_open', 'v_x', 'v_hp'), { v_open: open, v_x: t.perReporting[i]!.toNumber(), v_hp: t.hedgePeriodic.toNumber() }), tr.fees[i]!, `tranche ${k} hedge cost ${i}`)
      }
    })
    // The aggregate ratio: its largest value over the periods is 1 / DSCR* when every tranche is sculpted.
    let worst = 0
    for (let i = C; i < K; i++) worst = Math.max(worst, Number(excel(tranchePlanExcel.aggregateRatio(terms.map((_, k) => ({ inWindow: `v_in${k}`, share: `v_share${k}`, s: `v_s${k}` }))),
      Object.fromEntries(terms.flatMap((t, k) => [[`v_in${k}`, i >= t.first && i <= t.last ? 1 : 0], [`v_share${k}`, t.share.toNumber()], [`v_s${k}`, s[k]!]])))))
    if (terms.every((t) => t.tranche.repayment === 'sculpted')) close(1 / worst, r.financing.sculptingDscr!, 'DSCR*')
    // Capacity at the target: with the cap binding (the sample), the engine's reported capacity at the debt at the cap.
    if (p.financing.sizing === 'sculpted' && r.financing.capBinding)
      close(excel(tranchePlanExcel.capacity('v_d', 'v_worst', 'v_un'), { ...CONSTANTS(x), v_d: r.financing.totalDebt.toNumber(), v_worst: worst, v_un: 0 }), r.financing.sculptedCapacity!, 'capacity')
  })

  it('the LLCR rate: the tranches\' rates weighted by their opening balances translated at the period\'s rate', () => {
    for (let i = C; i < K; i++) {
      const f = tranchePlanExcel.blendedRate(terms.map((_, k) => ({ openingInCurrency: `v_o${k}`, perReporting: `v_x${k}`, rate: `v_r${k}` })), 'v_prev')
      const v = Object.fromEntries(terms.flatMap((t, k) => [[`v_o${k}`, r.financing.tranches[k]!.balanceInCurrency[i - 1]!.toNumber()], [`v_x${k}`, t.perReporting[i]!.toNumber()], [`v_r${k}`, t.rate[i]!.toNumber()]]))
      close(excel(f, { ...v, v_prev: r.financing.llcrRates![i - 1]!.toNumber() }), r.financing.llcrRates![i]!, `LLCR rate ${i}`)
    }
  })
})
