import { compareScenarios, computeBreakevenGrid, computeExposureLedger, computeJointStress, computeTornado, DEFAULT_BREACH_SIZING, DEFAULT_MC_SETTINGS, exposureDrivers, millions, presetScenarios, referenceMcSettings, runMonteCarlo, sizeToBreach, targetText } from '@shared/analysis'
import type { Project } from '@shared/model'
import { ANALYSIS_SHEETS, HEDGE_SHEET, type WorkbookAnalysis } from '@shared/workbook/model/analysis-sheets'
import { MAX_DRAW_ROWS } from '@shared/workbook/model/analysis-draws'
import { numberOption } from './analysis-args'

export type DrawOptions = { draws: number; seed: number } | null
/** `--breach-prob P`: senior debt sized to P(min DSCR < 1.00x) ≤ P on the Monte Carlo's default settings. */
export type BreachOption = { probability: number; draws: number; seed: number }

/** `--draws N [--seed S]` with the same bounds and default seed as `simulate`; a usage message when wrong. */
export function parseDrawOptions(values: Map<string, string>): DrawOptions | string {
  if (!values.has('--draws')) return values.has('--seed') ? '--seed needs --draws N' : null
  const draws = numberOption(values, '--draws', DEFAULT_MC_SETTINGS.draws, (x) => Number.isInteger(x) && x >= 1 && x <= 200000, 'must be a whole number from 1 to 200000')
  const seed = numberOption(values, '--seed', 1, (x) => Number.isSafeInteger(x) && x >= 0, 'must be a whole number ≥ 0')
  if (typeof draws === 'string') return draws
  if (typeof seed === 'string') return seed
  return { draws, seed }
}

export type ExportAnalysis = { ok: true; value: WorkbookAnalysis | null; lines: string[] } | { ok: false; message: string }

/**
 * The analysis the export adds: with `withAnalysis`, the comparison of the project's scenarios (the
 * ready-made base/downside/upside when it has none), the tornado at ±10 % and the breakeven grid, as
 * `bankable sensitivity` computes them, and the natural-hedge ledger at ±10 % with the joint stress of the
 * first metal and FX (or the first two drivers) as `bankable exposure --joint` computes them; with `draws`, Monte Carlo with `simulate`'s default settings.
 */
export function computeExportAnalysis(project: Project, o: { withAnalysis: boolean; draws: DrawOptions; breach?: BreachOption | null; computedAt: string }): ExportAnalysis {
  if (!o.withAnalysis && o.draws === null && !o.breach) return { ok: true, value: null, lines: [] }
  const value: WorkbookAnalysis = { computedAt: o.computedAt }
  const lines: string[] = []
  if (o.withAnalysis) {
    const stored = project.scenarios.length > 0
    value.comparison = compareScenarios(project, stored ? project.scenarios : presetScenarios())
    value.tornado = computeTornado(project, { step: '0.1' })
    value.breakeven = computeBreakevenGrid(project)
    lines.push(`  + ${ANALYSIS_SHEETS.scenarios}: ${value.comparison.columns.length} ${stored ? 'stored' : 'ready-made (the project has none stored)'} scenarios`)
    lines.push(`  + ${ANALYSIS_SHEETS.sensitivity}: tornado ±10 % (${value.tornado.rows.length} drivers), breakeven prices`)
    value.exposure = computeExposureLedger(project, { step: '0.1' })
    const drivers = exposureDrivers(project)
    const b = drivers.find((d) => d.kind === 'fx') ?? drivers[1]
    const joint = drivers.length > 1 && b ? computeJointStress(project, { a: drivers[0]!.id, b: b.id }) : null
    if (joint?.ok) value.jointStress = joint.value
    lines.push(`  + ${HEDGE_SHEET}: natural-hedge ledger ±10 % (${value.exposure.rows.length} drivers)${value.jointStress ? `, joint stress ${value.jointStress.a.label} × ${value.jointStress.b.label}` : ''}`)
  }
  if (o.draws) {
    // The reference price process, as `simulate` and `size` run it by default (the same draws for the same seed).
    const mc = runMonteCarlo(project, referenceMcSettings(project, { ...DEFAULT_MC_SETTINGS, draws: o.draws.draws, seed: o.draws.seed }))
    if (!mc.ok) return { ok: false, message: `Monte Carlo refused: ${mc.reason}` }
    value.monteCarlo = mc
    const written = Math.min(mc.settings.draws, MAX_DRAW_ROWS)
    lines.push(`  + ${ANALYSIS_SHEETS.sensitivity}: Monte Carlo summary (${mc.settings.draws} draws, seed ${mc.settings.seed})`)
    lines.push(`  + ${ANALYSIS_SHEETS.draws}: ${written < mc.settings.draws ? `draws 1 to ${written} of ${mc.settings.draws} (capped; simulate --csv has all)` : `${written} draws`}`)
  }
  if (o.breach) {
    const b = o.breach
    const r = sizeToBreach(project, { ...DEFAULT_BREACH_SIZING, mc: referenceMcSettings(project, { ...DEFAULT_MC_SETTINGS, draws: b.draws, seed: b.seed }), target: { maxBreachProbability: b.probability, p90Covenant: null } })
    if (!r.ok) return { ok: false, message: `breach sizing refused: ${r.reason}` }
    value.breachSizing = r
    lines.push(`  + ${ANALYSIS_SHEETS.breachSizing}: sized to ${targetText(r.target)}: ${millions(r.currency, r.chosen.amount)} (deterministic ${millions(r.currency, r.deterministic.amount)}; ${b.draws} draws, seed ${b.seed})`)
  }
  return { ok: true, value, lines }
}
