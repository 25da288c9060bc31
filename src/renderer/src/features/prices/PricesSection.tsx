import { SectionPlaceholder } from '../workspace/SectionPlaceholder'

/** Prices section: replace this with the real editor; keep the export name (see ../sections.ts). */
export function PricesSection() {
  return <SectionPlaceholder id="prices" />
}
