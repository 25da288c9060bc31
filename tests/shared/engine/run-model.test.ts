import { describe, expect, it } from 'vitest'
import { dec } from '@shared/decimal'
import { parseProject, type Project } from '@shared/model'
import { runModel } from '@shared/engine'
import { c2Project, handProject } from './hand-project'

/*
 * engine/run-model.ts (issue 21: mutation survivors): the issues the run adds (grants above uses,
 * balloon, CFADS below interest and its period list), held debt, and the loan-life coverage window.
 */
function valid(p: Project): Project {
  const r = parseProject(p)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return r.value
}
const hand = (f?: (p: Project) => void): Project => {
  const p = handProject()
  f?.(p)
  return valid(p)
}

describe('runModel: issues', () => {
  it('the hand case has none', () => {
    expect(runModel(hand()).issues).toEqual([])
  })
  it("the prepared project's issues are kept (missing FX rate, a project that skipped validation)", () => {
    const p = handProject()
    p.reportingCurrency = 'INR'
    expect(runModel(p).issues).toEqual([{ code: 'missing-fx', path: 'fx.rates', message: 'no USD/INR rate; 1 used' }])
  })
  it('grants above the construction uses: the excess is reported (1,200,000 − 1,000,000 = 200,000.00)', () => {
    // Grants reduce uses first: uses 1,000,000 (capex; no debt is left to draw, so no IDC or fee) → 200,000 unused.
    const r = runModel(hand((p) => { p.financing.grants = [{ id: 'g', name: 'Grant', amount: '1200000' }] }))
    expect(r.issues).toEqual([{ code: 'grant-exceeds-uses', path: 'financing.grants', message: 'grants exceed construction uses by 200000.00; the excess is ignored' }])
  })
})

describe('runModel: CFADS below interest, the period list and the balloon', () => {
  // Case C2 (CFADS exactly 100 a year, no tax, no WC, 8 %) with capex 100,000 and gearing sizing at 60 %:
  // debt 60,000 drawn in the construction year (no IDC: the opening balance is 0), annuity.
  // Interest in the last year is PMT·(1 − 1/1.08) with PMT = 60,000·0.08/(1 − 1.08^−n): 1,113 (n = 5),
  // 773 (n = 8) — above CFADS 100 in every repayment year. Periods are 1-based: the construction year is 1.
  const below = (years: number) => runModel(c2Project('0.6', (p) => {
    p.costs.capex.items[0]!.amount = '100000'
    p.timeline.operatingYears = years
    p.financing.sizing = 'gearing'; p.financing.tranches[0]!.repayment = 'annuity'; p.financing.tranches[0]!.tenorYears = years
  })).issues
  const message = (list: string) => `CFADS below interest in ${list}: DSCR is below 1.00x; the DSRA, the facility or sponsor support pays the gap`
  it('one period: "period 2"', () => {
    expect(below(1)).toEqual([{ code: 'cfads-below-interest', path: 'financing', message: message('period 2') }])
  })
  it('six periods are listed in full; eight are cut after six with the count', () => {
    expect(below(6)).toEqual([{ code: 'cfads-below-interest', path: 'financing', message: message('periods 2, 3, 4, 5, 6, 7') }])
    expect(below(8)).toEqual([{ code: 'cfads-below-interest', path: 'financing', message: message('periods 2, 3, 4, 5, 6, 7 … (8 periods)') }])
  })
  it('no debt: no interest, so a negative CFADS is not "below interest"', () => {
    // Fixed opex 200 a year: CFADS = 100 − 200 = −100 in every operating year, gearing 0.
    const r = runModel(c2Project('0', (p) => {
      p.costs.opex.fixedPerYear = '200'
      p.financing.sizing = 'gearing'; p.financing.tranches[0]!.repayment = 'annuity'
    }))
    expect(r.financing.cfads[1]!.toString()).toBe('-100')
    expect(r.issues.filter((i) => i.code === 'cfads-below-interest')).toEqual([])
  })
  it('no debt and CFADS −100 a year: negative CFADS is reported from COD, the first of the equal lows named', () => {
    const r = runModel(c2Project('0', (p) => {
      p.costs.opex.fixedPerYear = '200'
      p.financing.sizing = 'gearing'; p.financing.tranches[0]!.repayment = 'annuity'
    }))
    expect(r.issues).toEqual([{
      code: 'negative-cfads', path: 'financing',
      message: 'CFADS is negative in operating periods 2, 3, 4, 5, 6 (lowest -100.00 in period 2: ramp-up losses or a working-capital build); the waterfall funds it: lock-up cash, the DSRA for debt service, the facility, then sponsor support'
    }])
  })
  it('one loss year: the finding names it alone and its CFADS (0 − 50 = −50.00 in period 4)', () => {
    // C2's revenue is 100 a year; a ramp-up of 1, 1, 0, 1, 1 and fixed opex 50 give CFADS 50, 50, −50, 50, 50.
    const r = runModel(c2Project('0', (p) => {
      p.costs.opex.fixedPerYear = '50'
      p.feedstock[0]!.rampUp = ['1', '1', '0', '1', '1']
      p.financing.sizing = 'gearing'; p.financing.tranches[0]!.repayment = 'annuity'
    }))
    expect(r.financing.cfads.slice(1).map(String)).toEqual(['50', '50', '-50', '50', '50'])
    expect(r.issues).toEqual([{
      code: 'negative-cfads', path: 'financing',
      message: 'CFADS is negative in operating period 4 (lowest -50.00 in period 4: ramp-up losses or a working-capital build); the waterfall funds it: lock-up cash, the DSRA for debt service, the facility, then sponsor support'
    }])
  })
  it('an interest-only grace year that CFADS cannot cover is reported too (from COD, not from the first repayment)', () => {
    // C2 with debt 60,000 (capex 100,000 at 60 %), 12 months' grace then 4 years' repayment: period 2 pays only
    // interest 4,800 against CFADS 100, and periods 3–6 pay more.
    const r = runModel(c2Project('0.6', (p) => {
      p.costs.capex.items[0]!.amount = '100000'
      p.financing.sizing = 'gearing'; p.financing.tranches[0]!.repayment = 'annuity'; p.financing.tranches[0]!.graceMonths = 12; p.financing.tranches[0]!.tenorYears = 4
    }))
    expect(r.financing.principal[1]!.toString()).toBe('0')
    expect(r.financing.interest[1]!.toString()).toBe('4800')
    expect(r.issues.filter((i) => i.code === 'cfads-below-interest').map((i) => i.message)).toEqual([message('periods 2, 3, 4, 5, 6')])
  })
  it('gearing sizing with sculpted repayment and CFADS 0: nothing is repaid before maturity, which clears the 600.00 (balloon)', () => {
    // C2 with fixed opex 100 a year: CFADS = 0 in every year; debt 60 % × 1,000 = 600; the sculpted principal
    // CFADS/DSCR* − interest is negative, floored at 0, so the balance stays 600 until maturity.
    const r = runModel(c2Project('0.6', (p) => {
      p.costs.opex.fixedPerYear = '100'
      p.financing.sizing = 'gearing'; p.financing.tranches[0]!.repayment = 'sculpted'
    }))
    expect(r.issues).toContainEqual({ code: 'balloon', path: 'financing.tranches.0.repayment', message: 'the repayment profile leaves 600.00 at maturity; the last instalment clears it' })
    expect(r.issues).toContainEqual({
      code: 'cfads-below-interest', path: 'financing',
      message: 'CFADS below interest in periods 2, 3, 4, 5, 6: DSCR is below 1.00x; the DSRA, the facility or sponsor support pays the gap (sculpted: no principal, the interest is still paid in cash)'
    })
  })
  it('with two tranches the finding points at the tranche table (no single profile is to blame)', () => {
    const r = runModel(c2Project('0.6', (p) => {
      p.costs.opex.fixedPerYear = '100'
      p.financing.sizing = 'gearing'
      const t = { ...p.financing.tranches[0]!, repayment: 'sculpted' as const, share: '0.5' }
      p.financing.tranches = [{ ...t, id: 'a' }, { ...t, id: 'b', name: 'B' }]
    }))
    expect(r.issues.filter((i) => i.code === 'balloon').map((i) => i.path)).toEqual(['financing.tranches'])
  })
})

describe('runModel: the sculpting floor, listed', () => {
  it('C2 with CFADS 100, 14, 14, 100, 100: the floor binds in periods 3 and 4 (interest above CFADS/1.3, not above CFADS)', () => {
    // Sculpted sizing at DSCR* 1.3, 8 %; a = 100/1.3 = 76.923. With principal 0 in operating years 2–3 the
    // balance B1 stays put: year 5 clears B4 = a/1.08 = 71.225; B1 = (B4 + a)/1.08 = 137.174; debt D =
    // (B1 + a)/1.08 = a·(1/1.08 + 1/1.08² + 1/1.08³) = 198.2382. Years 2–3: interest 0.08·B1 = 10.974 lies
    // between 14/1.3 = 10.769 and 14, so the floor binds and CFADS still covers the interest.
    const r = runModel(c2Project('0.9', (p) => { p.feedstock[0]!.rampUp = ['1', '0.14', '0.14', '1', '1'] }))
    const a = 100 / 1.3
    expect(r.financing.totalDebt.toNumber()).toBeCloseTo(a * (1 / 1.08 + 1 / 1.08 ** 2 + 1 / 1.08 ** 3), 3)
    expect(r.financing.principal.slice(2, 4).map(String)).toEqual(['0', '0'])
    expect(r.issues).toEqual([{
      code: 'sculpting-floor', path: 'financing.tranches.0.repayment',
      message: 'sculpted principal floored at zero in periods 3, 4: CFADS / DSCR* is below the interest, so only interest is paid and DSCR is below DSCR*'
    }])
  })
})

describe('runModel: held debt and the coverage window', () => {
  it('an explicit fixedDebt is used as given', () => {
    // Hand case holding 500,000 drawn in 2026 and repaid 250,000 in 2027 and 2028 (instead of the 60 % sizing: 600,000).
    const fixedDebt = { drawdowns: ['500000', '0', '0', '0'].map((x) => dec(x)), principal: ['0', '250000', '250000', '0'].map((x) => dec(x)) }
    const r = runModel(hand(), { fixedDebt })
    expect(r.financing.drawdowns.map(String)).toEqual(['500000', '0', '0', '0'])
    expect(r.financing.principal.map(String)).toEqual(['0', '250000', '250000', '0'])
    expect(r.financing.sizingMode).toBe('fixed')
  })
  it('with debt, loan-life coverage is over the loan life only (2 of 3 operating years)', () => {
    // Tenor 2 years (2027–2028); c1 ends 2028-12-31, so 2029 is all merchant: 180 t × 8,000 = 1,440,000.
    // Loan life: 2 × 801,000 / (2 × 1,521,000) = 801/1521 = 0.526627…; over all three years it would be
    // 1,602,000 / 4,482,000 = 0.357429….
    const r = runModel(hand((p) => { p.financing.tranches[0]!.tenorYears = 2; p.offtake[0]!.endDate = '2028-12-31' }))
    const ll = r.coverage.loanLife
    expect(ll.ok && ll.value.toNumber()).toBeCloseTo(801 / 1521, 12)
  })
})
