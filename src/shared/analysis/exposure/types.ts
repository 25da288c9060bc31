import type { Currency } from '@shared/model'
import type { ExposureDriver } from './drivers'
import type { ExposureWindow } from './lines'
import { t, type Locale } from '@shared/i18n'

/**
 * The natural-hedge ledger as it crosses the worker boundary: decimal strings (full precision), never
 * Decimal instances. Money in the reporting currency, summed over the window; "removed" amounts are
 * positive when an offset takes exposure away and negative when it adds to it.
 */
export type OffsetKey = 'offtake' | 'feed' | 'supply' | 'byproducts' | 'tax' | 'workingCapital' | 'other' | 'debtService'
export const OFFSET_KEYS: readonly OffsetKey[] = ['offtake', 'feed', 'supply', 'byproducts', 'tax', 'workingCapital', 'other', 'debtService']
export const OFFSET_LABELS: Record<OffsetKey, string> = {
  offtake: 'Offtake contracts', feed: 'Feed at % of contained', supply: 'Supply contracts', byproducts: 'By-products, EPR', tax: 'Tax',
  workingCapital: 'Working capital', other: 'Opex, logistics, maintenance', debtService: 'Debt service (FX)'
}

/** An offset's name in `locale` (#20): English is OFFSET_LABELS (the CLI and the workbook print it), others the catalog's. */
export function offsetLabel(key: OffsetKey, locale: Locale = 'en'): string {
  return locale === 'en' ? OFFSET_LABELS[key] : t(locale, `shared.offset.${key}`)
}

/** One engine line's change over the window (cash in positive): the parts CFADS's change is the sum of. */
export type LinePart = { id: string; label: string; change: string }

export type LedgerRow = {
  driverId: string
  kind: ExposureDriver['kind']
  label: string
  /**
   * The change of the driver's revenue had every unit been sold merchant (Σ output × Δ merchant price;
   * for by-products, their sales' change): the exposure before any offset.
   */
  gross: string
  removed: Record<OffsetKey, string>
  /** Σ ΔCFADS over the window = gross − every offset but debt service. */
  cfadsChange: string
  debtServiceChange: string
  /** What is left: gross − Σ removed = ΔCFADS − Δ debt service. */
  net: string
  /** net / the base case's CFADS over the window; null when that is zero. */
  shareOfCfads: string | null
  /** Loan-life minimum DSCR (repayment window, §8) after the move up and down; null without debt service. */
  minDscrUp: string | null
  minDscrDown: string | null
  /** What is left after the same move down (floors act here). */
  netDown: string
  /** Every engine line that moved, with its change. */
  parts: LinePart[]
}

export type ExposureLedger = {
  currency: Currency
  /** The relative move, e.g. "0.1" (+10 % and −10 %). */
  step: string
  window: ExposureWindow
  /** The base case over the window, debt as sized. */
  baseCfads: string
  baseDebtService: string
  baseMinDscr: string | null
  covenantDscr: string
  rows: LedgerRow[]
  evaluations: number
}
