import type { Decimal } from '@shared/decimal'
import type { ModelResult } from '@shared/engine'
import { repaymentMinDscr } from '../results/chart-data'

/** The debt schedule by calendar year: the years with any drawdown, debt service or balance. */
export type DebtYear = {
  year: number
  drawdowns: Decimal
  idc: Decimal
  interest: Decimal
  /** Hedge cost of swapped tranches (§10): part of debt service; zero without a hedge. */
  debtFees: Decimal
  principal: Decimal
  debtService: Decimal
  balance: Decimal
  cfads: Decimal
  dsra: Decimal
  /** Lowest DSCR of the year's repayment periods (null in grace/construction), as the covenant is tested. */
  minDscr: Decimal | null
}

export function debtSchedule(result: ModelResult): DebtYear[] {
  return result.annual
    .filter((a) => !a.drawdowns.isZero() || !a.debtService.isZero() || !a.debtBalance.isZero())
    .map((a) => ({
      year: a.year,
      drawdowns: a.drawdowns,
      idc: a.idc,
      interest: a.interest,
      debtFees: a.debtFees,
      principal: a.principal,
      debtService: a.debtService,
      balance: a.debtBalance,
      cfads: a.cfads,
      dsra: a.dsraBalance,
      minDscr: repaymentMinDscr(result, a.periods)
    }))
}

/** Plain numbers for the chart (display only; the table shows the Decimal values). */
export const debtChartRows = (rows: DebtYear[]) =>
  rows.map((r) => ({ year: r.year, cfads: r.cfads.toNumber(), debtService: r.debtService.toNumber(), balance: r.balance.toNumber(), dscr: r.minDscr ? r.minDscr.toNumber() : null }))
