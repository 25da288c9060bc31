import type { Decimal } from '../decimal'

/**
 * The natural-hedge ledger's two rules (methodology, "Natural-hedge ledger"): what is left of a
 * price or FX move after the project's offsets, `net = gross − Σ removed` (each offset the amount it
 * removes: positive takes exposure away, negative adds to it), and that net as a share of the window's
 * CFADS, `net / CFADS` (none when CFADS is zero). The three forms — Decimal for the ledger
 * (`analysis/exposure/ledger.ts`), float for a float caller (none yet: the Monte Carlo fast path does not
 * draw the ledger), Excel for the export's Natural hedge sheet — are one rule; `tests/shared/rules/natural-hedge.test.ts` holds them to each other.
 */
export const netExposure = (gross: Decimal, removed: readonly Decimal[]): Decimal => removed.reduce((a, x) => a.minus(x), gross)
export const netExposureFloat = (gross: number, removed: readonly number[]): number => removed.reduce((a, x) => a - x, gross)
/** `removed` is the row's offset cells, in order (one formula per row, so a reader edits an offset and sees the net move). */
export const netExposureExcel = (gross: string, removed: readonly string[]): string => [gross, ...removed].join('-')

export const shareOfCfads = (net: Decimal, cfads: Decimal): Decimal | null => (cfads.isZero() ? null : net.div(cfads))
export const shareOfCfadsFloat = (net: number, cfads: number): number | null => (cfads === 0 ? null : net / cfads)
/** Empty text where CFADS is zero, as the app shows no share. */
export const shareOfCfadsExcel = (net: string, cfads: string): string => `IF(${cfads}=0,"",${net}/${cfads})`
