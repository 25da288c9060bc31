import { useSyncExternalStore } from 'react'
import type { ReviewBody } from '@shared/review'

/**
 * Review state per project for this session: the financier's draft review and the reviews the
 * recycler opened. Kept outside React so switching tabs or sections does not lose a half-written note.
 */
type Entry = { draft: ReviewBody | null; received: { review: ReviewBody; fileName: string }[] }
const entries = new Map<string, Entry>()
const listeners = new Set<() => void>()
let version = 0

const entry = (projectId: string): Entry => {
  let e = entries.get(projectId)
  if (!e) {
    e = { draft: null, received: [] }
    entries.set(projectId, e)
  }
  return e
}

export function updateReviewSession(projectId: string, change: (e: Entry) => Entry): void {
  entries.set(projectId, change(entry(projectId)))
  version++
  listeners.forEach((l) => l())
}

export function useReviewSession(projectId: string): Entry {
  useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => version
  )
  return entry(projectId)
}
