import { t as translate, type MessageKey } from '@shared/i18n'
import type { Project } from '@shared/model'
import type { Translate } from './editors/translate'

/**
 * What each workspace section is for: its title, what it holds and the next step, plus a count
 * of what the project already has there. Components live in `sections.ts` (the registry).
 */
export const SECTION_IDS = ['feedstock', 'recovery', 'prices', 'offtake', 'costs', 'financing', 'results', 'scenarios', 'sheet'] as const
export type SectionId = (typeof SECTION_IDS)[number]

export type SectionInfo = {
  id: SectionId
  title: string
  /** One line under the title in the header. */
  tagline: string
  /** What the section will hold (catalog keys). */
  holds: readonly MessageKey[]
  /** What the user should do next, when it is empty (a catalog key). */
  next: MessageKey
  /** Where the user should go first, when this section depends on another. */
  dependsOn?: SectionId
  /** A short count of what the project already has here, e.g. "2 streams", in the reader's language (`t`; English without). */
  summary: (doc: Project, t?: Translate) => string
}

/** The English catalog: the summary's words when a caller has no reader's language to give. */
const english: Translate = (key, values) => translate('en', key, values)

export const SECTION_INFO: Record<SectionId, SectionInfo> = {
  feedstock: {
    id: 'feedstock',
    title: 'Feedstock',
    tagline: 'What comes in: converters and batteries, volumes and purchase terms',
    holds: ['sections.feedstock.holds1', 'sections.feedstock.holds2', 'sections.feedstock.holds3'],
    next: 'sections.feedstock.next',
    summary: (d, t = english) => t('sections.feedstock.summary', { count: d.feedstock.length })
  },
  recovery: {
    id: 'recovery',
    title: 'Recovery',
    tagline: 'Process routes, yields per metal and the products sold',
    holds: ['sections.recovery.holds1', 'sections.recovery.holds2', 'sections.recovery.holds3'],
    next: 'sections.recovery.next',
    dependsOn: 'feedstock',
    summary: (d, t = english) => t('sections.recovery.summary', { routes: d.routes.length, products: d.products.length })
  },
  prices: {
    id: 'prices',
    title: 'Prices',
    tagline: 'Price decks per metal, escalation and FX',
    holds: ['sections.prices.holds1', 'sections.prices.holds2', 'sections.prices.holds3'],
    next: 'sections.prices.next',
    dependsOn: 'recovery',
    summary: (d, t = english) => t('sections.prices.summary', { decks: d.prices.decks.length, curves: d.fx.rates.length })
  },
  offtake: {
    id: 'offtake',
    title: 'Offtake',
    tagline: 'Who buys the metal, on what terms',
    holds: ['sections.offtake.holds1', 'sections.offtake.holds2', 'sections.offtake.holds3'],
    next: 'sections.offtake.next',
    dependsOn: 'recovery',
    summary: (d, t = english) => t('sections.offtake.summary', { count: d.offtake.length })
  },
  costs: {
    id: 'costs',
    title: 'Costs',
    tagline: 'Capex, opex, working capital and tax',
    holds: ['sections.costs.holds1', 'sections.costs.holds2', 'sections.costs.holds3'],
    next: 'sections.costs.next',
    summary: (d, t = english) => t('sections.costs.summary', { count: d.costs.capex.items.length })
  },
  financing: {
    id: 'financing',
    title: 'Financing',
    tagline: 'Debt sizing, terms and the lender’s covenants',
    holds: ['sections.financing.holds1', 'sections.financing.holds2', 'sections.financing.holds3'],
    next: 'sections.financing.next',
    dependsOn: 'costs',
    summary: (d, t = english) =>
      t('sections.financing.summary', { sizing: d.financing.sizing, tenor: Math.max(...d.financing.tranches.map((x) => x.tenorYears)), tranches: d.financing.tranches.length })
  },
  results: {
    id: 'results',
    title: 'Results',
    tagline: 'Cash flow, cover ratios, returns and the bankability checklist',
    holds: ['sections.results.holds1', 'sections.results.holds2', 'sections.results.holds3'],
    next: 'sections.results.next',
    dependsOn: 'feedstock',
    summary: (d, t = english) => t('sections.results.summary', { years: d.timeline.operatingYears, months: d.timeline.periodMonths })
  },
  scenarios: {
    id: 'scenarios',
    title: 'Scenarios',
    tagline: 'Side-by-side cases, sensitivities, Monte Carlo and the natural hedge',
    holds: ['sections.scenarios.holds1', 'sections.scenarios.holds2', 'sections.scenarios.holds3'],
    next: 'sections.scenarios.next',
    dependsOn: 'results',
    summary: (d, t = english) => t('sections.scenarios.summary', { count: d.scenarios.length })
  },
  sheet: {
    id: 'sheet',
    title: 'Project sheet',
    tagline: 'The one-page summary a lender reads first',
    holds: ['sections.sheet.holds1', 'sections.sheet.holds2', 'sections.sheet.holds3'],
    next: 'sections.sheet.next',
    summary: (d, t = english) => t('sections.sheet.summary', { count: d.sheet.risks.length })
  }
}
