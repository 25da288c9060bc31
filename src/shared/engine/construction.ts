import { Decimal, ONE, ZERO } from '../decimal'
import type { Prepared } from './prepare'
import type { Series } from './types'

/** How construction drawdowns are set: a debt share of net uses, or held from another case. */
export type DrawdownSpec = { kind: 'gearing'; gearing: Decimal } | { kind: 'fixed'; drawdowns: Series }

export type ConstructionFunding = {
  capexWithContingency: Series
  idc: Series
  fees: Series
  grants: Series
  /** capex + contingency + IDC + fees (before grants). */
  uses: Series
  drawdowns: Series
  equity: Series
  /** Σ drawdowns = the debt balance at COD. */
  debt: Decimal
  /** Uses less land in each construction period: what joins the depreciable pool (IDC and fees all do). */
  depreciable: Series
  /** capex + contingency + IDC + fees over construction, less land: the depreciable base (§6). */
  depreciableBase: Decimal
  unusedGrants: Decimal
}

/**
 * Construction funding (§7), period by period: IDC_k = opening balance · i (capitalised, a use),
 * grants reduce capex + IDC first, then debt and equity fund the rest pro rata. With an upfront fee
 * `f` on each drawdown and gearing `g` the circularity closes algebraically:
 * `draw = g · A / (1 − g·f)`, `fee = f · draw`, where A (`toFund`) = capex + contingency + IDC − grant.
 * With held drawdowns, equity takes whatever the debt does not fund (may be negative = surplus).
 */
export function fundConstruction(prep: Prepared, periodicRate: Decimal, feeRate: Decimal, spec: DrawdownSpec): ConstructionFunding {
  const periodCount = prep.tl.count
  const constructionPeriods = prep.tl.constructionPeriods
  const capexWithContingency = prep.capex.map((x, i) => x.plus(prep.contingency[i]!))
  const idc: Series = []
  const fees: Series = []
  const grants: Series = []
  const uses: Series = []
  const drawdowns: Series = []
  const equity: Series = []
  const depreciable: Series = []
  let balance = ZERO
  let base = ZERO
  let unusedGrants = ZERO
  for (let i = 0; i < periodCount; i++) {
    if (i >= constructionPeriods) {
      // Operations: no construction flows. Held drawdowns after COD are ignored by design (schema has none).
      for (const series of [idc, fees, grants, uses, drawdowns, equity, depreciable]) series.push(ZERO)
      continue
    }
    const interest = balance.times(periodicRate)
    const beforeGrant = capexWithContingency[i]!.plus(interest)
    const planned = prep.grantsPlanned[i]!
    const grant = planned.gt(beforeGrant) ? beforeGrant : planned
    unusedGrants = unusedGrants.plus(planned.minus(grant))
    const toFund = beforeGrant.minus(grant)
    let draw: Decimal
    if (spec.kind === 'gearing') {
      const gearing = spec.gearing
      draw = gearing.times(toFund).div(ONE.minus(gearing.times(feeRate)))
    } else draw = spec.drawdowns[i] ?? ZERO
    const fee = draw.times(feeRate)
    const use = beforeGrant.plus(fee)
    idc.push(interest)
    fees.push(fee)
    grants.push(grant)
    uses.push(use)
    drawdowns.push(draw)
    equity.push(use.minus(grant).minus(draw))
    balance = balance.plus(draw)
    const toPool = use.minus(prep.land[i]!)
    depreciable.push(toPool)
    base = base.plus(toPool)
  }
  return { capexWithContingency, idc, fees, grants, uses, drawdowns, equity, depreciable, debt: balance, depreciableBase: base, unusedGrants }
}

/** The debt at COD that gearing `g` draws (same algebra as `fundConstruction`, construction periods only). */
export function constructionDebt(prep: Prepared, periodicRate: Decimal, feeRate: Decimal, gearing: Decimal): Decimal {
  const scale = gearing.div(ONE.minus(gearing.times(feeRate)))
  let balance = ZERO
  for (let i = 0; i < prep.tl.constructionPeriods; i++) {
    const beforeGrant = prep.capex[i]!.plus(prep.contingency[i]!).plus(balance.times(periodicRate))
    const planned = prep.grantsPlanned[i]!
    const toFund = beforeGrant.minus(planned.gt(beforeGrant) ? beforeGrant : planned)
    balance = balance.plus(toFund.times(scale))
  }
  return balance
}

/**
 * The same funding as workbook formulas for one period (the Debt and Costs sheets and every gearing
 * block of the Sizing sheet), given the cell references of this period's flags and rows and the
 * names `Periodic_Rate`, `Grant_Total` and `Upfront_Fee`.
 */
export const constructionFundingExcel = {
  /** IDC on the drawdowns to date (the balance is the drawdowns during construction). */
  idc: (constr: string, prevDrawn: string) => `${constr}*${prevDrawn}*Periodic_Rate`,
  /** Grants phased like capex, never more than the period's capex + contingency + IDC. */
  grant: (phase: string, capexWithContingency: string, idc: string) => `MIN(Grant_Total*${phase},${capexWithContingency}+${idc})`,
  /** draw = g · A / (1 − g·f), A = capex + contingency + IDC − grant. */
  draw: (constr: string, gearing: string, capexWithContingency: string, idc: string, grant: string) =>
    `${constr}*${gearing}*(${capexWithContingency}+${idc}-${grant})/(1-${gearing}*Upfront_Fee)`,
  fee: (draw: string) => `${draw}*Upfront_Fee`,
  uses: (capexWithContingency: string, idc: string, fee: string) => `${capexWithContingency}+${idc}+${fee}`
}
