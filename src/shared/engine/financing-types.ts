import type { Decimal } from '../decimal'
import type { Currency, DepreciationRule, LenderType } from '../model'
import type { Metric, Money, Series } from './values'
import type { WaterfallResult } from './waterfall'

/** The capex, tax and financing part of the engine's results (§6–§7). Conventions: engine/types.ts. */

/** One tax asset block's lines (methodology §14): the general pool (`id` 'depreciable') first, then `tax.blocks` in order. */
export type TaxBlockLines = {
  id: string
  name: string
  depreciationRule: DepreciationRule
  /** What joined the block in construction: its capex with contingency and its share of IDC, fees and premia. */
  base: Money
  /** Per period: the construction additions (the base, by period). */
  additions: Series
  /** Per period: capitalised maintenance joining the block (end of period; zero unless it is the maintenance block). */
  maintenance: Series
  depreciation: Series
  /** Book value (written-down value under WDV) at the end of the period. */
  bookValue: Series
}

/** The tax lines of a model result (methodology §6, §14). */
export type TaxResult = {
  depreciation: Series
  /** Opening depreciable base less accumulated depreciation (end of period). */
  bookValue: Series
  /** EBITDA − depreciation − interest paid − maintenance capex deducted (all of it when expensed, none when capitalised). */
  taxableIncomeBeforeLosses: Series
  lossesUsed: Series
  /** Loss pool carried forward (end of period). */
  lossesCarriedForward: Series
  taxableIncome: Series
  tax: Series
  /** Maintenance capex capitalised into the depreciable pool (end of period; zero when expensed). */
  maintenanceCapitalised: Series
  /** capex + contingency + IDC + fees, less land and its contingency (never depreciated). */
  depreciableBase: Money
  /** Depreciation and book value by block (Σ = `depreciation`, `bookValue`). */
  blocks: TaxBlockLines[]
  /** The rate each period's taxable income is taxed at: `tax.rate`, or the holiday's in the holiday periods (§14). */
  taxRate: Series
  /** Business losses that lapsed unused at the start of the period (zero when losses do not expire). */
  lossesExpired: Series
  /**
   * Of `lossesCarriedForward`, the unabsorbed depreciation (never expires; the rest is business losses).
   * null when losses do not expire: the engine then keeps one pool, as before (the split changes no tax).
   */
  unabsorbedDepreciation: Series | null
}

export type CapexResult = {
  /** Capex items × capex multiplier, phased. */
  capex: Series
  contingency: Series
  /** capex + contingency. */
  capexWithContingency: Series
  /** Land items with their contingency share, phased: in capex + contingency (a use) but never depreciated. */
  land: Series
  grants: Series
  totalCapex: Money
  totalContingency: Money
  totalGrants: Money
}

export type DebtSizingMode = 'gearing' | 'sculpted' | 'fixed'

export type FinancingResult = {
  /** How the debt amount was set: by gearing, by sculpting, or held from an input/base case. */
  sizingMode: DebtSizingMode
  /** True when sculpted capacity exceeded gearing × uses and the gearing cap set the debt. */
  capBinding: boolean
  /**
   * Sculpted sizing only, INFORMATIONAL (reporting currency): the debt the floored sculpted schedule at the
   * target DSCR would repay, evaluated on the CFADS of the debt actually sized. Below the cap it equals the
   * sized debt (within 0.01). When the cap binds it is an estimate of the uncapped capacity — the CFADS
   * (tax shield, IDC, fees) are those of the capped debt, not re-iterated — and no figure depends on it.
   */
  sculptedCapacity: Money | null
  /**
   * DSCR* of the sculpted repayment: the target when sculpting set the debt; when the cap binds (or gearing
   * sizing set the debt) the ratio whose floored schedule repays exactly that debt. Every repayment period
   * where the floor does not bind (CFADS / DSCR* ≥ interest) has DSCR = DSCR*; the others pay interest only.
   */
  sculptingDscr: Decimal | null
  /** Iterations used to converge debt (sculpting/IDC loop). */
  iterations: number
  periodicRate: Decimal
  /**
   * With tranches (§10): the periodic rate LLCR and PLCR discount each period at — the tranches' rates
   * weighted by their opening balances in the reporting currency (the last such rate once all are
   * repaid). Null for one debt, which discounts at `periodicRate`.
   */
  llcrRates: Series | null
  /** Uses in each period: capex + contingency + IDC + fees (+ initial DSRA funding, in `dsraInitialFunding`). */
  uses: Series
  idc: Series
  fees: Series
  drawdowns: Series
  equityContributions: Series
  dsraInitialFunding: Series
  /** Opening and closing debt balance. */
  openingBalance: Series
  closingBalance: Series
  /** Cash interest paid after COD (IDC is in `idc`). */
  interest: Series
  principal: Series
  /** Hedge cost of cross-currency swaps after COD (§10; zero without a hedged tranche): paid with interest, tax-deductible. */
  debtFees: Series
  /** interest + debt fees + principal. */
  debtService: Series
  dsraTarget: Series
  /** Change of the DSRA balance (positive = top-up from cash flow, negative = release). */
  dsraMovement: Series
  dsraBalance: Series
  cfads: Series
  /** What the waterfall pays to equity (§11): never negative; a shortfall is funded by the DSRA, the facility or sponsor support instead. */
  distributions: Series
  /** Standby equity funding a shortfall (§11): an equity contribution in the equity IRR. */
  sponsorSupport: Series
  /** Every line of the cash waterfall (engine/waterfall.ts). */
  waterfall: WaterfallResult
  /** Signed: −(capex+contingency) in construction, CFADS in operations. */
  projectCashFlow: Series
  /** Signed: −equity contributions − sponsor support + distributions. */
  equityCashFlow: Series
  /** CFADS / debt service for operating periods with debt service (interest is always paid, so every period with a balance has one; it may be < 1 or negative). */
  dscr: Metric[]
  totalUses: Money
  totalIdc: Money
  totalFees: Money
  totalDebt: Money
  totalEquity: Money
  /** Debt / (uses − grants): the funding gearing actually achieved. */
  gearing: Decimal
  /** Index (1-based) of the first and last repayment periods, or null without debt. */
  firstRepaymentPeriod: number | null
  maturityPeriod: number | null
  /** Each senior tranche's lines, in project order (one for a single debt). */
  tranches: TrancheResult[]
}

/**
 * A debt held from another case: drawdowns and scheduled principal per period (reporting currency).
 * With tranches (§10) also each tranche's drawdowns and principal in its own currency, in project
 * order: a held loan is held in the currency it was lent in, so an FX stress moves what it costs.
 */
export type FixedDebt = {
  drawdowns: Series
  principal: Series
  /**
   * Per tranche, in its currency. `swapPerReporting`: a hedged tranche's cross-currency swap rate (units of
   * tranche currency per unit of reporting currency), struck at the base case's financial close and held
   * with the debt, so an FX stress that moves the close year's FX does not move hedged debt service.
   */
  tranches?: { drawdownsInCurrency: Series; principalInCurrency: Series; swapPerReporting?: Decimal }[]
}

/** One senior tranche's lines (§10). Amounts in the reporting currency unless the name ends InCurrency. */
export type TrancheResult = {
  id: string
  name: string
  lenderType: LenderType
  currency: Currency
  hedged: boolean
  drawdowns: Series
  drawdownsInCurrency: Series
  /** Interest during construction (capitalised, a use). */
  idc: Series
  /** Closing balance: in the reporting currency at the period's FX (hedged: at the financial-close FX). */
  balance: Series
  balanceInCurrency: Series
  /** Cash interest after COD. */
  interest: Series
  interestInCurrency: Series
  principal: Series
  principalInCurrency: Series
  /** Upfront fee, commitment fee, ECA premium (construction, funded as uses) and hedge cost (all periods). */
  fees: Series
  debtAtCod: Money
  debtAtCodInCurrency: Money
  /**
   * Units of the tranche's currency per unit of reporting currency that each period's amounts and its
   * closing balance are translated at (§10): the period's FX unhedged, the financial-close FX hedged, 1 in
   * the reporting currency. The statements (§12) revalue the opening balance with it.
   */
  perReporting: Series
  /** 1-based first repayment and final maturity periods of this tranche. */
  firstRepaymentPeriod: number
  maturityPeriod: number
}
