import type { ComponentType } from 'react'
import { FeedstockSection } from './feedstock/FeedstockSection'
import { RecoverySection } from './recovery/RecoverySection'
import { PricesSection } from './prices/PricesSection'
import { OfftakeSection } from './offtake/OfftakeSection'
import { CostsSection } from './costs/CostsSection'
import { FinancingSection } from './financing/FinancingSection'
import { ResultsSection } from './results/ResultsSection'
import { ScenariosSection } from './scenarios/ScenariosSection'
import { ProjectSheetSection } from './sheet/ProjectSheetSection'
import { SECTION_IDS, SECTION_INFO, type SectionId, type SectionInfo } from './section-info'

/**
 * THE section registry: the workspace renders `SECTIONS[id].component` for `#/project/:id/:section`
 * and the sidebar lists them in `SECTION_IDS` order. To plug in a real editor, replace the
 * component in its folder (features/<section>/) — or point the entry here at a new one.
 * Section components take no props: they read the open project with `useAppStore(selectDoc)`
 * and write only through `applyEdit` (see store/workspace-slice.ts).
 */
export type SectionDef = SectionInfo & { component: ComponentType }

const COMPONENTS: Record<SectionId, ComponentType> = {
  feedstock: FeedstockSection,
  recovery: RecoverySection,
  prices: PricesSection,
  offtake: OfftakeSection,
  costs: CostsSection,
  financing: FinancingSection,
  results: ResultsSection,
  scenarios: ScenariosSection,
  sheet: ProjectSheetSection
}

export const SECTIONS: readonly SectionDef[] = SECTION_IDS.map((id) => ({ ...SECTION_INFO[id], component: COMPONENTS[id] }))
export const sectionById = (id: SectionId): SectionDef => SECTIONS.find((s) => s.id === id)!
export { SECTION_IDS, type SectionId }
