import { Decimal, ZERO, dec } from '../decimal'
import { formatPercent } from '../format/money'
import type { LenderType, Tranche } from '../model'
import { t as say, type Locale } from '../i18n'

/**
 * How a tranche's lender and rate read on screen, on the project sheet and in the results — one set of
 * words everywhere (methodology §10).
 */
export const LENDER_TYPE_LABELS: Record<LenderType, string> = {
  eca: 'ECA',
  dfi: 'DFI',
  commercialBank: 'Commercial bank',
  other: 'Other lender'
}

/**
 * `JBIC buyer's credit (ECA)`; the type alone when the name already says it. `locale`: the type in
 * that language (#20), the project sheet's words (`sheet.tranche.type.*`); the name is the user's.
 */
export function lenderText(t: Pick<Tranche, 'name' | 'lenderType'>, locale: Locale = 'en'): string {
  const type = LENDER_TYPE_LABELS[t.lenderType]
  if (t.name.toLowerCase().includes(type.toLowerCase())) return t.name
  return locale === 'en' ? `${t.name} (${type})` : say(locale, 'sheet.tranche.lenderName', { name: t.name, type: say(locale, `sheet.tranche.type.${t.lenderType}`) })
}

/**
 * The tranche's nominal annual all-in rate in calendar year `year`: the fixed rate, or the base rate of
 * the latest listed year not after `year` (else the first listed) plus the margin, floored at 0 — the
 * engine's rule (src/shared/engine/tranche-terms.ts), without a scenario's rate shift.
 */
export function allInAnnualRate(t: Pick<Tranche, 'interest'>, year: number): Decimal {
  const i = t.interest
  if (i.kind === 'fixed') return dec(i.annualRate)
  let base = i.baseRates[0]!
  for (const p of i.baseRates) if (p.year <= year) base = p
  return Decimal.max(ZERO, dec(base.annualRate).plus(i.marginAnnualRate))
}

/** `9.00 % fixed` or `base + 2.50 %` (the base rate varies by year, so it is named, not quoted). */
export function rateText(t: Pick<Tranche, 'interest'>): string {
  return t.interest.kind === 'fixed' ? `${formatPercent(t.interest.annualRate, 2)} fixed` : `base + ${formatPercent(t.interest.marginAnnualRate, 2)}`
}

/** The cover a tranche carries, as a lender lists it: `ECA premium 4.5 %; hedged, swap 1.2 %/yr`, or null. */
export function coverText(t: Pick<Tranche, 'ecaPremium' | 'hedge' | 'currency'>, reporting: string): string | null {
  const parts: string[] = []
  if (dec(t.ecaPremium).gt(0)) parts.push(`ECA premium ${formatPercent(t.ecaPremium, 2)}`)
  if (t.currency !== reporting) parts.push(t.hedge.hedged ? `hedged, swap ${formatPercent(t.hedge.annualCost, 2)}/yr` : 'unhedged')
  return parts.length ? parts.join('; ') : null
}
