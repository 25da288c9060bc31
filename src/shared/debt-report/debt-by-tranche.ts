import { Decimal, ZERO, sum } from '../decimal'
import type { ModelResult, TrancheResult } from '../engine/types'
import type { Currency, LenderType, Project, Tranche } from '../model'
import { allInAnnualRate } from './labels'

/**
 * The senior debt by tranche as a lender reads it (methodology §10): who lends, in what currency, how
 * much at COD (in the reporting currency and in the tranche's own), until when, at what rate — and the
 * blended rate of the whole. Figures only; the views format them.
 */
export type TrancheLine = {
  id: string
  name: string
  lenderType: LenderType
  currency: Currency
  /** True only for a tranche in another currency swapped into the reporting currency. */
  hedged: boolean
  /** The tranche's share of the senior debt (a fraction). */
  share: Decimal
  /** Debt at COD in the reporting currency, and in the tranche's currency. */
  debtAtCod: Decimal
  debtAtCodInCurrency: Decimal
  /** Start of the first repayment period and end of the final one (YYYY-MM-DD). */
  firstRepayment: string
  finalMaturity: string
  tranche: Tranche
  /** Nominal annual all-in interest rate in COD's calendar year (fixed, or that year's base + margin). */
  rateAtCod: Decimal
  /** Hedge (swap) cost, % a year on the balance; 0 when not hedged. */
  hedgeCostAnnualRate: Decimal
}

export type DebtByTranche = {
  lines: TrancheLine[]
  totalAtCod: Decimal
  /**
   * Σ debtAtCod_t · rate_t / Σ debtAtCod_t at COD, nominal annual; null without debt. `withHedge` adds
   * each hedged tranche's swap cost (it is paid on the balance like interest).
   */
  blendedRate: { interest: Decimal; withHedge: Decimal } | null
}

/**
 * `project` must be the project `result` was computed from (tranches are matched by id; a tranche the
 * result does not carry — a stale result — is left out).
 */
export function debtByTranche(project: Project, result: ModelResult): DebtByTranche {
  const codYear = result.periods[result.codPeriod - 1]?.calendarYear ?? Number(result.codDate.slice(0, 4))
  const lines: TrancheLine[] = []
  for (const t of project.financing.tranches) {
    const r: TrancheResult | undefined = result.financing.tranches.find((x) => x.id === t.id)
    if (!r) continue
    const hedged = t.hedge.hedged && t.currency !== result.currency
    lines.push({
      id: t.id, name: t.name, lenderType: t.lenderType, currency: t.currency, hedged, share: new Decimal(t.share),
      debtAtCod: r.debtAtCod, debtAtCodInCurrency: r.debtAtCodInCurrency,
      firstRepayment: result.periods[r.firstRepaymentPeriod - 1]?.start ?? '', finalMaturity: result.periods[r.maturityPeriod - 1]?.end ?? '',
      tranche: t, rateAtCod: allInAnnualRate(t, codYear), hedgeCostAnnualRate: hedged ? new Decimal(t.hedge.annualCost) : ZERO
    })
  }
  const totalAtCod = sum(lines.map((l) => l.debtAtCod))
  const weighted = (rate: (l: TrancheLine) => Decimal) => sum(lines.map((l) => l.debtAtCod.times(rate(l)))).div(totalAtCod)
  const blendedRate = totalAtCod.gt(0) ? { interest: weighted((l) => l.rateAtCod), withHedge: weighted((l) => l.rateAtCod.plus(l.hedgeCostAnnualRate)) } : null
  return { lines, totalAtCod, blendedRate }
}
