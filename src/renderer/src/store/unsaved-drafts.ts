import type { StoreApi } from 'zustand/vanilla'
import type { StoreDeps } from './deps'
import type { AppState, RejectedEdit } from './types'

/**
 * Refused drafts are text the user typed that the project does not hold. They are kept in prefs
 * (localStorage) per project, so a reload brings them back into their fields with the header's
 * "1 field not saved" instead of silently showing the old value. Only text and messages: nothing
 * here ever reaches the document.
 */
const key = (projectId: string) => `bankable:unsaved-fields:${projectId}`
const MAX_DRAFTS = 200
const MAX_TEXT = 2000

const RESERVED = new Set(['__proto__', 'constructor', 'prototype'])
/** `costs.capex.items.0.amount`: plain segments only (never a key that reaches a prototype). */
const isModelPath = (path: string): boolean => path.length <= 300 && path.split('.').every((seg) => /^[A-Za-z0-9_-]+$/.test(seg) && !RESERVED.has(seg))

const isText = (x: unknown, max = MAX_TEXT): x is string => typeof x === 'string' && x.length <= max

function isRejectedEdit(x: unknown): x is RejectedEdit {
  if (typeof x !== 'object' || x === null) return false
  const r = x as Record<string, unknown>
  return (
    isText(r.label) &&
    isText(r.draft) &&
    Array.isArray(r.issues) &&
    r.issues.length <= 50 &&
    r.issues.every((i: unknown) => typeof i === 'object' && i !== null && isText((i as Record<string, unknown>).path) && isText((i as Record<string, unknown>).message))
  )
}

/** The drafts kept for a project; anything malformed is dropped (it is only a convenience). */
export function loadUnsavedDrafts(prefs: StoreDeps['prefs'], projectId: string): Record<string, RejectedEdit> {
  const raw = prefs?.getItem(key(projectId))
  if (!raw) return {}
  try {
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {}
    const out: Record<string, RejectedEdit> = {}
    for (const [path, r] of Object.entries(parsed).slice(0, MAX_DRAFTS)) if (isModelPath(path) && isRejectedEdit(r)) out[path] = r
    return out
  } catch {
    return {}
  }
}

/** Whether the object that holds `path` still exists in `doc` (a removed stream takes its fields' drafts with it). */
function holderExists(doc: unknown, path: string): boolean {
  let node: unknown = doc
  for (const seg of path.split('.').slice(0, -1)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, seg)) return false
    node = (node as Record<string, unknown>)[seg]
  }
  return typeof node === 'object' && node !== null
}

/**
 * Drafts whose field is gone (its stream, item or product was removed) can be neither fixed nor
 * discarded: they are dropped, so "1 field not saved" never points at nothing. Same object back
 * when nothing was dropped.
 */
export function pruneDrafts(rejected: Record<string, RejectedEdit>, doc: unknown): Record<string, RejectedEdit> {
  const gone = Object.keys(rejected).filter((p) => !holderExists(doc, p))
  if (gone.length === 0) return rejected
  const out = { ...rejected }
  for (const p of gone) delete out[p]
  return out
}

/** Writes the open project's drafts whenever they change (not when a project is opened or closed). */
export function keepUnsavedDrafts(store: StoreApi<AppState>, prefs: StoreDeps['prefs']): () => void {
  return store.subscribe((s, prev) => {
    const ws = s.workspace
    if (!ws || ws.projectId !== prev.workspace?.projectId || ws.rejected === prev.workspace.rejected) return
    try {
      prefs?.setItem(key(ws.projectId), JSON.stringify(ws.rejected))
    } catch {
      // Storage full or unavailable: the drafts still live in memory for this session.
    }
  })
}
