import { computeBreakevenGrid } from '../analysis/breakeven'
import { computeTornado, type TornadoMetric } from '../analysis/tornado'
import type { ModelResult } from '../engine/types'
import type { Project } from '../model'
import type { SheetBreakevens, SheetTornado } from './types'

/** The sheet's sensitivity step: ±10 %, the customary one-at-a-time move. */
export const SHEET_TORNADO_STEP = '0.1'

/**
 * Tornado and breakevens for the sheet, with the app's analysis functions (debt held at the base case).
 * Ranked by the swing in minimum DSCR — the lender's question — or in equity IRR when there is no debt.
 */
export function sheetAnalysis(project: Project, result: ModelResult): { tornado: SheetTornado; breakevens: SheetBreakevens } {
  const metric: TornadoMetric = result.metrics.minDscr.ok ? 'minDscr' : 'equityIrr'
  const t = computeTornado(project, { step: SHEET_TORNADO_STEP, sortBy: metric })
  const tornado: SheetTornado = {
    metric, step: SHEET_TORNADO_STEP, base: t.base[metric],
    rows: t.rows.filter((r) => r.swing[metric] !== null).map((r) => ({ label: r.label, low: r.low[metric], high: r.high[metric] }))
  }
  const g = computeBreakevenGrid(project)
  const breakevens: SheetBreakevens = {
    covenantDscr: g.covenantDscr,
    rows: g.rows.map((r) => ({ name: r.name, minDscr1: r.cells.minDscr1.multiplier, covenant: r.cells.covenant.multiplier, npv0: r.cells.npv0.multiplier }))
  }
  return { tornado, breakevens }
}
