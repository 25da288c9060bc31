import { SECTION_IDS, type SectionId } from '@renderer/features/section-info'

/** Hash routes (`#/`, `#/project/:id/:section`) so a reload keeps the place, with no server help. */
export type Route = { name: 'projects' } | { name: 'project'; projectId: string; section: SectionId }

const isSection = (s: string): s is SectionId => (SECTION_IDS as readonly string[]).includes(s)

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent)
  if (parts[0] === 'project' && parts[1] && /^[A-Za-z0-9_-]{1,64}$/.test(parts[1])) {
    const section = parts[2] && isSection(parts[2]) ? parts[2] : SECTION_IDS[0]
    return { name: 'project', projectId: parts[1], section }
  }
  return { name: 'projects' }
}

export function routeHref(route: Route): string {
  return route.name === 'projects' ? '#/' : `#/project/${encodeURIComponent(route.projectId)}/${route.section}`
}

export function navigate(route: Route): void {
  const href = routeHref(route)
  if (location.hash !== href) location.hash = href
}
