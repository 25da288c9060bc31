import { describe, expect, it } from 'vitest'
import { dec, sum } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { parseProject, type Project } from '@shared/model'
import { debtChartRows, debtSchedule } from '@renderer/features/financing/debt-schedule'
import { coverageRows, loanMaturityYear } from '@renderer/features/offtake/coverage-data'
import { handProject } from '../../../shared/engine/hand-project'

const valid = (p: Project): Project => {
  const r = parseProject(p)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return r.value
}

describe('debt schedule and coverage views of a model result', () => {
  const result = runModel(valid(handProject()))

  it('the yearly schedule carries every drawdown and every repayment of the engine', () => {
    const rows = debtSchedule(result)
    expect(rows.length).toBeGreaterThan(0)
    expect(sum(rows.map((r) => r.drawdowns)).minus(result.financing.totalDebt).abs().lt('1e-20')).toBe(true)
    expect(sum(rows.map((r) => r.principal)).minus(result.metrics.debtAtCod).abs().lt('1e-9')).toBe(true)
    expect(rows.at(-1)!.balance.abs().lt('1e-9')).toBe(true)
    for (const r of rows) expect(r.debtService.minus(r.interest.plus(r.principal)).abs().lt('1e-20')).toBe(true)
    expect(debtChartRows(rows)).toHaveLength(rows.length)
  })

  it('the yearly minimum DSCR is over repayment periods only, so its lowest year is the minimum-DSCR metric', () => {
    const rows = debtSchedule(result)
    const tested = rows.filter((r) => r.minDscr !== null)
    expect(tested.length).toBeGreaterThan(0)
    const lowest = tested.reduce((lo, r) => (r.minDscr!.lt(lo) ? r.minDscr! : lo), tested[0]!.minDscr!)
    expect(result.metrics.minDscr.ok && lowest.eq(result.metrics.minDscr.value)).toBe(true)
    // A year with no repayment period (construction, grace) shows no ratio rather than interest-only cover.
    for (const r of rows) {
      const periods = result.annual.find((a) => a.year === r.year)!.periods
      if (!periods.some((k) => result.periods[k - 1]!.isRepayment)) expect(r.minDscr).toBeNull()
    }
  })

  it('coverage rows split annual revenue into contracted and merchant, with the loan maturity year', () => {
    const rows = coverageRows(result)
    const total = sum(result.annual.map((a) => a.revenue)).toNumber()
    expect(rows.reduce((a, r) => a + r.contracted + r.merchant, 0)).toBeCloseTo(total, 2)
    const maturity = loanMaturityYear(result)
    expect(maturity).not.toBeNull()
    expect(rows.filter((r) => r.inLoanLife).every((r) => r.year <= maturity!)).toBe(true)
    for (const r of rows) if (r.coveragePct !== null) expect(dec(r.coveragePct).gte(0) && dec(r.coveragePct).lte(100)).toBe(true)
  })
})
