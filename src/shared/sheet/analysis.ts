import { computeBreakevenGrid, type BreakevenGrid } from '../analysis/breakeven'
import { computeTornado, type TornadoMetric, type TornadoResult, type TornadoSettings } from '../analysis/tornado'
import type { ModelResult } from '../engine/types'
import type { Project } from '../model'
import { computeExposureLedger } from '../analysis/exposure/ledger'
import { sheetExposureFrom } from './blocks-exposure'
import type { SheetBreakevens, SheetExposure, SheetTornado } from './types'

/** The sheet's sensitivity step: ±10 %, the customary one-at-a-time move. */
export const SHEET_TORNADO_STEP = '0.1'

/** Ranked by the swing in minimum DSCR — the lender's question — or in equity IRR when there is no debt. */
export const sheetTornadoMetric = (result: ModelResult): TornadoMetric => (result.metrics.minDscr.ok ? 'minDscr' : 'equityIrr')

/** The tornado settings the sheet uses (the app runs the same job in its analysis worker). */
export const sheetTornadoSettings = (result: ModelResult): TornadoSettings => ({ step: SHEET_TORNADO_STEP, sortBy: sheetTornadoMetric(result) })

export function sheetTornadoFrom(t: TornadoResult): SheetTornado {
  const metric = t.sortedBy
  return {
    metric, step: t.rows[0]?.step ?? SHEET_TORNADO_STEP, base: t.base[metric],
    rows: t.rows.filter((r) => r.swing[metric] !== null).map((r) => ({ label: r.label, kind: r.kind, ...(r.kind === 'priceProduct' ? { productName: r.label.replace(/ price$/, '') } : {}), low: r.low[metric], high: r.high[metric] }))
  }
}

export const sheetBreakevensFrom = (g: BreakevenGrid): SheetBreakevens => ({
  covenantDscr: g.covenantDscr,
  rows: g.rows.map((r) => ({ name: r.name, all: r.productId === null, minDscr1: r.cells.minDscr1.multiplier, covenant: r.cells.covenant.multiplier, npv0: r.cells.npv0.multiplier }))
})

/** The ledger's step on the sheet: the same ±10 %. */
export const SHEET_EXPOSURE_STEP = SHEET_TORNADO_STEP

/** Tornado, breakevens and the natural-hedge ledger for the sheet with the app's analysis functions (debt held at the base case). */
export function sheetAnalysis(project: Project, result: ModelResult): { tornado: SheetTornado; breakevens: SheetBreakevens; exposure: SheetExposure } {
  return {
    tornado: sheetTornadoFrom(computeTornado(project, sheetTornadoSettings(result))), breakevens: sheetBreakevensFrom(computeBreakevenGrid(project)),
    exposure: sheetExposureFrom(computeExposureLedger(project, { step: SHEET_EXPOSURE_STEP }))
  }
}
