/**
 * The two-tranche hand case of methodology §10 (tests/shared/engine/tranches.test.ts works it by hand):
 * the hand project (USD reporting, deck and costs in USD, construction 2026, operations 2027–2029,
 * debt 600,000) financed 50/50 by
 * - "US bank": USD, 10 % fixed, equal principal over 3 years;
 * - "India DFI": INR, 8 % fixed, equal principal over 2 years (INR 24,000,000 drawn at 80),
 *   unhedged or hedged by a cross-currency swap at the financial-close FX + 2 % a year;
 * INR per USD 80 in 2026–2027 and 100 from 2028. Revenue and costs are in USD, so FX moves only the
 * INR tranche's service: the case for FX stress on debt.
 */
import { parseProject, type Project, type Tranche } from '@shared/model'
import { handProject } from './hand-project'
import { tranche } from '../model/tranche-fixtures'

export const valid = (p: Project): Project => {
  const r = parseProject(p)
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return r.value
}

export const usdTranche = (extra: Partial<Tranche> = {}) =>
  tranche('USD', { annualRate: '0.1', tenorYears: 3, graceMonths: 0, repayment: 'equal', upfrontFee: '0' }, { id: 'us-bank', name: 'US bank', lenderType: 'commercialBank', share: '0.5', ...extra })
export const inrTranche = (extra: Partial<Tranche> = {}) =>
  tranche('INR', { annualRate: '0.08', tenorYears: 2, graceMonths: 0, repayment: 'equal', upfrontFee: '0' }, { id: 'india-dfi', name: 'India DFI', lenderType: 'dfi', share: '0.5', ...extra })

export function twoTranches(hedged: boolean): Project {
  const p = handProject()
  p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '80' }, { year: 2028, perUsd: '100' }] }] }
  p.financing.tranches = [usdTranche(), inrTranche(hedged ? { hedge: { hedged: true, annualCost: '0.02' } } : {})]
  return valid(p)
}

/**
 * The mirror case (tests/shared/analysis/fx-breakeven.test.ts works it by hand): the hand project reporting
 * in INR with prices, offtake and costs in INR (INR 80 per USD flat), financed by the same two tranches —
 * so the USD one is the foreign, unhedged one, and a weaker INR makes it dearer.
 */
export function inrPlantUsdDebt(): Project {
  const p = handProject()
  p.reportingCurrency = 'INR'
  p.prices.decks[0]!.currency = 'INR'
  p.offtake[0]!.currency = 'INR'
  p.fx = { rates: [{ currency: 'INR', points: [{ year: 2026, perUsd: '80' }] }] }
  p.financing.tranches = [usdTranche(), inrTranche()]
  return valid(p)
}
