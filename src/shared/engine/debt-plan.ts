/** The debt plan sizing returns (§7, §10): its own file so sizing and the tranche planner both read it without importing each other. */
import type { Decimal } from '../decimal'
import type { ConstructionFunding } from './construction'
import type { Schedule } from './schedule'
import type { DebtSizingMode, FixedDebt, Series, TrancheResult } from './types'

export type DebtPlan = {
  funding: ConstructionFunding
  schedule: Schedule
  sizingMode: DebtSizingMode
  capBinding: boolean
  sculptedCapacity: Decimal | null
  sculptingDscr: Decimal | null
  iterations: number
  /** The rate LLCR discounts at (one debt: its periodic rate; tranches: blended by balance at COD, for reference). */
  periodicRate: Decimal
  /** Tranches: the blended rate of the outstanding tranches per period, which LLCR discounts at; null for one debt. */
  llcrRates: Series | null
  /** Hedge cost of swapped tranches after COD (zero for one reporting-currency debt). */
  debtFees: Series
  /** Each tranche's lines, in project order. */
  tranches: TrancheResult[]
  /** The debt in the form `ModelOptions.fixedDebt` accepts. */
  held: FixedDebt
}
