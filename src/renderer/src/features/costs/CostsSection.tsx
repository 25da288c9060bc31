import { SectionPlaceholder } from '../workspace/SectionPlaceholder'

/** Costs section: replace this with the real editor; keep the export name (see ../sections.ts). */
export function CostsSection() {
  return <SectionPlaceholder id="costs" />
}
