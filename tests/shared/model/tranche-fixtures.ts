import type { Currency, Project, Tranche } from '@shared/model'

/** The single-debt terms every project before file version 3 had, as the fields a test edits. */
export type DebtTerms = Partial<Pick<Tranche, 'tenorYears' | 'graceMonths' | 'repayment' | 'upfrontFee'>> & { annualRate?: string }

/** One fixed-rate tranche with neutral extras (no commitment fee, no ECA premium, no hedge). */
export function tranche(currency: Currency, terms: Required<DebtTerms>, extra: Partial<Tranche> = {}): Tranche {
  const { annualRate, ...rest } = terms
  return {
    id: 'senior', name: 'Senior debt', lenderType: 'other', currency, share: '1', interest: { kind: 'fixed', annualRate },
    commitmentFeeAnnualRate: '0', ecaPremium: '0', hedge: { hedged: false, annualCost: '0' }, ...rest, ...extra
  }
}

/** Edit the first tranche's terms in place (the single debt of a test project). */
export function setDebt(p: Project, terms: DebtTerms): void {
  const t = p.financing.tranches[0]!
  const { annualRate, ...rest } = terms
  Object.assign(t, rest)
  if (annualRate !== undefined) t.interest = { kind: 'fixed', annualRate }
}
