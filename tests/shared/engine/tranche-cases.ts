/**
 * The two-tranche hand case of tranches.test.ts and tranche-plan.test.ts, on the hand project (USD
 * reporting, one construction year 2026 with capex 1,000,000 and no IDC or fee, operations 2027–2029,
 * 60 % gearing → debt 600,000), split 50/50:
 * - "US bank": USD, 10 % fixed, equal principal over 3 years;
 * - "India DFI": INR, 8 % fixed, equal principal over 2 years; INR per USD 80 in 2026–2027, 100 from 2028.
 */
import { parseProject, type Project, type Tranche } from '@shared/model'
import { handProject } from './hand-project'
import { tranche } from '../model/tranche-fixtures'

export const valid = (p: Project): Project => {
  const r = parseProject(p)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return r.value
}

export const usd = (extra: Partial<Tranche> = {}) =>
  tranche('USD', { annualRate: '0.1', tenorYears: 3, graceMonths: 0, repayment: 'equal', upfrontFee: '0' }, { id: 'us-bank', name: 'US bank', lenderType: 'commercialBank', share: '0.5', ...extra })
export const inr = (extra: Partial<Tranche> = {}) =>
  tranche('INR', { annualRate: '0.08', tenorYears: 2, graceMonths: 0, repayment: 'equal', upfrontFee: '0' }, { id: 'india-dfi', name: 'India DFI', lenderType: 'dfi', share: '0.5', ...extra })

export function twoTranches(hedged: boolean): Project {
  const p = handProject()
  p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '80' }, { year: 2028, perUsd: '100' }] }] }
  p.financing.tranches = [usd(), inr(hedged ? { hedge: { hedged: true, annualCost: '0.02' } } : {})]
  return valid(p)
}
