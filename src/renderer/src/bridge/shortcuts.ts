import type { MenuCommand } from '@shared/ipc/contract'

export type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>

/**
 * Web mode has no native menu, so the same shortcuts map to the same commands here.
 * Ctrl on Windows/Linux, Cmd on macOS (either is accepted). Returns null for anything else.
 */
export function commandForKey(e: KeyLike): MenuCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null
  const key = e.key.toLowerCase()
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && !e.shiftKey) return 'redo'
  if (key === 'n' && !e.shiftKey) return 'new-project'
  if (key === 'o') return e.shiftKey ? 'open-for-review' : 'open-project'
  if (key === 's' && e.shiftKey) return 'save-project-as'
  if (key === 'e' && !e.shiftKey) return 'export-excel'
  return null
}

/** In a text field, undo/redo belong to the field itself (the browser's own text undo). */
export function isTextEditingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false
  const el = target as HTMLElement
  return el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit'].includes((el as HTMLInputElement).type)) || el.isContentEditable
}
