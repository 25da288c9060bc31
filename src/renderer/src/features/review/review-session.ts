import { useEffect, useSyncExternalStore } from 'react'
import { parseStoredReview, reviewDraftId, type ReviewBody } from '@shared/review'
import type { StoredReview } from '@renderer/db/repository'
import { getStore, useAppStore } from '@renderer/store'

/**
 * The financier's draft review per project. Typing goes to this in-memory copy at once (switching tabs
 * or sections keeps a half-written note) and is written to the database a moment later as the
 * project's one draft row, so it also survives a reload.
 */
type Entry = { draft: ReviewBody | null }
const entries = new Map<string, Entry>()
const listeners = new Set<() => void>()
const timers = new Map<string, ReturnType<typeof setTimeout>>()
let version = 0

const entry = (projectId: string): Entry => {
  let e = entries.get(projectId)
  if (!e) {
    e = { draft: null }
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

/** The reviews stored beside a project, loaded when the project changes; null while loading. */
export function useStoredReviews(projectId: string): StoredReview[] | null {
  const reviews = useAppStore((s) => s.reviews)
  const loadReviews = useAppStore((s) => s.loadReviews)
  const loaded = reviews?.projectId === projectId
  useEffect(() => {
    if (!loaded) void loadReviews(projectId)
  }, [loaded, loadReviews, projectId])
  return loaded ? reviews.items : null
}

export const DRAFT_SAVE_DELAY_MS = 400

/**
 * Writes the draft a moment after the last change. A draft that does not validate yet (a field
 * mid-edit) is not written: the in-memory copy holds it and the next valid state is saved.
 */
export function saveDraftSoon(projectId: string, draft: ReviewBody): void {
  clearTimeout(timers.get(projectId))
  timers.set(
    projectId,
    setTimeout(() => {
      timers.delete(projectId)
      const data = { kind: 'draft' as const, fileName: '', review: draft }
      if (parseStoredReview(data).ok) void getStore().getState().saveReview(projectId, data, reviewDraftId(projectId))
    }, DRAFT_SAVE_DELAY_MS)
  )
}
