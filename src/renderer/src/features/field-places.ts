import type { SectionId } from './section-info'

/**
 * Where a model path is edited: the section that holds its field, so a message about a field can
 * take the user to it ("1 field not saved", "Incomplete: no capex"). Fields mark themselves with
 * `data-path` (ModelNumber, ModelText, ModelSelect), which is how focusField finds them.
 */
const SECTION_BY_ROOT: Record<string, SectionId> = {
  feedstock: 'feedstock',
  routes: 'recovery',
  products: 'recovery',
  prices: 'prices',
  fx: 'prices',
  reportingCurrency: 'prices',
  offtake: 'offtake',
  offtakePolicy: 'offtake',
  costs: 'costs',
  tax: 'costs',
  timeline: 'costs',
  financing: 'financing',
  valuation: 'financing',
  lender: 'financing',
  scenarios: 'scenarios',
  sheet: 'sheet'
}

export function sectionOfPath(path: string): SectionId | null {
  return SECTION_BY_ROOT[path.split('.')[0] ?? ''] ?? null
}

/** The input of the field bound to `path` (or the element marked with it), if it is on screen. */
export function fieldElement(path: string, root: ParentNode = document): HTMLElement | null {
  const marked = root.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`)
  if (!marked) return null
  return marked.querySelector<HTMLElement>('input, select, textarea, button, [tabindex]') ?? marked
}

const REVEAL_EVENT = 'bankable:reveal-path'

/**
 * Sections that show one item of a list at a time (Feedstock shows the selected stream) subscribe,
 * and select the item `path` points into when its field is asked for but not on screen. Returns
 * the unsubscribe function (an effect's cleanup).
 */
export function onRevealPath(listener: (path: string) => void): () => void {
  const handler = (e: Event) => listener((e as CustomEvent<string>).detail)
  window.addEventListener(REVEAL_EVENT, handler)
  return () => window.removeEventListener(REVEAL_EVENT, handler)
}

/** The index `path` points into under `root` (`feedstock.2.purchase.x` under `feedstock` → 2), else null. */
export function itemIndexOfPath(path: string, root: string): number | null {
  const m = new RegExp(`^${root.replace(/\./g, '\\.')}\\.(\\d+)(\\.|$)`).exec(path)
  return m ? Number(m[1]) : null
}

/**
 * Goes to the section of `path` in project `projectId` and focuses its field once it has rendered
 * (a section renders after the hash changes; give up quietly after ~2 s).
 */
export function focusField(projectId: string, path: string): void {
  const section = sectionOfPath(path)
  if (section) {
    const href = `#/project/${encodeURIComponent(projectId)}/${section}`
    if (location.hash !== href) location.hash = href
  }
  let tries = 0
  const attempt = () => {
    const el = fieldElement(path)
    // A whole list (`feedstock`, `products`) has no field: its section's content is the place.
    if (!el && !path.includes('.') && tries > 2) return document.getElementById('main')?.focus()
    if (el) {
      el.scrollIntoView({ block: 'center' })
      el.focus()
      return
    }
    // Not on screen: perhaps another item of the list is selected — ask the section to show it.
    window.dispatchEvent(new CustomEvent(REVEAL_EVENT, { detail: path }))
    if (++tries < 40) window.setTimeout(attempt, 50)
    else document.getElementById('main')?.focus() // a list with no field of its own (no feedstock yet): the section
  }
  window.setTimeout(attempt, 0)
}
