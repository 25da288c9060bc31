import { Decimal, ZERO } from '../decimal'
import type { ModelResult, TrancheResult } from '../engine/types'
import { trancheDebtService } from './fx-exposure'

/**
 * One tranche's schedule by calendar year (flows summed over the year's periods, balances at its last
 * period): in the tranche's currency where the engine keeps it (drawdowns, interest, principal,
 * balance) and in the reporting currency (those, and IDC, fees and debt service).
 */
export type TrancheYear = {
  year: number
  drawdowns: Decimal
  drawdownsInCurrency: Decimal
  /** Interest during construction (a use, funded by drawdowns), reporting currency. */
  idc: Decimal
  /** Cash interest after COD. */
  interest: Decimal
  interestInCurrency: Decimal
  principal: Decimal
  principalInCurrency: Decimal
  /** Upfront and commitment fees, ECA premium (construction: uses) and hedge cost (all periods); reporting currency. */
  fees: Decimal
  /** Interest + principal + fees of operating periods (the tranche's part of debt service). */
  debtService: Decimal
  balance: Decimal
  balanceInCurrency: Decimal
}

/** The years in which the tranche draws, pays or owes anything; [] for an id the result lacks. */
export function trancheYears(result: ModelResult, trancheId: string): TrancheYear[] {
  const t: TrancheResult | undefined = result.financing.tranches.find((x) => x.id === trancheId)
  if (!t) return []
  const ds = trancheDebtService(result, t)
  return result.annual
    .map((a) => {
      const idx = a.periods.map((k) => k - 1)
      const add = (s: readonly Decimal[]) => idx.reduce((acc, i) => acc.plus(s[i]!), ZERO)
      const last = idx[idx.length - 1]!
      return {
        year: a.year,
        drawdowns: add(t.drawdowns), drawdownsInCurrency: add(t.drawdownsInCurrency), idc: add(t.idc),
        interest: add(t.interest), interestInCurrency: add(t.interestInCurrency), principal: add(t.principal), principalInCurrency: add(t.principalInCurrency),
        fees: add(t.fees), debtService: add(ds), balance: t.balance[last]!, balanceInCurrency: t.balanceInCurrency[last]!
      }
    })
    .filter((y) => !y.drawdowns.isZero() || !y.debtService.isZero() || !y.fees.isZero() || !y.balance.isZero())
}
