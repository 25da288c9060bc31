import type { Project } from '@shared/model'
import { leafPaths, sectionOfPath } from '@shared/review'
import { SECTION_INFO } from '@renderer/features/section-info'
import { fieldInfoOf } from '@renderer/store'

/**
 * Model paths as people read them: a field's label plus the named item it belongs to (the stream,
 * tranche or capex item), so a note is attached by picking "Interest rate · Senior USD" instead of
 * typing `financing.tranches.0.interest.annualRate`.
 */
function contextOf(project: Project, path: string): string[] {
  const names: string[] = []
  let node: unknown = project
  const segs = path.split('.')
  segs.forEach((seg, i) => {
    if (node === null || typeof node !== 'object') return
    node = (node as Record<string, unknown>)[seg]
    // A named list item on the way (not the field itself).
    if (/^\d+$/.test(seg) && i < segs.length - 1 && node !== null && typeof node === 'object') {
      const name = (node as { name?: unknown }).name
      if (typeof name === 'string' && name.trim()) names.push(name.trim())
    }
  })
  return names
}

/** "Interest rate · Senior USD" — the field's label and the item it belongs to ("Ramp-up 2 · BM" for a list entry). */
export function fieldLabel(project: Project, path: string): string {
  // An entry of a plain list (a ramp-up year, a phasing share) is numbered from 1: "Ramp-up 2".
  const last = path.split('.').at(-1) ?? ''
  const label = /^\d+$/.test(last) ? `${fieldInfoOf(path).label} ${Number(last) + 1}` : fieldInfoOf(path).label
  return [label, ...contextOf(project, path)].join(' · ')
}

export type NoteTarget = { path: string; text: string }

/** Every input of the project as an option to pick: "Interest rate · Senior USD (Financing)"; unique texts. */
export function noteTargets(project: Project): NoteTarget[] {
  const seen = new Map<string, number>()
  return leafPaths(project).map((path) => {
    const base = `${fieldLabel(project, path)} (${SECTION_INFO[sectionOfPath(path)].title})`
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    return { path, text: n === 1 ? base : `${base} #${n}` }
  })
}
