import { SectionPlaceholder } from '../workspace/SectionPlaceholder'

/** Financing section: replace this with the real editor; keep the export name (see ../sections.ts). */
export function FinancingSection() {
  return <SectionPlaceholder id="financing" />
}
