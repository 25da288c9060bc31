import { Decimal } from '../decimal'
import type { Project } from '../model'
import { runModel } from '../engine/run-model'
import type { ModelResult, Scenario } from '../engine/types'
import { HEADLINE_KEYS, headline, type HeadlineKey, type HeadlineMetrics, type PlainMetric } from './plain'

/** One point of a DSCR profile: a period with debt service (x = its end date). */
export type DscrPoint = { period: number; end: string; dscr: string }

export type ScenarioColumn = {
  scenarioId: string
  name: string
  metrics: HeadlineMetrics
  /** Metric − base metric (decimal string), null when either is missing. Base's own column holds zeros. */
  deltaToBase: Record<HeadlineKey, string | null>
  dscrProfile: DscrPoint[]
  issues: string[]
}

/** `base`: the project with no overrides, as a column of its own (its deltas are 0 where defined); `columns`: the scenarios. */
export type ScenarioComparison = { currency: string; covenantDscr: string; base: ScenarioColumn; columns: ScenarioColumn[] }

const delta = (a: PlainMetric, base: PlainMetric): string | null => (a.ok && base.ok ? new Decimal(a.value).minus(base.value).toString() : null)

/**
 * Run each scenario (debt held at the base case unless the scenario asks to re-size) and set the
 * headline metrics side by side with the difference to the base case (the project with no overrides).
 */
export function compareScenarios(project: Project, scenarios: readonly Scenario[], onProgress?: (done: number, total: number) => void): ScenarioComparison {
  const total = scenarios.length + 1
  const base = runModel(project)
  onProgress?.(1, total)
  const baseMetrics = headline(base)
  const column = (scenarioId: string, name: string, r: ModelResult): ScenarioColumn => {
    const metrics = headline(r)
    const deltaToBase = Object.fromEntries(HEADLINE_KEYS.map((k) => [k, delta(metrics[k], baseMetrics[k])])) as Record<HeadlineKey, string | null>
    const dscrProfile: DscrPoint[] = []
    r.financing.dscr.forEach((d, k) => {
      if (d.ok) dscrProfile.push({ period: k + 1, end: r.periods[k]!.end, dscr: d.value.toString() })
    })
    return { scenarioId, name, metrics, deltaToBase, dscrProfile, issues: r.issues.map((x) => x.message) }
  }
  const columns = scenarios.map((s, i) => {
    const r = runModel(project, { scenario: s })
    onProgress?.(i + 2, total)
    return column(s.id, s.name, r)
  })
  return { currency: project.reportingCurrency, covenantDscr: project.lender.minDscr, base: column('base', 'Base case', base), columns }
}
