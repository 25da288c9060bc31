import { SectionPlaceholder } from '../workspace/SectionPlaceholder'

/** Results section: replace this with the real editor; keep the export name (see ../sections.ts). */
export function ResultsSection() {
  return <SectionPlaceholder id="results" />
}
