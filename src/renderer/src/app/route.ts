import { SECTION_IDS, type SectionId } from '@renderer/features/section-info'

/**
 * Hash routes (`#/`, `#/project/:id/:section`) so a reload keeps the place, with no server help.
 * `#/review/:id/:section` is a file a financier opened for review (a read-only review copy, never the
 * project of that id on this device): `review: true`.
 */
export type Route = { name: 'projects' } | { name: 'help' } | { name: 'project'; projectId: string; section: SectionId; review?: boolean }

const isSection = (s: string): s is SectionId => (SECTION_IDS as readonly string[]).includes(s)

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent)
  if ((parts[0] === 'project' || parts[0] === 'review') && parts[1] && /^[A-Za-z0-9_-]{1,64}$/.test(parts[1])) {
    const section = parts[2] && isSection(parts[2]) ? parts[2] : SECTION_IDS[0]
    return parts[0] === 'review' ? { name: 'project', projectId: parts[1], section, review: true } : { name: 'project', projectId: parts[1], section }
  }
  if (parts[0] === 'help' && parts.length === 1) return { name: 'help' }
  return { name: 'projects' }
}

export function routeHref(route: Route): string {
  if (route.name === 'projects') return '#/'
  if (route.name === 'help') return '#/help'
  return `#/${route.review ? 'review' : 'project'}/${encodeURIComponent(route.projectId)}/${route.section}`
}

export function navigate(route: Route): void {
  const href = routeHref(route)
  if (location.hash !== href) location.hash = href
}
