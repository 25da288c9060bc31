import { describe, expect, it } from 'vitest'
import { fieldInfoOf, issueText, issuesText } from '@renderer/store/issue-text'

describe('validation messages name the field by its label, in the unit it shows (#17)', () => {
  it('percent fields restate fraction bounds in percent', () => {
    expect(issueText('must be ≥ 0 and ≤ 1', { label: 'Li recovery', percent: true })).toBe('Li recovery must be between 0 and 100 %')
    expect(issueText('must be ≥ -0.5 and ≤ 1', { label: 'Escalation', percent: true })).toBe('Escalation must be between -50 and 100 %')
    expect(issueText('must be ≥ 0 and < 1', { label: 'Gearing', percent: true })).toBe('Gearing must be at least 0 % and less than 100 %')
  })

  it('the parse’s words for built-in checks get the label and the unit', () => {
    expect(issueText('must be ≥ 1', { label: 'Construction', unit: 'months' })).toBe('Construction must be at least 1 month')
    expect(issueText('must be ≤ 40', { label: 'Operations', unit: 'years' })).toBe('Operations must be at most 40 years')
    expect(issueText('must be > 0', { label: 'Target DSCR', unit: 'x' })).toBe('Target DSCR must be more than 0x')
    expect(issueText('must be a whole number', { label: 'Tenor' })).toBe('Tenor must be a whole number')
    expect(issueText('is required', { label: 'Name' })).toBe('Name is required')
    expect(issueText('must be one of annuity, equal', { label: 'Repayment' })).toBe('Repayment must be one of annuity, equal')
  })

  it('drops the 1e15 sanity limit, and names it when it is the only bound broken', () => {
    expect(issueText('must be ≥ 0 and ≤ 1000000000000000', { label: 'Annual quantity', unit: 't/yr' })).toBe('Annual quantity must be at least 0 t/yr')
    expect(issueText('must be ≥ -1000000000000000 and ≤ 5', { label: 'Premium' })).toBe('Premium must be at most 5')
    expect(issueText('must be ≤ 1000000000000000', { label: 'Capex amount' })).toBe('Capex amount is beyond the model’s limit of 10^15')
  })

  it('rule messages get the label as their place; messages about typed text stay as they are', () => {
    expect(issueText('grades add up to more than 100 %', { label: 'Ni grade', percent: true })).toBe('Ni grade: grades add up to more than 100 %')
    expect(issueText('must be a multiple of the period length (6 months)', { label: 'Grace', unit: 'months' })).toBe('Grace must be a multiple of the period length (6 months)')
    expect(issueText('Use a dot for decimals: 12.5', { label: 'Fixed opex' })).toBe('Use a dot for decimals: 12.5')
  })

  it('paths are named by the labels the fields show, never as paths', () => {
    expect(fieldInfoOf('routes.0.recovery.Li')).toEqual({ label: 'Li recovery', percent: true })
    expect(fieldInfoOf('feedstock.2.grades.Co')).toEqual({ label: 'Co grade', percent: true })
    expect(fieldInfoOf('timeline.constructionMonths')).toEqual({ label: 'Construction', unit: 'months' })
    expect(fieldInfoOf('prices.decks.1.prices.0.escalation')).toEqual({ label: 'Escalation', percent: true })
    expect(fieldInfoOf('feedstock.0.someNewField')).toEqual({ label: 'Some new field' })
    // Issue 16: a stream's own processing rates and the plant capacities, as their fields show them.
    expect(fieldInfoOf('feedstock.1.treatmentPerTonne')).toEqual({ label: 'Treatment charge' })
    expect(fieldInfoOf('plant.capacities.0.availability')).toEqual({ label: 'Availability', percent: true })
    expect(issuesText([{ path: 'plant.capacities.1.routeId', message: 'unknown route "r9"' }])).toBe('Capacity serves: unknown route "r9"')
    expect(fieldInfoOf('(root)')).toEqual({ label: 'The project' })
    expect(issuesText([{ path: 'routes.0.recovery.Li', message: 'must be ≥ 0 and ≤ 1' }, { path: 'products.1', message: 'no price for "Li2CO3" in the active deck "Base"' }])).toBe(
      'Li recovery must be between 0 and 100 %; Product: no price for "Li2CO3" in the active deck "Base"'
    )
  })

  it('no message the user sees carries a model path or zod’s wording', () => {
    const samples = ['must be ≥ 0 and ≤ 1', 'must be ≥ 1', 'must be a number', 'unknown route "r9"', 'is required']
    for (const path of ['routes.0.recovery.Li', 'timeline.constructionMonths', 'feedstock.3.routeId', 'financing.tranches.0.tenorYears', 'financing.repayment', 'offtake.0.cap'])
      for (const m of samples) {
        const text = issueText(m, fieldInfoOf(path))
        expect(text).not.toMatch(/\w+\.\d+\.|Too small|Too big|Invalid input|expected/)
      }
  })

  it('tranche fields by their labels: the shares’ total is about the senior debt, the floating rate’s parts by name', () => {
    expect(issueText('shares add up to 110 %, not 100 %', fieldInfoOf('financing.tranches'))).toBe('Senior debt: shares add up to 110 %, not 100 %')
    expect(issueText('needs at least one tranche', fieldInfoOf('financing.tranches'))).toBe('Senior debt needs at least one tranche')
    expect(fieldInfoOf('financing.tranches.1.share')).toEqual({ label: 'Share of senior debt', percent: true })
    expect(fieldInfoOf('financing.tranches.0.interest.marginAnnualRate')).toEqual({ label: 'Margin', percent: true })
    expect(fieldInfoOf('financing.tranches.0.interest.baseRates.2.annualRate')).toEqual({ label: 'Base rate', percent: true })
    expect(issueText('years must be in increasing order', fieldInfoOf('financing.tranches.0.interest.baseRates'))).toBe('Base rate by year: years must be in increasing order')
  })
})
