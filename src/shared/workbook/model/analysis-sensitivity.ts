/**
 * "Sensitivity (values)": the tornado (each driver alone ± its step), the breakeven price
 * multipliers and the Monte Carlo summary, as the app computed them. Values only.
 */
import { BREAKEVEN_TARGETS, type BreakevenGrid, type BreakevenTarget } from '@shared/analysis/breakeven'
import type { McMetric, McResult } from '@shared/analysis/monte-carlo/simulate'
import { mcAssumptions } from '@shared/analysis/monte-carlo/assumptions'
import type { Project } from '@shared/model'
import { TORNADO_METRICS, type TornadoMetric, type TornadoResult } from '@shared/analysis/tornado'
import { ownValue } from '@shared/json/own'
import { METRICS, UNITS, metricLabel, type MetricKey } from '@shared/metrics/registry'
import type { Cell, SheetDesc, StyleId } from '../types'
import { ValueSheet, decimal, metric, text, value } from './value-sheet'

export const SENSITIVITY_SHEET = 'Sensitivity (values)'

type Row = { label: string; style: StyleId; unit: (cur: string) => string }
/** Name, style and unit of a metric's columns and rows, from the metric registry. */
const row = (k: MetricKey): Row => ({ label: metricLabel(k), style: METRICS[k].xlStyle, unit: UNITS[METRICS[k].unit].unitText })

const T = Object.fromEntries(TORNADO_METRICS.map((k) => [k, row(k)])) as Record<TornadoMetric, Row>

/** `project`: the run's project, for the Monte Carlo's assumptions and their sources (absent: the settings alone). */
export type SensitivityParts = { tornado?: TornadoResult; breakeven?: BreakevenGrid; monteCarlo?: McResult; currency: string; drawsSheet?: string; project?: Project }

export function sensitivitySheet(parts: SensitivityParts, title: string, banner: string): SheetDesc {
  const sh = new ValueSheet(SENSITIVITY_SHEET, title, banner, [40, 12, 14, 14, 16, 16, 16, 18, 18, 18, 14, 14, 14])
  sh.freeze = { rows: 2, cols: 1 }
  if (parts.tornado) tornado(sh, parts.tornado, parts.currency)
  if (parts.breakeven) breakeven(sh, parts.breakeven)
  if (parts.monteCarlo) monteCarloSummary(sh, parts.monteCarlo, parts.drawsSheet, parts.project)
  return sh.toDesc()
}

function tornado(sh: ValueSheet, t: TornadoResult, cur: string) {
  sh.section(`Tornado: each driver alone moved down and up by its step, debt held at the base case (sorted by ${T[t.sortedBy].label} swing)`)
  const heads = TORNADO_METRICS.flatMap((m) => [`${T[m].label} low (${T[m].unit(cur)})`, `${T[m].label} high (${T[m].unit(cur)})`, `${T[m].label} swing (${T[m].unit(cur)})`])
  sh.line([text('Driver', 'header'), text('Step (± %)', 'header'), text('Low factor (×)', 'header'), text('High factor (×)', 'header'), ...heads.map((h) => text(h, 'header'))])
  const base: (Cell | undefined)[] = [text('Base case', 'label'), undefined, undefined, undefined]
  for (const m of TORNADO_METRICS) base.push(metric(t.base[m], T[m].style), metric(t.base[m], T[m].style), undefined)
  sh.line(base)
  for (const r of t.rows) {
    const cells: (Cell | undefined)[] = [text(r.label, 'label'), decimal(r.step, 'pct', ''), decimal(r.lowFactor, 'multiplier', ''), decimal(r.highFactor, 'multiplier', '')]
    for (const m of TORNADO_METRICS) cells.push(metric(r.low[m], T[m].style), metric(r.high[m], T[m].style), decimal(r.swing[m], T[m].style, 'no value on one side'))
    sh.line(cells)
  }
  sh.note(`${t.evaluations} full model runs.`)
}

const TARGET_LABEL = (t: BreakevenTarget, covenant: string) =>
  t === 'minDscr1' ? 'Minimum DSCR = 1.00x' : t === 'covenant' ? `Minimum DSCR = covenant ${Number(covenant).toFixed(2)}x` : 'Project NPV = 0'

function breakeven(sh: ValueSheet, g: BreakevenGrid) {
  sh.section('Breakeven prices: multiplier on the deck prices at which each target is just met, debt amount and schedule held at the base case')
  sh.line(['Prices moved', 'Target', 'Multiplier (× deck)', 'Implied price, product', 'Implied price', 'Unit', 'Year'].map((h) => text(h, 'header')))
  for (const r of g.rows) {
    for (const t of BREAKEVEN_TARGETS) {
      const c = r.cells[t]
      const first: (Cell | undefined)[] = [text(r.name, 'label'), text(TARGET_LABEL(t, g.covenantDscr), 'text'), metric(c.multiplier, 'multiplier')]
      if (c.impliedPrices.length === 0) {
        sh.line(first)
        continue
      }
      c.impliedPrices.forEach((p, i) => {
        const lead = i === 0 ? first : [undefined, undefined, undefined]
        sh.line([...lead, text(p.name, 'text'), decimal(p.price, 'money', ''), text(`${p.currency}/${p.unit}`, 'unit'), value(p.year, 'year')])
      })
    }
  }
  sh.note('Implied price: the first operating year’s deck price times the multiplier, in the deck currency.')
}

const MC: Record<McMetric, Row> = { equityIrr: row('equityIrr'), projectIrr: row('projectIrr'), npv: row('npv'), minDscr: row('minDscr') }

function monteCarloSummary(sh: ValueSheet, r: McResult, drawsSheet: string | undefined, project: Project | undefined) {
  const s = r.settings
  sh.section('Monte Carlo: price paths (and optional volume and recovery uncertainty), debt held at the base case')
  const setting = (label: string, unit: string, cell: Cell | undefined) => sh.line([text(label, 'label'), text(unit, 'unit'), cell])
  setting('Draws', '#', value(s.draws, 'count'))
  setting('Seed', '', value(s.seed, 'year'))
  setting('Price process', '', text(s.process.kind === 'gbm' ? 'Geometric Brownian motion' : `Ornstein–Uhlenbeck, mean reversion ${s.process.meanReversionPerYear} a year`))
  setting('Price volatility (default)', '% a year', value(s.defaultVolatility, 'pct'))
  for (const p of r.draws.products) {
    const v = ownValue(s.volatility, p.id)
    if (v !== undefined) setting(`Price volatility, ${p.name}`, '% a year', value(v, 'pct'))
  }
  setting('Price correlation', '', text(s.correlation ? 'matrix as set in the app' : 'independent'))
  setting('Volume multiplier standard deviation', '%', value(s.volumeSd, 'pct'))
  setting('Recovery multiplier standard deviation', '%', value(s.recoverySd, 'pct'))
  if (project) {
    // Issue 19: each distribution figure with where it comes from (the reference price process's source and
    // window, "assumption", or the user's own), as the Monte Carlo panel lists them.
    sh.next++
    sh.line([text('Assumption', 'header'), text('Value — where it comes from', 'header')])
    for (const a of mcAssumptions(project, s)) sh.line([text(a.label, 'label'), text(`${a.value} — ${a.source}`, 'text')])
  }
  sh.next++
  const stats = ['P10', 'P50', 'P90', 'Mean', 'Min', 'Max', 'Base case', 'Draws with a value', 'Draws without']
  sh.line([text('Metric', 'header'), text('Unit', 'header'), ...stats.map((h) => text(h, 'header'))])
  for (const k of ['equityIrr', 'projectIrr', 'npv', 'minDscr'] as const) {
    const d = r.stats[k]
    const st = MC[k].style
    const na = d.count === 0 ? 'n/a: no draw has a value' : undefined
    sh.line([
      text(MC[k].label, 'label'), text(MC[k].unit(r.currency), 'unit'),
      ...[d.p10, d.p50, d.p90, d.mean, d.min, d.max].map((x) => value(x, st, na ?? 'n/a')),
      value(r.base[k], st, 'n/a: none in the base case'), value(d.count, 'count'), value(d.missing, 'count')
    ])
  }
  sh.next++
  setting(`P(minimum DSCR < covenant ${r.covenantDscr.toFixed(2)}x)`, '%', value(r.probabilityBelowCovenant, 'pct', 'n/a: no draw has debt service'))
  setting('P(minimum DSCR < 1.00x)', '%', value(r.probabilityBelowOne, 'pct', 'n/a: no draw has debt service'))
  sh.note('Percentiles interpolate between order statistics (Excel PERCENTILE.INC) over the draws that have a value.')
  if (drawsSheet) sh.note(`Every draw: sheet “${drawsSheet}”.`)
}
