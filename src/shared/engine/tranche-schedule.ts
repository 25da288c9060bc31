import type { Decimal } from '../decimal'
import { ZERO } from '../decimal'
import { Repayment, periodInterest } from './debt-schedule'
import { settlePrincipalExcel } from '../rules/minor-unit'
import type { Prepared } from './prepare'
import { pushDebtRow, taxWalk, type Schedule, type TaxedPeriod } from './schedule'
import type { TrancheFunding } from './tranche-construction'
import { toReporting, toTrancheCurrency, type TrancheTerms } from './tranche-terms'
import type { OperationsResult, Series } from './types'

/** A tranche's principal rule: its profile (sculpted with its own s = 1/DSCR on its share of CFADS), or held in its currency. */
export type TrancheRule = { kind: 'annuity' } | { kind: 'equal' } | { kind: 'sculpted'; s: Decimal } | { kind: 'fixed'; principalInCurrency: Series }

/** One tranche's lines after COD (and its balance throughout); reporting currency unless named InCurrency. */
export type TrancheLines = {
  balance: Series
  balanceInCurrency: Series
  interest: Series
  interestInCurrency: Series
  /** Hedge cost (reporting currency) after COD. */
  hedgeCost: Series
  principal: Series
  principalInCurrency: Series
  /** The tranche's share of CFADS in its currency, as sculpting reads it. */
  cfadsShareInCurrency: Series
  residualAtMaturity: Decimal
}

export type TrancheSchedule = Schedule & { debtFees: Series; perTranche: TrancheLines[] }

/**
 * The period walk of `runSchedule` (schedule.ts) with tranches (§10): per tranche, interest on its
 * opening balance at its own rate in its currency, the hedge cost on its balance (hedged), translated;
 * tax deducts interest and hedge cost; CFADS; then each tranche's principal by its own rule, window and
 * maturity (`Repayment`, repaid to its currency's minor unit). A sculpted tranche pays, in its currency,
 * `s_t · share_t · CFADS_k` (translated at the rate its service is translated at) less its interest and
 * hedge cost. Aggregate balances are the sum of each tranche's balance at the period's translation rate.
 */
export function runTrancheSchedule(prep: Prepared, ops: OperationsResult, funding: TrancheFunding, terms: readonly TrancheTerms[], rules: readonly TrancheRule[]): TrancheSchedule {
  const { tl } = prep
  const periodCount = tl.count
  const constructionPeriods = tl.constructionPeriods
  const walk = taxWalk(prep, ops, funding)
  const repayments = terms.map((t, k) => {
    const rule = rules[k]!
    const asRule = rule.kind === 'fixed' ? { kind: 'fixed' as const, principal: rule.principalInCurrency } : rule
    return new Repayment(asRule, t.first, t.last, t.rate[t.first] ?? ZERO, t.unit, t.tranche.interest.kind === 'floating' ? t.rate : undefined)
  })
  const s: TrancheSchedule = {
    openingBalance: [], closingBalance: [], interest: [], principal: [], debtService: [], depreciation: [], bookValue: [],
    taxableIncomeBeforeLosses: [], lossesUsed: [], lossesCarriedForward: [], taxableIncome: [], tax: [], taxRate: [], lossesExpired: [], unabsorbedDepreciation: [],
    cfads: [], residualAtMaturity: ZERO, debtFees: [],
    perTranche: terms.map(() => ({ balance: [], balanceInCurrency: [], interest: [], interestInCurrency: [], hedgeCost: [], principal: [], principalInCurrency: [], cfadsShareInCurrency: [], residualAtMaturity: ZERO }))
  }
  const balances = terms.map(() => ZERO)
  const inReporting = (i: number) => terms.reduce((a, t, k) => a.plus(toReporting(t, balances[k]!, i)), ZERO)
  for (let i = 0; i < periodCount; i++) {
    const opening = inReporting(i)
    if (i < constructionPeriods) {
      terms.forEach((t, k) => {
        balances[k] = balances[k]!.plus(funding.perTranche[k]!.drawdownsInCurrency[i]!)
        const lines = s.perTranche[k]!
        lines.balanceInCurrency.push(balances[k]!)
        lines.balance.push(toReporting(t, balances[k]!, i))
        for (const series of [lines.interest, lines.interestInCurrency, lines.hedgeCost, lines.principal, lines.principalInCurrency, lines.cfadsShareInCurrency]) series.push(ZERO)
      })
      const t = walk.construction(i)
      pushRow(s, opening, inReporting(i), ZERO, ZERO, ZERO, {
        depreciation: ZERO, book: t.book, before: ZERO, used: ZERO, losses: t.losses, taxable: ZERO, tax: ZERO, cfads: ZERO, rate: t.rate, expired: ZERO, unabsorbed: ZERO
      })
      continue
    }
    const openings = [...balances]
    const { interestInCurrency, hedgeInCurrency, interest, fees } = periodCharges(terms, openings, i)
    const t = walk.operating(i, interest.plus(fees))
    const cfads = t.cfads
    let principal = ZERO
    terms.forEach((t, k) => {
      const share = toTrancheCurrency(t, cfads.times(t.share), i)
      const owed = interestInCurrency[k]!.plus(hedgeInCurrency[k]!)
      const paid = repayments[k]!.principal(i, openings[k]!, owed, share)
      balances[k] = openings[k]!.minus(paid)
      const lines = s.perTranche[k]!
      lines.balanceInCurrency.push(balances[k]!)
      lines.balance.push(toReporting(t, balances[k]!, i))
      lines.interestInCurrency.push(interestInCurrency[k]!)
      lines.interest.push(toReporting(t, interestInCurrency[k]!, i))
      lines.hedgeCost.push(toReporting(t, hedgeInCurrency[k]!, i))
      lines.principalInCurrency.push(paid)
      const paidHere = toReporting(t, paid, i)
      lines.principal.push(paidHere)
      lines.cfadsShareInCurrency.push(share)
      principal = principal.plus(paidHere)
    })
    pushRow(s, opening, inReporting(i), interest, fees, principal, t)
  }
  repayments.forEach((r, k) => (s.perTranche[k]!.residualAtMaturity = toReporting(terms[k]!, r.residualAtMaturity, terms[k]!.last)))
  // The balloon test reads the largest residual any tranche's profile left (in the reporting currency).
  s.residualAtMaturity = s.perTranche.reduce((a, l) => (l.residualAtMaturity.abs().gt(a.abs()) ? l.residualAtMaturity : a), ZERO)
  return s
}

/**
 * Period i's charges on the tranches' opening balances: interest and the hedge cost in each tranche's
 * currency, and their sums in the reporting currency (what the tax walk deducts). One place for the
 * scheduled walk and the cash sweep's walk (engine/sweep.ts).
 */
export function periodCharges(terms: readonly TrancheTerms[], openings: readonly Decimal[], i: number): { interestInCurrency: Decimal[]; hedgeInCurrency: Decimal[]; interest: Decimal; fees: Decimal } {
  const interestInCurrency = terms.map((t, k) => periodInterest(openings[k]!, t.rate[i]!))
  const hedgeInCurrency = terms.map((t, k) => openings[k]!.times(t.hedgePeriodic))
  let interest = ZERO
  let fees = ZERO
  terms.forEach((t, k) => {
    interest = interest.plus(toReporting(t, interestInCurrency[k]!, i))
    fees = fees.plus(toReporting(t, hedgeInCurrency[k]!, i))
  })
  return { interestInCurrency, hedgeInCurrency, interest, fees }
}

function pushRow(s: TrancheSchedule, opening: Decimal, closing: Decimal, interest: Decimal, fees: Decimal, principal: Decimal, t: TaxedPeriod): void {
  s.closingBalance.push(closing)
  pushDebtRow(s, opening, interest, fees, principal, t)
}

/**
 * The same walk as workbook formulas for one tranche and one period (the Debt sheet and the Sizing
 * sheet's blocks), beside `runTrancheSchedule`: interest and hedge cost in the tranche currency on its
 * opening balance, and its principal by its profile, which is a live input (`profile` holds the text
 * annuity, equal or sculpted). tests/shared/engine/tranche-excel-forms.test.ts holds them to the Decimal forms.
 */
export const trancheScheduleExcel = {
  /** Cash interest after COD, in the tranche currency. */
  interest: (op: string, openingInCurrency: string, rate: string) => `${op}*${openingInCurrency}*${rate}`,
  /** Hedge cost in the tranche currency on the opening balance (paid with interest: `owed`). */
  hedgeInCurrency: (openingInCurrency: string, hedgePeriodic: string) => `${openingInCurrency}*${hedgePeriodic}`,
  /**
   * Principal in the tranche currency (`Repayment` in debt-schedule.ts on the tranche's window, rate
   * and minor unit): inside the window [first, maturity] while a balance is open, by the profile —
   * annuity: the level payment less what is owed (interest + hedge cost), set on the debt at COD at the
   * fixed rate, or re-levelled each period at a floating rate over the periods left; equal: debt at COD
   * / tenor periods; sculpted: `s · share · CFADS` translated, less what is owed, floored at zero — never
   * above the opening balance, the whole balance at maturity, settled to the minor unit.
   */
  principal: (floating: boolean, ref: {
    profile: string; period: string; first: string; maturity: string; opening: string; owed: string; rate: string; tenorPeriods: string
    debtAtCod: string; cfads: string; share: string; perReporting: string; s: string; unit: string
  }): string => {
    const { profile, period, first, maturity, opening, owed, rate, tenorPeriods, debtAtCod, cfads, share, perReporting, s, unit } = ref
    const annuity = floating ? `PMT(${rate},${maturity}-${period}+1,-${opening})-(${owed})` : `PMT(${rate},${tenorPeriods},-${debtAtCod})-(${owed})`
    const rule = `IF(${profile}="annuity",${annuity},IF(${profile}="equal",${debtAtCod}/${tenorPeriods},MAX(0,${cfads}*${share}*${perReporting}*${s}-(${owed}))))`
    return `IF(AND(${period}>=${first},${period}<=${maturity},${opening}>0),IF(${period}=${maturity},${opening},${settlePrincipalExcel(opening, `MIN(${opening},${rule})`, unit)}),0)`
  }
}
