import { SectionPlaceholder } from '../workspace/SectionPlaceholder'

/** Recovery section: replace this with the real editor; keep the export name (see ../sections.ts). */
export function RecoverySection() {
  return <SectionPlaceholder id="recovery" />
}
