import { Decimal, ONE } from '../decimal'
import type { Project } from '../model'
import { runModel, runPrepared } from '../engine/run-model'
import { prepare, type Prepared } from '../engine/prepare'
import type { FixedDebt, ModelResult, Scenario } from '../engine/types'
import { applyDriver, driversFor, type Driver } from './drivers'
import { ownValue } from '../json/own'
import { toPlainMetric, type PlainMetric } from './plain'

export type TornadoMetric = 'equityIrr' | 'npv' | 'minDscr'
export const TORNADO_METRICS: readonly TornadoMetric[] = ['equityIrr', 'npv', 'minDscr']

export type TornadoValues = Record<TornadoMetric, PlainMetric>

export type TornadoRow = {
  driverId: string
  label: string
  kind: Driver['kind']
  /** Relative step used (0.1 = ±10 %). */
  step: string
  lowFactor: string
  highFactor: string
  low: TornadoValues
  high: TornadoValues
  /** |high − low| per metric, as a decimal string; null when either side has no value. */
  swing: Record<TornadoMetric, string | null>
}

export type TornadoSettings = {
  /** Default relative step, e.g. "0.1" for ±10 %. */
  step: string
  /** driverId → step overriding the default. */
  stepOverrides?: Record<string, string>
  /** The case under study (drivers move on top of it); none = the project as entered. */
  scenario?: Scenario
  /** Re-size debt in every run instead of holding it at the base case. */
  resizeDebt?: boolean
  sortBy?: TornadoMetric
}

export type TornadoResult = { base: TornadoValues; rows: TornadoRow[]; sortedBy: TornadoMetric; evaluations: number }

const values = (r: ModelResult): TornadoValues => ({
  equityIrr: toPlainMetric(r.metrics.equityIrr),
  npv: { ok: true, value: r.metrics.npv.toString() },
  minDscr: toPlainMetric(r.metrics.minDscr)
})

const swingOf = (a: PlainMetric, b: PlainMetric): string | null => (a.ok && b.ok ? new Decimal(b.value).minus(a.value).abs().toString() : null)

/** Rows by descending swing of `metric`; rows without a swing go last, in driver order. */
export function sortTornado(rows: readonly TornadoRow[], metric: TornadoMetric): TornadoRow[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const x = a.r.swing[metric]
      const y = b.r.swing[metric]
      if (x === null || y === null) return x === null && y === null ? a.i - b.i : x === null ? 1 : -1
      return new Decimal(y).cmp(x) || a.i - b.i
    })
    .map(({ r }) => r)
}

/**
 * Tornado (one-at-a-time sensitivity): every driver at (1 − step) and (1 + step), debt held at the base
 * case of `settings.scenario` unless `resizeDebt`. Each bar is a full `runModel` with those inputs.
 */
export function computeTornado(project: Project, settings: TornadoSettings, onProgress?: (done: number, total: number) => void): TornadoResult {
  const baseRun = runModel(project, settings.scenario ? { scenario: settings.scenario } : undefined)
  const fixedDebt: FixedDebt | undefined = settings.resizeDebt ? undefined : baseRun.debt
  const drivers = driversFor(project, settings.scenario)
  const total = drivers.length * 2
  let done = 0
  // A price bar moves price multipliers only, which `prepare` never reads: every price bar (all prices and each
  // product, both ends) runs on one preparation of the project under the bar's scenario — what `runModel`
  // would prepare for each of them (issue 18: a preparation is about a third of a bar on the large model).
  let pricePrep: Prepared | undefined
  const rows: TornadoRow[] = drivers.map((d) => {
    const step = new Decimal(ownValue(settings.stepOverrides, d.id) ?? settings.step)
    const lowFactor = ONE.minus(step)
    const highFactor = ONE.plus(step)
    const run = (factor: Decimal) => {
      const c = applyDriver(project, settings.scenario, d, factor)
      const scenario = c.options.scenario && settings.resizeDebt ? { ...c.options.scenario, resizeDebt: true } : c.options.scenario
      const options = { ...c.options, scenario, ...(fixedDebt ? { fixedDebt } : {}) }
      // As runModel: the debt held at the base case, or (resizeDebt) sized on the bar's own inputs.
      // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: equivalent, a price bar through runModel gives the same values (the shared preparation saves time only); the `true` form, every bar on the price preparation, is killed
      const r = d.kind === 'priceAll' || d.kind === 'priceProduct' ? runPrepared((pricePrep ??= prepare(c.project, scenario)), options, fixedDebt) : runModel(c.project, options)
      onProgress?.(++done, total)
      return values(r)
    }
    const low = run(lowFactor)
    const high = run(highFactor)
    return {
      driverId: d.id, label: d.label, kind: d.kind, step: step.toString(), lowFactor: lowFactor.toString(), highFactor: highFactor.toString(), low, high,
      swing: { equityIrr: swingOf(low.equityIrr, high.equityIrr), npv: swingOf(low.npv, high.npv), minDscr: swingOf(low.minDscr, high.minDscr) }
    }
  })
  const sortedBy = settings.sortBy ?? 'equityIrr'
  return { base: values(baseRun), rows: sortTornado(rows, sortedBy), sortedBy, evaluations: total + 1 }
}
