import { Decimal, ZERO, sum } from '../decimal'
import type { ModelResult, TrancheResult } from '../engine/types'
import { formatPercentOf } from '../format/percent'
import type { Currency } from '../model'
import { t, type Locale } from '../i18n'

/**
 * The FX exposure of debt service (methodology §10): of the debt service over the loan life (interest,
 * principal and hedge cost of every operating period, in the reporting currency at the modelled FX),
 * how much is owed in each currency, unhedged or swapped into the reporting currency. An unhedged
 * foreign-currency tranche's service moves with the FX path; a hedged one's does not (the swap fixes
 * it at the financial-close FX, for its cost); a reporting-currency tranche has none to move.
 */
export type FxExposureLine = {
  currency: Currency
  /** True for the reporting currency (no FX exposure by definition). */
  reporting: boolean
  unhedged: Decimal
  hedged: Decimal
  total: Decimal
  /** Shares of all debt service (fractions adding up to 1 over the lines). */
  unhedgedShare: Decimal
  hedgedShare: Decimal
}

export type FxExposure = {
  reportingCurrency: Currency
  /** Σ debt service over the operating periods, reporting currency. */
  totalDebtService: Decimal
  /** Reporting currency first, then the others by size. */
  lines: FxExposureLine[]
  /** Share of debt service in a foreign currency and unhedged: what an FX move changes. */
  exposedShare: Decimal
}

/** A tranche's debt service in each operating period: interest + principal + fees (after COD, the hedge cost). */
export function trancheDebtService(result: ModelResult, t: TrancheResult): Decimal[] {
  return result.periods.map((p, i) => (p.phase === 'construction' ? ZERO : t.interest[i]!.plus(t.principal[i]!).plus(t.fees[i]!)))
}

/** Null when there is no debt service at all (no debt). */
export function fxExposure(result: ModelResult): FxExposure | null {
  const reporting = result.currency
  const byCurrency = new Map<Currency, { unhedged: Decimal; hedged: Decimal }>()
  for (const t of result.financing.tranches) {
    const ds = sum(trancheDebtService(result, t))
    const acc = byCurrency.get(t.currency) ?? { unhedged: ZERO, hedged: ZERO }
    const hedged = t.hedged && t.currency !== reporting
    byCurrency.set(t.currency, hedged ? { ...acc, hedged: acc.hedged.plus(ds) } : { ...acc, unhedged: acc.unhedged.plus(ds) })
  }
  const total = sum([...byCurrency.values()].map((v) => v.unhedged.plus(v.hedged)))
  if (!total.gt(0)) return null
  const lines = [...byCurrency.entries()].map(([currency, v]): FxExposureLine => ({
    currency, reporting: currency === reporting, unhedged: v.unhedged, hedged: v.hedged, total: v.unhedged.plus(v.hedged),
    unhedgedShare: v.unhedged.div(total), hedgedShare: v.hedged.div(total)
  }))
  lines.sort((a, b) => (a.reporting !== b.reporting ? (a.reporting ? -1 : 1) : b.total.comparedTo(a.total)))
  const exposedShare = sum(lines.filter((l) => !l.reporting).map((l) => l.unhedgedShare))
  return { reportingCurrency: reporting, totalDebtService: total, lines, exposedShare }
}

/**
 * The exposure in words, largest first: `45.8 % of debt service is in INR, unhedged; 20.1 % is in JPY,
 * hedged into USD; 34.1 % is in USD, the reporting currency`. With one reporting-currency debt: `All debt
 * service is in USD, the reporting currency: no FX exposure`. `locale`: in that language (#20); English when absent.
 */
export function fxExposureText(x: FxExposure, locale: Locale = 'en'): string {
  const pct = (f: Decimal) => formatPercentOf('cover', f)
  const parts: { share: Decimal; currency: string; kind: 'reporting' | 'unhedged' | 'hedged' }[] = []
  for (const l of x.lines) {
    if (l.reporting) {
      if (l.total.gt(0)) parts.push({ share: l.unhedgedShare.plus(l.hedgedShare), currency: l.currency, kind: 'reporting' })
      continue
    }
    if (l.unhedged.gt(0)) parts.push({ share: l.unhedgedShare, currency: l.currency, kind: 'unhedged' })
    if (l.hedged.gt(0)) parts.push({ share: l.hedgedShare, currency: l.currency, kind: 'hedged' })
  }
  if (parts.length === 1 && x.lines.length === 1 && x.lines[0]!.reporting) return t(locale, 'shared.fx.none', { currency: x.reportingCurrency })
  parts.sort((a, b) => b.share.comparedTo(a.share))
  // Clauses of one list: English separates them with "; ", Japanese with 「、」.
  const separator = locale === 'en' ? '; ' : '、'
  return parts.map((p, i) => t(locale, 'shared.fx.part', { share: pct(p.share), first: i === 0 ? 'yes' : 'no', currency: p.currency, kind: p.kind, reporting: x.reportingCurrency })).join(separator)
}

/** The same in one short line for the project sheet: `46.7 % in USD hedged into INR, 29.3 % in USD unhedged, 24 % in INR`. */
export function fxExposureShort(x: FxExposure): string {
  const parts: { share: Decimal; text: string }[] = []
  for (const l of x.lines) {
    if (l.reporting) parts.push({ share: l.unhedgedShare.plus(l.hedgedShare), text: `in ${l.currency}` })
    else {
      if (l.unhedged.gt(0)) parts.push({ share: l.unhedgedShare, text: `in ${l.currency} unhedged` })
      if (l.hedged.gt(0)) parts.push({ share: l.hedgedShare, text: `in ${l.currency} hedged into ${x.reportingCurrency}` })
    }
  }
  return parts
    .filter((p) => p.share.gt(0))
    .sort((a, b) => b.share.comparedTo(a.share))
    .map((p) => `${formatPercentOf('cover', p.share)} ${p.text}`)
    .join(', ')
}
