import type { Decimal } from '@shared/decimal'
import type { AnnualRow, ModelResult } from '@shared/engine'

/** The debt schedule by calendar year: the years with any drawdown, debt service or balance. */
export type DebtYear = {
  year: number
  drawdowns: Decimal
  idc: Decimal
  interest: Decimal
  principal: Decimal
  debtService: Decimal
  balance: Decimal
  cfads: Decimal
  dsra: Decimal
  minDscr: AnnualRow['minDscr']
}

export function debtSchedule(result: ModelResult): DebtYear[] {
  return result.annual
    .filter((a) => !a.drawdowns.isZero() || !a.debtService.isZero() || !a.debtBalance.isZero())
    .map((a) => ({
      year: a.year,
      drawdowns: a.drawdowns,
      idc: a.idc,
      interest: a.interest,
      principal: a.principal,
      debtService: a.debtService,
      balance: a.debtBalance,
      cfads: a.cfads,
      dsra: a.dsraBalance,
      minDscr: a.minDscr
    }))
}

/** Plain numbers for the chart (display only; the table shows the Decimal values). */
export const debtChartRows = (rows: DebtYear[]) =>
  rows.map((r) => ({ year: r.year, cfads: r.cfads.toNumber(), debtService: r.debtService.toNumber(), balance: r.balance.toNumber(), dscr: r.minDscr.ok ? r.minDscr.value.toNumber() : null }))
