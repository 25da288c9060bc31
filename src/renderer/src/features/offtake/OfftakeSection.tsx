import { SectionPlaceholder } from '../workspace/SectionPlaceholder'

/** Offtake section: replace this with the real editor; keep the export name (see ../sections.ts). */
export function OfftakeSection() {
  return <SectionPlaceholder id="offtake" />
}
