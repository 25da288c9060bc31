import { dec, toDecimalString } from '@shared/decimal'
import { MAX_TRANCHES, type Currency, type Project, type Tranche } from '@shared/model'
import { allInAnnualRate } from '@shared/debt-report'
import { defaultFxPerUsd } from '@shared/reference'
import { freshId } from '../editors'

/**
 * Edits of the senior debt's tranches (methodology §10) that must keep the project valid in one step:
 * shares still adding up to 100 %, sculpted sizing still sculpting every tranche, a hedge only on a
 * foreign-currency tranche, an FX curve for every currency the debt is in. Each changes the draft in place.
 */

/**
 * A new tranche, half of the last tranche's share (so the shares still add up to 100 %), with the
 * first tranche's rate, tenor, grace, repayment and upfront fee as a starting point: in the reporting
 * currency, no commitment fee, no ECA premium, no hedge, lender type "other" until the user says.
 * Returns its id, or null at the limit of MAX_TRANCHES.
 */
export function addTranche(d: Project): string | null {
  const list = d.financing.tranches
  if (list.length >= MAX_TRANCHES) return null
  const first = list[0]!
  const last = list[list.length - 1]!
  const half = toDecimalString(dec(last.share).div(2))
  last.share = half
  const id = freshId('tranche', list.map((t) => t.id))
  list.push({
    id, name: `Tranche ${list.length + 1}`, lenderType: 'other', currency: d.reportingCurrency, share: half,
    interest: structuredClone(first.interest), upfrontFee: first.upfrontFee, commitmentFeeAnnualRate: '0', ecaPremium: '0',
    tenorYears: first.tenorYears, graceMonths: first.graceMonths, repayment: first.repayment, hedge: { hedged: false, annualCost: '0' }
  })
  return id
}

/** The tranche that takes a removed tranche's share: the first one left. */
export const heirOf = (list: readonly Tranche[], index: number): Tranche | undefined => list[index === 0 ? 1 : 0]

/**
 * Remove the tranche at `index` (never the last one left); its share goes to `heirOf`, and a cash sweep
 * that went into it goes pro rata (the allocation may only name a tranche that exists).
 */
export function removeTranche(d: Project, index: number): void {
  const list = d.financing.tranches
  const heir = heirOf(list, index)
  if (!heir || index < 0 || index >= list.length) return
  heir.share = toDecimalString(dec(heir.share).plus(list[index]!.share))
  const sweep = d.financing.waterfall?.sweep
  if (sweep?.allocation === list[index]!.id) sweep.allocation = 'pro-rata'
  list.splice(index, 1)
}

/**
 * Lend the tranche in `currency`. A tranche in the reporting currency has nothing to hedge (the hedge
 * goes off). A currency the project has no FX curve for gets the reference rate per USD from the
 * construction start year, as the Prices section's "Add INR per USD" does; returns that currency, or
 * null when no curve was added.
 */
export function setTrancheCurrency(d: Project, index: number, currency: Currency): Currency | null {
  const t = d.financing.tranches[index]!
  t.currency = currency
  if (currency === d.reportingCurrency) t.hedge = { ...t.hedge, hedged: false }
  if (currency === 'USD' || d.fx.rates.some((r) => r.currency === currency)) return null
  const ref = defaultFxPerUsd(currency)
  if (!ref) return null
  d.fx.rates.push({ currency, points: [{ year: Number(d.timeline.startDate.slice(0, 4)), perUsd: ref.value }] })
  return currency
}

/**
 * Switch between a fixed all-in rate and a base rate by year + margin without moving the rate: fixed →
 * floating starts from the fixed rate as the base (from the construction start year) and no margin;
 * floating → fixed takes the all-in rate of the construction start year.
 */
export function setInterestKind(d: Project, index: number, kind: Tranche['interest']['kind']): void {
  const t = d.financing.tranches[index]!
  if (t.interest.kind === kind) return
  const startYear = Number(d.timeline.startDate.slice(0, 4))
  t.interest =
    kind === 'floating'
      ? { kind, baseRates: [{ year: startYear, annualRate: t.interest.kind === 'fixed' ? t.interest.annualRate : '0' }], marginAnnualRate: '0' }
      : { kind, annualRate: toDecimalString(allInAnnualRate(t, startYear)) }
}

/** A floating tranche's base-rate table gains the year after its last, at the last rate. */
export function addBaseRateYear(d: Project, index: number): void {
  const i = d.financing.tranches[index]!.interest
  if (i.kind !== 'floating') return
  const last = i.baseRates[i.baseRates.length - 1]!
  i.baseRates.push({ year: last.year + 1, annualRate: last.annualRate })
}

/** …or loses its last year (never the only one). */
export function removeBaseRateYear(d: Project, index: number): void {
  const i = d.financing.tranches[index]!.interest
  if (i.kind === 'floating' && i.baseRates.length > 1) i.baseRates.pop()
}
