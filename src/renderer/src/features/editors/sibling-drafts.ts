import { parseNumberInput } from '@renderer/ui'
import { getStore } from '@renderer/store'
import { setAt } from './model-path'

/**
 * Fields bound by a rule over all of them (capex phasing, tranche shares: they add up to 100 %). Moving
 * a share from one field to another takes two edits, and the first is refused by the rule; so an edit
 * of one field carries the refused drafts of its siblings with it, and once it is accepted the drafts
 * it carried are forgotten. Without this the first edit would deadlock the pair.
 */
export function overlaySiblingDrafts(draft: object, paths: readonly string[], except: string, percent?: boolean): void {
  const rejected = getStore().getState().workspace?.rejected ?? {}
  for (const p of paths) {
    const r = p === except ? undefined : rejected[p]
    if (!r) continue
    const parsed = parseNumberInput(r.draft, { percent })
    if (parsed.ok && parsed.value !== null) setAt(draft, p, parsed.value)
  }
}

export function forgetSiblingDrafts(paths: readonly string[], except: string): void {
  const { discardDraft } = getStore().getState()
  for (const p of paths) if (p !== except) discardDraft(p)
}
