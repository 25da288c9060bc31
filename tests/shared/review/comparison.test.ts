/**
 * Base and review side by side on screen (issue 17): signed deltas in the metric's own unit, and
 * which changes are worse for a lender. The project is the two-tranche hand case of review-fx.test.ts
 * (min DSCR 1.5970x base; 1.7990x with INR 25 %/yr weaker).
 */
import { describe, expect, it } from 'vitest'
import { checklistBothWays, comparisonRows, defaultReviewCase, runReview } from '@shared/review'
import { twoTranches } from '../engine/two-tranche-project'
import { formatMoneyIn } from '@shared/format/display-unit'

const run = (patch: Record<string, unknown>) => {
  const p = twoTranches(false)
  const r = runReview(p, { ...defaultReviewCase(p), ...patch })
  if (!r.ok) throw new Error('invalid review case')
  return { p, r }
}
const row = (rows: ReturnType<typeof comparisonRows>, key: string) => rows.find((x) => x.key === key)!

describe('comparison rows', () => {
  it('the neutral case changes nothing: every delta zero, unsigned, none worse', () => {
    const { r } = run({})
    const rows = comparisonRows(r.base, r.review)
    for (const x of rows) {
      expect(x.base).toBe(x.review)
      if (x.delta !== null) expect(x.delta).not.toMatch(/^[+\u2212]/)
      expect(x.worse === true).toBe(false)
    }
    expect(row(rows, 'minDscr').delta).toBe('0.00x')
  })

  it('INR 25 %/yr weaker: min DSCR 1.60x → 1.80x is +0.20x, better for the lender; debt at COD has no direction', () => {
    const { r } = run({ fxDepreciationPerYear: '0.25' })
    const rows = comparisonRows(r.base, r.review)
    expect(row(rows, 'minDscr')).toMatchObject({ base: '1.60x', review: '1.80x', delta: '+0.20x', worse: false })
    expect(row(rows, 'debtAtCod').worse).toBeNull()
  })

  it('a 20 % price haircut: DSCR and NPV fall (signed with a true minus, in x and in money), marked worse', () => {
    const { r } = run({ priceHaircut: '0.2' })
    const rows = comparisonRows(r.base, r.review)
    const dscr = row(rows, 'minDscr')
    expect(dscr.delta).toMatch(/^\u2212\d\.\d\dx$/)
    expect(dscr.worse).toBe(true)
    const npv = row(rows, 'npv')
    expect(npv.delta).toMatch(/^\u2212\$[\d,]+$/)
    expect(npv.worse).toBe(true)
    const irr = row(rows, 'projectIrr')
    if (irr.delta !== null) expect(irr.delta).toMatch(/^\u2212\d+\.\d\d pp$/)
  })

  it('in the reader’s display unit: figures and the money delta in millions, rounded as shown, still marked worse', () => {
    const { r } = run({ priceHaircut: '0.2' })
    const rows = comparisonRows(r.base, r.review, 'million')
    const npv = row(rows, 'npv')
    expect(npv.base).toBe(formatMoneyIn(r.base.metrics.npv, 'USD', 'million'))
    expect(npv.base).toMatch(/^-?\$[\d,]+\.\d\d million$/)
    expect(npv.delta).toBe(`\u2212${formatMoneyIn(r.review.metrics.npv.minus(r.base.metrics.npv).abs(), 'USD', 'million')}`)
    expect(npv.worse).toBe(true)
    // Non-money rows do not change with the unit.
    expect(row(rows, 'minDscr')).toEqual(row(comparisonRows(r.base, r.review), 'minDscr'))
    // A delta under half the last shown digit is unsigned and not "worse".
    const same = comparisonRows(r.base, r.base, 'million')
    expect(row(same, 'npv')).toMatchObject({ delta: '$0.00 million', worse: false })
  })

  it('the checklist both ways: the review graded on the reviewer’s thresholds; a worse grade is marked', () => {
    const { p, r } = run({ lender: { ...defaultReviewCase(twoTranches(false)).lender, minDscr: '1.7', lockupDscr: '1.65', presetId: null } })
    const both = checklistBothWays(p, r.base, r.reviewProject, r.review)
    const dscr = both.rows.find((x) => x.id === 'minDscr')!
    expect(dscr.base.grade).toBe('green')
    expect(dscr.review!.grade).toBe('red')
    expect(dscr.worse).toBe(true)
    expect(both.reviewVerdict).toEqual({ kind: 'graded', grade: 'red' })
    expect(both.baseVerdict.kind).toBe('graded')
  })

  it('an incomplete model is not graded on either side: every item n/a, the verdict names what is missing', () => {
    const p = twoTranches(false)
    const bare = { ...p, costs: { ...p.costs, capex: { ...p.costs.capex, items: p.costs.capex.items.map((i) => ({ ...i, amount: '0' })) } } }
    const r = runReview(bare, defaultReviewCase(bare))
    if (!r.ok) throw new Error('invalid review case')
    const both = checklistBothWays(bare, r.base, r.reviewProject, r.review)
    expect(both.baseVerdict).toMatchObject({ kind: 'incomplete', text: 'Incomplete: no capex' })
    expect(both.reviewVerdict).toMatchObject({ kind: 'incomplete', text: 'Incomplete: no capex' })
    for (const row of both.rows) {
      expect(row.base.grade).toBe('na')
      expect(row.review!.grade).toBe('na')
      expect(row.worse).toBe(false)
    }
    // The complete project is graded: the same rows carry grades.
    const full = run({})
    expect(checklistBothWays(full.p, full.r.base, full.r.reviewProject, full.r.review).rows.some((x) => x.base.grade !== 'na')).toBe(true)
  })
})

describe('comparison rows in Japanese (#20)', () => {
  it('labels from the catalog, the same digits, years and periods in Japanese words', () => {
    const { r } = run({ priceHaircut: '0.2' })
    const en = comparisonRows(r.base, r.review)
    const ja = comparisonRows(r.base, r.review, 'full', 'ja')
    expect(row(ja, 'minDscr').label).toBe('最低DSCR')
    expect(row(ja, 'debtAtCod').label).toBe('COD時点の借入残高')
    expect(row(ja, 'defaultPeriods').label).toBe('デフォルト期間数')
    // Ratios and money read the same in both languages; only the unit words change.
    expect(row(ja, 'minDscr')).toMatchObject({ base: row(en, 'minDscr').base, review: row(en, 'minDscr').review, delta: row(en, 'minDscr').delta, worse: row(en, 'minDscr').worse })
    expect(row(ja, 'npv').delta).toBe(row(en, 'npv').delta)
    expect(row(en, 'defaultPeriods').delta).toMatch(/^[+\u2212]?\d+ periods$/)
    expect(row(ja, 'defaultPeriods').delta).toBe(row(en, 'defaultPeriods').delta!.replace(/ periods$/, '期'))
    const payback = row(en, 'paybackYears')
    if (payback.delta !== null) {
      expect(row(ja, 'paybackYears').delta).toBe(payback.delta.replace(/ years$/, '年'))
      expect(row(ja, 'paybackYears').base).toBe(payback.base.replace(/ years$/, '年'))
    }
    for (const x of ja) expect(`${x.label} ${x.base} ${x.review} ${x.delta ?? ''}`).not.toMatch(/years|periods/)
  })
})
