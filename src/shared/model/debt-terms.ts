import type { Project } from './project'
import type { Tranche } from './tranches'

/**
 * The debt terms of a project whose senior debt is ONE tranche in the reporting currency at a fixed
 * all-in rate with no commitment fee and no ECA premium — exactly what project files before version 3
 * could hold. The parts of the app that model one debt only (the Excel model, the Monte Carlo fast
 * path) read the terms here, and refuse (`ok: false`, with the reason) any other structure rather
 * than silently dropping a tranche, a currency or a fee.
 */
export type SingleDebtTerms = {
  tranche: Tranche
  annualRate: string
  tenorYears: number
  graceMonths: number
  repayment: Tranche['repayment']
  upfrontFee: string
}

export type SingleDebtResult = { ok: true; terms: SingleDebtTerms } | { ok: false; reason: string }

const isZero = (s: string) => /^-?0*(\.0*)?$/.test(s)

export function singleDebtTerms(project: Project): SingleDebtResult {
  const tranches = project.financing.tranches
  if (tranches.length !== 1) return { ok: false, reason: `the senior debt has ${tranches.length} tranches; only a single tranche is supported here so far` }
  const t = tranches[0]!
  if (t.currency !== project.reportingCurrency)
    return { ok: false, reason: `tranche "${t.name}" is in ${t.currency}, not the reporting currency ${project.reportingCurrency}; only a reporting-currency tranche is supported here so far` }
  if (t.interest.kind !== 'fixed') return { ok: false, reason: `tranche "${t.name}" has a floating rate (base rate + margin); only a fixed all-in rate is supported here so far` }
  if (!isZero(t.commitmentFeeAnnualRate)) return { ok: false, reason: `tranche "${t.name}" has a commitment fee; not supported here so far` }
  if (!isZero(t.ecaPremium)) return { ok: false, reason: `tranche "${t.name}" has an ECA premium; not supported here so far` }
  return { ok: true, terms: { tranche: t, annualRate: t.interest.annualRate, tenorYears: t.tenorYears, graceMonths: t.graceMonths, repayment: t.repayment, upfrontFee: t.upfrontFee } }
}

/** The terms, or a thrown error for callers that checked `singleDebtTerms` first (a bug otherwise). */
export function requireSingleDebtTerms(project: Project): SingleDebtTerms {
  const r = singleDebtTerms(project)
  if (!r.ok) throw new Error(`single-debt terms asked for a project that has none: ${r.reason}`)
  return r.terms
}
