import type { Decimal } from '@shared/decimal'
import { missingInputs, type MissingInputId } from '@shared/format/completeness'
import type { Project } from '@shared/model'
import type { MessageKey } from '@shared/i18n'
import type { SectionId } from '@renderer/features/section-info'

/**
 * The first-run guide's steps: a project built in the order the model reads it. Each step is done
 * when the incomplete-model check (`missingInputs`, the one Results uses) no longer names what the
 * step enters, so the guide and the verdict never disagree about what is missing.
 */
export type GuideStep = { id: string; title: MessageKey; detail: MessageKey; section: SectionId; done: boolean }

/** Title and detail are catalog keys (`guide.<id>.title`): the strip says them in the reader's language. */
const STEPS: { id: string; title: MessageKey; detail: MessageKey; section: SectionId; covers: MissingInputId[] }[] = [
  { id: 'feedstock', title: 'guide.feedstock.title', detail: 'guide.feedstock.detail', section: 'feedstock', covers: ['feedstock', 'feedPrice'] },
  { id: 'products', title: 'guide.products.title', detail: 'guide.products.detail', section: 'recovery', covers: ['products', 'productPrice'] },
  { id: 'costs', title: 'guide.costs.title', detail: 'guide.costs.detail', section: 'costs', covers: ['capex', 'opex'] },
  { id: 'financing', title: 'guide.financing.title', detail: 'guide.financing.detail', section: 'financing', covers: ['financing'] }
]

/** `result` (optional): the model's debt at COD, so "no financing" can be told once there is capex to finance. */
export function guideSteps(project: Project, result?: { metrics: { debtAtCod: Decimal } } | null): GuideStep[] {
  const missing = new Set(missingInputs(project, result).map((m) => m.id))
  // Financing is judged only on a model run with capex to finance: "no financing" is not flagged before there
  // is capex, so without this a new project's financing step read done as soon as its first (empty) run arrived.
  const financingJudged = result != null && !missing.has('capex')
  const steps = STEPS.map(({ covers, ...s }) => ({ ...s, done: covers.every((c) => !missing.has(c)) && (s.id !== 'financing' || financingJudged) }))
  const allDone = steps.every((s) => s.done)
  return [...steps, { id: 'results', title: 'guide.results.title', detail: 'guide.results.detail', section: 'results', done: allDone }]
}
