import { IconCosts, IconFeedstock, IconFinancing, IconOfftake, IconPrices, IconRecovery, IconResults, IconScenarios, IconSheet } from '@renderer/ui'
import type { SectionId } from '../section-info'

export const SECTION_ICONS: Record<SectionId, typeof IconFeedstock> = {
  feedstock: IconFeedstock,
  recovery: IconRecovery,
  prices: IconPrices,
  offtake: IconOfftake,
  costs: IconCosts,
  financing: IconFinancing,
  results: IconResults,
  scenarios: IconScenarios,
  sheet: IconSheet
}
