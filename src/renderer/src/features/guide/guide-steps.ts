import type { Decimal } from '@shared/decimal'
import { missingInputs, type MissingInputId } from '@shared/format/completeness'
import type { Project } from '@shared/model'
import type { SectionId } from '@renderer/features/section-info'

/**
 * The first-run guide's steps: a project built in the order the model reads it. Each step is done
 * when the incomplete-model check (`missingInputs`, the one Results uses) no longer names what the
 * step enters, so the guide and the verdict never disagree about what is missing.
 */
export type GuideStep = { id: string; title: string; detail: string; section: SectionId; done: boolean }

const STEPS: { id: string; title: string; detail: string; section: SectionId; covers: MissingInputId[] }[] = [
  { id: 'feedstock', title: 'Feedstock', detail: 'Add a stream (converters or black mass), its tonnes a year and what you pay for it.', section: 'feedstock', covers: ['feedstock', 'feedPrice'] },
  { id: 'products', title: 'Products and prices', detail: 'Say what the plant sells (Recovery) and at what price (Prices).', section: 'recovery', covers: ['products', 'productPrice'] },
  { id: 'costs', title: 'Capex and opex', detail: 'What the plant costs to build and to run.', section: 'costs', covers: ['capex', 'opex'] },
  { id: 'financing', title: 'Financing', detail: 'The senior debt: gearing or a target DSCR, rate and tenor.', section: 'financing', covers: ['financing'] }
]

/** `result` (optional): the model's debt at COD, so "no financing" can be told once there is capex to finance. */
export function guideSteps(project: Project, result?: { metrics: { debtAtCod: Decimal } } | null): GuideStep[] {
  const missing = new Set(missingInputs(project, result).map((m) => m.id))
  // Financing is judged only on a model run with capex to finance: "no financing" is not flagged before there
  // is capex, so without this a new project's financing step read done as soon as its first (empty) run arrived.
  const financingJudged = result != null && !missing.has('capex')
  const steps = STEPS.map(({ covers, ...s }) => ({ ...s, done: covers.every((c) => !missing.has(c)) && (s.id !== 'financing' || financingJudged) }))
  const allDone = steps.every((s) => s.done)
  return [...steps, { id: 'results', title: 'Read the verdict', detail: 'Results grades the project against the lender’s thresholds, with the reason for each.', section: 'results', done: allDone }]
}
