import { Decimal, ONE, ZERO } from '../decimal'
import type { ConstructionFunding } from './construction'
import type { Prepared } from './prepare'
import { toReporting, toTrancheCurrency, type TrancheTerms } from './tranche-terms'
import type { Series } from './types'

/** How the tranches draw: the aggregate at gearing `g`, split by share; or held per tranche in its currency. */
export type TrancheDrawSpec = { kind: 'gearing'; gearing: Decimal } | { kind: 'fixed'; drawdownsInCurrency: Series[] }

/** One tranche's construction lines; amounts in the reporting currency unless named InCurrency. */
export type TrancheConstruction = {
  drawdowns: Series
  drawdownsInCurrency: Series
  idc: Series
  /** Upfront fee + commitment fee + ECA premium + hedge cost, each construction period. */
  fees: Series
  /** Σ drawdowns in the tranche currency: the commitment the commitment fee and the ECA premium are charged on. */
  drawnInCurrency: Decimal
}

export type TrancheFunding = ConstructionFunding & { perTranche: TrancheConstruction[] }

// The commitment fee and the ECA premium are charged on the tranche amount, which they themselves
// increase (they are funded as uses): iterate on the commitment until it moves by less than this.
// Stryker disable next-line StringLiteral: false survivor (module-level, evaluated before a mutant is active); tests/shared/engine/tranche-construction.test.ts holds the closed commitment to 1e-6
const COMMITMENT_TOLERANCE = new Decimal('1e-12')
const MAX_COMMITMENT_PASSES = 60

/**
 * Construction funding with tranches (§7, §10), one pass at given commitments (tranche currency).
 * Per period: each tranche's IDC on its own balance at its own rate, its commitment fee on the undrawn
 * commitment (commitment − drawn to date) × annual rate × m/12, its ECA premium (× commitment) in the
 * first construction period (financial close), and — hedged — the swap cost on its balance, all
 * translated to the reporting currency. Grants reduce capex + contingency + IDC first, as for one debt;
 * the fees (also uses) are then funded pro rata: with A = capex + contingency + IDC − grant + the
 * period's commitment fees, ECA premiums and hedge costs, and f̄ = Σ share_t · upfrontFee_t, the
 * aggregate draw is `g · A / (1 − g·f̄)`, each tranche draws `share_t` of it (converted into its
 * currency at the period's FX, or the financial-close FX when hedged) and pays `upfrontFee_t` on it.
 */
function fundOnce(prep: Prepared, terms: readonly TrancheTerms[], spec: TrancheDrawSpec, commitments: readonly Decimal[]): TrancheFunding {
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
  const perTranche: TrancheConstruction[] = terms.map(() => ({ drawdowns: [], drawdownsInCurrency: [], idc: [], fees: [], drawnInCurrency: ZERO }))
  const balances = terms.map(() => ZERO)
  const feeBlend = terms.reduce((a, t) => a.plus(t.share.times(t.upfrontFee)), ZERO)
  let debt = ZERO
  let base = ZERO
  let unusedGrants = ZERO
  for (let i = 0; i < periodCount; i++) {
    if (i >= constructionPeriods) {
      for (const series of [idc, fees, grants, uses, drawdowns, equity, depreciable]) series.push(ZERO)
      for (const pt of perTranche) for (const series of [pt.drawdowns, pt.drawdownsInCurrency, pt.idc, pt.fees]) series.push(ZERO)
      continue
    }
    let interest = ZERO
    let charges = ZERO
    const trancheIdc: Decimal[] = []
    const trancheCharges: Decimal[] = []
    terms.forEach((t, k) => {
      const balance = balances[k]!
      const idcHere = toReporting(t, balance.times(t.rate[i]!), i)
      const undrawn = commitments[k]!.minus(balance)
      const commitment = toReporting(t, (undrawn.isNegative() ? ZERO : undrawn).times(t.commitmentPeriodic), i)
      const premium = i === 0 ? toReporting(t, commitments[k]!.times(t.ecaPremium), i) : ZERO
      const hedge = toReporting(t, balance, i).times(t.hedgePeriodic)
      const charge = commitment.plus(premium).plus(hedge)
      trancheIdc.push(idcHere)
      trancheCharges.push(charge)
      interest = interest.plus(idcHere)
      charges = charges.plus(charge)
    })
    const beforeGrant = capexWithContingency[i]!.plus(interest)
    const planned = prep.grantsPlanned[i]!
    const grant = planned.gt(beforeGrant) ? beforeGrant : planned
    unusedGrants = unusedGrants.plus(planned.minus(grant))
    const toFund = beforeGrant.minus(grant).plus(charges)
    let draw = ZERO
    let fee = charges
    terms.forEach((t, k) => {
      const pt = perTranche[k]!
      let drawHere: Decimal
      let drawInCurrency: Decimal
      if (spec.kind === 'gearing') {
        const g = spec.gearing
        drawHere = g.times(toFund).div(ONE.minus(g.times(feeBlend))).times(t.share)
        drawInCurrency = toTrancheCurrency(t, drawHere, i)
      } else {
        // Stryker disable next-line OptionalChaining: equivalent, a held plan carries every tranche's series (the `?? ZERO` is killed by the held-scenario test)
        drawInCurrency = spec.drawdownsInCurrency[k]?.[i] ?? ZERO
        drawHere = toReporting(t, drawInCurrency, i)
      }
      const upfront = drawHere.times(t.upfrontFee)
      pt.drawdowns.push(drawHere)
      pt.drawdownsInCurrency.push(drawInCurrency)
      pt.idc.push(trancheIdc[k]!)
      pt.fees.push(upfront.plus(trancheCharges[k]!))
      balances[k] = balances[k]!.plus(drawInCurrency)
      draw = draw.plus(drawHere)
      fee = fee.plus(upfront)
    })
    const use = beforeGrant.plus(fee)
    idc.push(interest)
    fees.push(fee)
    grants.push(grant)
    uses.push(use)
    drawdowns.push(draw)
    equity.push(use.minus(grant).minus(draw))
    debt = debt.plus(draw)
    const toPool = use.minus(prep.land[i]!)
    depreciable.push(toPool)
    base = base.plus(toPool)
  }
  perTranche.forEach((pt, k) => (pt.drawnInCurrency = balances[k]!))
  return { capexWithContingency, idc, fees, grants, uses, drawdowns, equity, depreciable, debt, depreciableBase: base, unusedGrants, perTranche }
}

/**
 * Construction funding with tranches, the commitment closed: each tranche's commitment is what it
 * ends up drawing (held drawdowns: known; gearing: iterated, a strong contraction since fees are small).
 */
export function fundTranches(prep: Prepared, terms: readonly TrancheTerms[], spec: TrancheDrawSpec): TrancheFunding {
  // Stryker disable next-line BlockStatement,ConditionalExpression,StringLiteral: equivalent, without this shortcut a held plan goes through the commitment loop, which settles on the held drawdowns' sums (they do not depend on the commitments)
  if (spec.kind === 'fixed') {
    // Stryker disable next-line ArrayDeclaration,MethodExpression: equivalent, a held plan carries every tranche's series, and its drawdowns after construction are zero
    const commitments = terms.map((_, k) => (spec.drawdownsInCurrency[k] ?? []).slice(0, prep.tl.constructionPeriods).reduce((a, x) => a.plus(x), ZERO))
    return fundOnce(prep, terms, spec, commitments)
  }
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: equivalent, iterating a funding that no commitment-dependent charge moves returns it unchanged on the first pass (the `some`/`||` themselves are killed: one charged tranche of two)
  const charged = terms.some((t) => !t.commitmentPeriodic.isZero() || !t.ecaPremium.isZero())
  let funding = fundOnce(prep, terms, spec, terms.map(() => ZERO))
  if (!charged) return funding
  // Stryker disable next-line EqualityOperator,UpdateOperator: equivalent, the loop ends at convergence within a few passes (a contraction of ~g·fee per pass), far inside the cap
  for (let pass = 0; pass < MAX_COMMITMENT_PASSES; pass++) {
    const commitments = funding.perTranche.map((pt) => pt.drawnInCurrency)
    const next = fundOnce(prep, terms, spec, commitments)
    // Stryker disable next-line MethodExpression: equivalent, every tranche draws its share of one aggregate, so all settle on the same pass
    const moved = next.perTranche.some((pt, k) => pt.drawnInCurrency.minus(commitments[k]!).abs().gt(COMMITMENT_TOLERANCE.times(commitments[k]!.abs().plus(1))))
    funding = next
    // Stryker disable next-line ConditionalExpression: equivalent, more passes of a converged contraction leave the commitments where they are
    if (!moved) break
  }
  return funding
}

/**
 * The same funding as workbook formulas for one tranche and one period (the Debt sheet and the Sizing
 * sheet's commitment passes and gearing blocks), beside `fundOnce`: amounts in the reporting currency
 * unless named in the tranche currency; `perReporting` is the tranche's FX row (units of its currency
 * per reporting unit: trancheTermsExcel.perReporting), `constr` the construction flag, `period` the
 * period number. tests/shared/engine/tranche-excel-forms.test.ts holds them to the Decimal forms.
 */
export const trancheConstructionExcel = {
  /** IDC: the opening balance (tranche currency) × the tranche's periodic rate, translated. */
  idc: (constr: string, openingInCurrency: string, rate: string, perReporting: string) => `${constr}*${openingInCurrency}*${rate}/${perReporting}`,
  /** Commitment fee on the undrawn commitment, never below zero, translated. */
  commitmentFee: (constr: string, commitment: string, openingInCurrency: string, commitmentPeriodic: string, perReporting: string) =>
    `${constr}*MAX(0,${commitment}-${openingInCurrency})*${commitmentPeriodic}/${perReporting}`,
  /** ECA premium on the commitment in the first construction period (financial close), translated. */
  premium: (constr: string, period: string, commitment: string, premium: string, perReporting: string) =>
    `IF(AND(${constr}=1,${period}=1),${commitment}*${premium}/${perReporting},0)`,
  /**
   * Hedge cost on the opening balance in the reporting currency (construction: a use; after COD: paid
   * with interest, tranche-schedule.ts), zero unhedged (`hedgePeriodic` 0).
   */
  hedgeCost: (openingInCurrency: string, perReporting: string, hedgePeriodic: string) => `${openingInCurrency}/${perReporting}*${hedgePeriodic}`,
  /**
   * The aggregate drawdown before the split: g · A / (1 − g·f̄), A = capex + contingency + IDC − grant
   * + the period's commitment fees, ECA premiums and hedge costs, f̄ = Σ share · upfront fee.
   */
  aggregateDraw: (constr: string, gearing: string, capexWithContingency: string, idc: string, grant: string, charges: string, feeBlend: string) =>
    `${constr}*${gearing}*(${capexWithContingency}+${idc}-${grant}+${charges})/(1-${gearing}*${feeBlend})`,
  /** The tranche's drawdown (reporting currency): its share of the aggregate. */
  draw: (aggregate: string, share: string) => `${aggregate}*${share}`,
  /** The upfront fee on the tranche's drawdown. */
  upfrontFee: (draw: string, fee: string) => `${draw}*${fee}`
}
