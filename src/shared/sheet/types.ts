import type { DisplayUnit } from '../format/display-unit'
import type { Locale } from '../i18n'
import type { DriverKind } from '../analysis/drivers'
import type { ModelResult } from '../engine/types'
import type { Project } from '../model'
import type { BreachSizingResult } from '../analysis/breach-sizing/size-to-breach'

/** A figure that exists (decimal string) or the reason it does not — the analysis' plain metric shape. */
export type SheetMetric = { ok: true; value: string } | { ok: false; reason: string }

/** Top sensitivity drivers: the metric at (1 − step) and (1 + step) of each input. */
export type SheetTornado = {
  metric: 'minDscr' | 'equityIrr' | 'npv'
  /** Relative step, e.g. "0.1" for ±10 %. */
  step: string
  base: SheetMetric
  /** `kind` and `productName` name the driver in another language (#20); `label` is its English name. */
  rows: { label: string; kind?: DriverKind; productName?: string; low: SheetMetric; high: SheetMetric }[]
}

/** Price multipliers at which a target is just met (debt held at the base case). */
export type SheetBreakevens = {
  covenantDscr: string
  /** `all`: the all-prices row, named by the catalog in another language (#20). */
  rows: { name: string; all?: boolean; minDscr1: SheetMetric; covenant: SheetMetric | null; npv0: SheetMetric }[]
}

/** The natural-hedge ledger's net per driver (issue 19): CFADS less debt service over the loan life per +step; share of CFADS. */
export type SheetExposure = { step: string; rows: { label: string; kind?: 'metal' | 'fx' | 'byproducts'; currencies?: string[]; net: string; share: string | null }[] }

export type SheetMeta = {
  /** Date printed on the sheet, YYYY-MM-DD. */
  date: string
  /** The app's version (package.json), so a figure can be traced to the engine that made it. */
  modelVersion: string
  /** SHA-256 of the project file text the sheet was made from. */
  projectSha256: string
  pageSize: 'A4' | 'Letter'
}

/**
 * How much the sheet packs in: 0 shows up to 5 streams, 6 contracts, 6 risks; 1 and 2 show fewer rows
 * (each list ending "+N more") and a shorter chart; 3 also lists only the checklist's misses; 4 keeps one row of each list. The printer (CLI) and the app's preview measure the
 * laid-out sheet and step up until it fits one page.
 */
export type SheetDensity = 0 | 1 | 2 | 3 | 4
export const SHEET_DENSITIES: readonly SheetDensity[] = [0, 1, 2, 3, 4]

export type SheetInput = {
  project: Project
  result: ModelResult
  tornado?: SheetTornado | null
  breakevens?: SheetBreakevens | null
  /** Senior debt sized to a breach probability, when one was run on this very project: one line. */
  breachSizing?: BreachSizingResult | null
  exposure?: SheetExposure | null
  meta: SheetMeta
  density?: SheetDensity
  /** Money in the reader's display unit (#17); every digit when absent, as the sheet always was. */
  displayUnit?: DisplayUnit
  /** The sheet's language, chosen at export independently of the app's (#20); English when absent. */
  locale?: Locale
}

/** The sheet as parts (the app puts `css` and `body` into its own container) and as a whole document. */
export type SheetHtml = { css: string; body: string; document: string }
