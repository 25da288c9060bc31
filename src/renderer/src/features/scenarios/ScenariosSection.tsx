import { SectionPlaceholder } from '../workspace/SectionPlaceholder'

/** Scenarios section: replace this with the real editor; keep the export name (see ../sections.ts). */
export function ScenariosSection() {
  return <SectionPlaceholder id="scenarios" />
}
