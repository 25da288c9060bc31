/**
 * "Scenarios (values)": the scenario comparison as the app computed it — headline metrics per
 * scenario, the change against the base case (the project with no overrides) and each scenario's
 * DSCR by period. Values only: editing the model's inputs does not move them.
 */
import type { ScenarioComparison } from '@shared/analysis/compare'
import { HEADLINE_KEYS, type HeadlineKey, type HeadlineMetrics } from '@shared/analysis/plain'
import { PRESET_IDS, presetScenario, type PresetId } from '@shared/analysis/presets'
import { METRICS, UNITS, metricLabel } from '@shared/metrics/registry'
import type { Project } from '@shared/model'
import type { Cell, SheetDesc, StyleId } from '../types'
import { ValueSheet, decimal, metric, text, value } from './value-sheet'

export const SCENARIOS_SHEET = 'Scenarios (values)'

/** Name, unit and style of each headline row, from the metric registry (debt at COD spelled out as senior debt). */
const row = (k: HeadlineKey): { label: string; unit: (cur: string) => string; style: StyleId; deltaUnit: (cur: string) => string } => {
  const d = METRICS[k]
  return { label: metricLabel(k, k === 'debtAtCod' ? 'longLabel' : 'label'), unit: UNITS[d.unit].unitText, style: d.xlStyle, deltaUnit: UNITS[d.unit].deltaUnitText }
}
const ROWS = Object.fromEntries(HEADLINE_KEYS.map((k) => [k, row(k)])) as Record<HeadlineKey, ReturnType<typeof row>>

/** `base`: the project as entered (the model's own run), shown first for reference. */
export function scenariosSheet(project: Project, cmp: ScenarioComparison, base: HeadlineMetrics, title: string, banner: string): SheetDesc {
  const cols = cmp.columns
  const sh = new ValueSheet(SCENARIOS_SHEET, title, banner, [34, 12, 18, ...cols.map(() => 18)])
  sh.note(`Each scenario is a full model run; debt held at the base case unless the scenario re-sizes it. Covenant DSCR ${Number(cmp.covenantDscr).toFixed(2)}x; amounts in ${cmp.currency}.`)
  sh.next++
  const header = sh.line([text('Metric', 'header'), text('Unit', 'header'), text('Project as entered', 'header'), ...cols.map((c) => text(c.name, 'header'))])
  // Scenario names stay in view while scrolling down to the DSCR profile.
  sh.freeze = { rows: header, cols: 2 }
  // Stored scenarios first; the ready-made ones the command line compares when none are stored.
  const described = (id: string): string => {
    const stored = project.scenarios.find((s) => s.id === id)
    if (stored) return stored.description ?? ''
    return (PRESET_IDS as readonly string[]).includes(id) ? (presetScenario(id as PresetId).description ?? '') : ''
  }
  sh.line([text('Description', 'label'), text('', 'unit'), text('No overrides (the model in this file)', 'note'), ...cols.map((c) => text(described(c.scenarioId), 'note'))])
  for (const k of HEADLINE_KEYS) {
    const r = ROWS[k]
    sh.line([text(r.label, 'label'), text(r.unit(cmp.currency), 'unit'), metric(base[k], r.style), ...cols.map((c) => metric(c.metrics[k], r.style))])
  }
  sh.section('Change against the base case (the project as entered, no overrides)')
  for (const k of HEADLINE_KEYS) {
    const r = ROWS[k]
    sh.line([text(`${r.label} − base`, 'label'), text(r.deltaUnit(cmp.currency), 'unit'), undefined, ...cols.map((c) => decimal(c.deltaToBase[k], r.style, 'no value in this case or in the base case'))])
  }
  dscrProfile(sh, cmp)
  const issues = cols.flatMap((c) => c.issues.map((m) => `${c.name}: ${m}`))
  if (issues.length > 0) {
    sh.section('Model warnings in these runs')
    for (const m of issues) sh.note(m)
  }
  return sh.toDesc()
}

/** DSCR by period with debt service, one column per scenario; empty = no debt service in that case. */
function dscrProfile(sh: ValueSheet, cmp: ScenarioComparison) {
  const periods = new Map<number, string>()
  for (const c of cmp.columns) for (const p of c.dscrProfile) periods.set(p.period, p.end)
  if (periods.size === 0) return
  sh.section('DSCR by period (empty: no debt service in that period for that case)')
  sh.line([text('Period ending', 'header'), text('Unit', 'header'), text('', 'header'), ...cmp.columns.map((c) => text(c.name, 'header'))])
  const byScenario = cmp.columns.map((c) => new Map(c.dscrProfile.map((p) => [p.period, p.dscr])))
  for (const [period, end] of [...periods.entries()].sort((a, b) => a[0] - b[0])) {
    const cells: (Cell | undefined)[] = [text(`${end} (period ${period})`, 'label'), text('x', 'unit'), undefined]
    for (const m of byScenario) {
      const v = m.get(period)
      cells.push(v === undefined ? undefined : value(Number(v), 'ratio'))
    }
    sh.line(cells)
  }
}
