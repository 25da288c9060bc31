import { SectionPlaceholder } from '../workspace/SectionPlaceholder'

/** ProjectSheet section: replace this with the real editor; keep the export name (see ../sections.ts). */
export function ProjectSheetSection() {
  return <SectionPlaceholder id="sheet" />
}
