import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { BreachSizingResult } from '@shared/analysis/breach-sizing/size-to-breach'
import type { AnalysisOutput } from '@shared/analysis/jobs'
import type { Project } from '@shared/model'
import type { WorkbookAnalysis } from '@shared/workbook/model/analysis-sheets'
import type { MessageKey } from '@shared/i18n'
import { english, type Translate } from '../results/translate'

/**
 * The last finished result of each analysis, with the project document it ran on (documents are
 * replaced on every edit, so identity tells whether a result still describes the open project) and
 * when it finished. Read by "Export Excel with analysis".
 */
type Entry = { project: Project; output: AnalysisOutput; computedAt: string }
export const lastResults = createStore<Partial<Record<AnalysisOutput['kind'], Entry>>>()(() => ({}))

export function recordResult(project: Project, output: AnalysisOutput, now = new Date()): void {
  lastResults.setState({ [output.kind]: { project, output, computedAt: now.toISOString() } })
}

const NAMES: Record<AnalysisOutput['kind'], MessageKey> = {
  compare: 'scenarios.kind.compare', tornado: 'scenarios.kind.tornado', breakeven: 'scenarios.kind.breakeven', monteCarlo: 'scenarios.kind.monteCarlo',
  breachSizing: 'scenarios.kind.breachSizing', exposure: 'scenarios.kind.exposure', jointStress: 'scenarios.kind.jointStress'
}

/** The results computed on `doc` as workbook input, and the names (in `t`'s language) of those left out because the project changed since. */
export function analysisFor(doc: Project, t: Translate = english): { analysis: WorkbookAnalysis; included: string[]; stale: string[] } {
  const analysis: WorkbookAnalysis = {}
  const included: string[] = []
  const stale: string[] = []
  let latest = ''
  for (const e of Object.values(lastResults.getState())) {
    if (!e) continue
    if (e.project !== doc) {
      stale.push(t(NAMES[e.output.kind]))
      continue
    }
    included.push(t(NAMES[e.output.kind]))
    if (e.computedAt > latest) latest = e.computedAt
    const o = e.output
    if (o.kind === 'compare') analysis.comparison = o.result
    else if (o.kind === 'tornado') analysis.tornado = o.result
    else if (o.kind === 'breakeven') analysis.breakeven = o.result
    else if (o.kind === 'breachSizing') analysis.breachSizing = o.result
    else if (o.kind === 'exposure') analysis.exposure = o.result
    else if (o.kind === 'jointStress') analysis.jointStress = o.result
    else analysis.monteCarlo = o.result
  }
  if (latest) analysis.computedAt = latest
  return { analysis, included, stale }
}

/** The last breach sizing run on exactly this document (null after any edit): for the project sheet and the review memo. */
export function useLastBreachSizing(doc: Project | null): BreachSizingResult | null {
  const e = useStore(lastResults, (s) => s.breachSizing)
  return e && doc && e.project === doc && e.output.kind === 'breachSizing' ? e.output.result : null
}
