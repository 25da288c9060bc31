import { SectionPlaceholder } from '../workspace/SectionPlaceholder'

/** Feedstock section: replace this with the real editor; keep the export name (see ../sections.ts). */
export function FeedstockSection() {
  return <SectionPlaceholder id="feedstock" />
}
