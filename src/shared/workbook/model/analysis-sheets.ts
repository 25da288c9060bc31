/**
 * Analysis results added to the Excel model on request: "Scenarios (values)", "Sensitivity
 * (values)" and, with Monte Carlo, "Sensitivity draws (values)". They are VALUES computed by the app
 * (no formula, no defined name, nothing in the model refers to them), appended after the model's
 * sheets, so the model's figures and checks are exactly those of the plain export. A banner on
 * each sheet says so. Built only when asked: the plain export never pays for them.
 */
import type { BreakevenGrid } from '@shared/analysis/breakeven'
import type { ScenarioComparison } from '@shared/analysis/compare'
import type { McResult } from '@shared/analysis/monte-carlo/simulate'
import type { BreachSizingResult } from '@shared/analysis/breach-sizing/size-to-breach'
import { headline } from '@shared/analysis/plain'
import type { TornadoResult } from '@shared/analysis/tornado'
import type { ExposureLedger, JointStress } from '@shared/analysis/exposure'
import type { ModelResult } from '@shared/engine/types'
import type { Project } from '@shared/model'
import type { Cell, WorkbookDesc } from '../types'
import { cellRef, qualify } from '../a1'
import { FIRST_PERIOD_COL } from '../grid'
import { BREACH_SIZING_SHEET, breachSizingSheet } from './analysis-breach-sizing'
import { DRAWS_SHEET, drawsSheet } from './analysis-draws'
import { HEDGE_SHEET, hedgeSheet } from './analysis-hedge'
import { SCENARIOS_SHEET, scenariosSheet } from './analysis-scenarios'
import { SENSITIVITY_SHEET, sensitivitySheet } from './analysis-sensitivity'

/** The last computed results to include; any part may be missing. Plain data (crosses the Worker boundary). */
export type WorkbookAnalysis = {
  /** When the results were computed (ISO 8601); the export time when absent. */
  computedAt?: string
  comparison?: ScenarioComparison
  tornado?: TornadoResult
  breakeven?: BreakevenGrid
  /** Summary on the sensitivity sheet; the draws on their own sheet unless `includeDraws` is false. */
  monteCarlo?: McResult
  includeDraws?: boolean
  /** Senior debt sized to a breach probability: its own values sheet. */
  breachSizing?: BreachSizingResult
  /** The natural-hedge ledger and the last joint stress (issue 19), on the "Natural hedge" sheet. */
  exposure?: ExposureLedger
  jointStress?: JointStress
}

export const ANALYSIS_SHEETS = { scenarios: SCENARIOS_SHEET, sensitivity: SENSITIVITY_SHEET, draws: DRAWS_SHEET, breachSizing: BREACH_SIZING_SHEET } as const

export const hasAnalysis = (a: WorkbookAnalysis | undefined): a is WorkbookAnalysis =>
  a !== undefined && (a.comparison !== undefined || a.tornado !== undefined || a.breakeven !== undefined || a.monteCarlo !== undefined || a.breachSizing !== undefined || a.exposure !== undefined || a.jointStress !== undefined)
export { HEDGE_SHEET }

/** "2026-03-01T09:30:12.345Z" → "2026-03-01 09:30 UTC"; anything else as given. */
export function formatComputedAt(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(iso)
  return m ? `${m[1]} ${m[2]} UTC` : iso
}

export const bannerText = (appVersion: string, computedAt: string) =>
  `Values computed by Bankable ${appVersion} on ${formatComputedAt(computedAt)} — not linked to the model's formulas (they do not move when you change an input here)`

/** The workbook with the analysis sheets appended and listed on the cover. */
export function appendAnalysisSheets(
  wb: WorkbookDesc, project: Project, result: ModelResult, analysis: WorkbookAnalysis, meta: { appVersion: string; exportedAt: string },
  rows?: Record<string, { sheet: string; row: number }>
): WorkbookDesc {
  if (!hasAnalysis(analysis)) return wb
  const banner = bannerText(meta.appVersion, analysis.computedAt ?? meta.exportedAt)
  const added = []
  const listed: [string, string][] = []
  if (analysis.comparison) {
    added.push(scenariosSheet(project, analysis.comparison, headline(result), `${project.name}: scenarios (values)`, banner))
    listed.push([SCENARIOS_SHEET, 'Scenario comparison: headline metrics, change against base, DSCR by period'])
  }
  const mc = analysis.monteCarlo
  const withDraws = mc !== undefined && analysis.includeDraws !== false
  if (analysis.tornado || analysis.breakeven || mc) {
    added.push(sensitivitySheet({ tornado: analysis.tornado, breakeven: analysis.breakeven, monteCarlo: mc, currency: project.reportingCurrency, drawsSheet: withDraws ? DRAWS_SHEET : undefined, project }, `${project.name}: sensitivity (values)`, banner))
    listed.push([SENSITIVITY_SHEET, [analysis.tornado && 'tornado', analysis.breakeven && 'breakeven prices', mc && 'Monte Carlo summary'].filter(Boolean).join(', ')])
  }
  if (mc && withDraws) {
    added.push(drawsSheet(mc, `${project.name}: Monte Carlo draws (values)`, banner))
    listed.push([DRAWS_SHEET, 'Every Monte Carlo draw: its shocks and its metrics'])
  }
  if (analysis.breachSizing) {
    added.push(breachSizingSheet(analysis.breachSizing, `${project.name}: senior debt sized to a breach probability (values)`, banner))
    listed.push([BREACH_SIZING_SHEET, 'Senior debt sized to a breach probability: the chosen amount, the deterministic sizing, the probability curve, seed, draws and assumptions'])
  }
  if (analysis.exposure || analysis.jointStress) {
    // The live Gross reads the model's period rows (the case in view's sheets, not a base-case lane).
    const periods = result.periods.length
    const range = (key: string) => {
      const at = rows?.[key]
      return at ? qualify(at.sheet, `${cellRef(at.row, FIRST_PERIOD_COL, true)}:${cellRef(at.row, FIRST_PERIOD_COL + periods - 1, true)}`) : null
    }
    const live = rows ? { project, range } : undefined
    added.push(hedgeSheet({ exposure: analysis.exposure, joint: analysis.jointStress, currency: project.reportingCurrency, ...(live ? { live } : {}) }, `${project.name}: natural hedge (values)`, banner))
    listed.push([HEDGE_SHEET, [analysis.exposure && `natural-hedge ledger per metal, currency and by-products (${live ? 'Gross live; ' : ''}Net and Share are formulas of the row)`, analysis.jointStress && 'joint stress of two drivers'].filter(Boolean).join(', ')])
  }
  return { ...wb, sheets: [...wb.sheets.map((s) => (s.name === 'Cover' ? withCoverLines(s, listed, banner) : s)), ...added] }
}

/** The cover lists the added sheets in a block of its own, below everything else (no model cell moves). */
function withCoverLines(cover: WorkbookDesc['sheets'][number], listed: [string, string][], banner: string): WorkbookDesc['sheets'][number] {
  const rows = cover.rows.slice()
  const add = (cells: (Cell | undefined)[]) => rows.push(cells)
  add([])
  add([{ t: 's', v: 'Analysis (values, not formulas)', style: 'section' }])
  add([{ t: 's', v: banner, style: 'banner' }])
  for (const [name, what] of listed) add([{ t: 's', v: name, style: 'label' }, undefined, { t: 's', v: what, style: 'text' }])
  return { ...cover, rows }
}
