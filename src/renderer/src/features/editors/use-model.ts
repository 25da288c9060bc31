import { useRef } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { Project } from '@shared/model'
import { selectDoc, selectField, selectReadOnly, useAppStore, type FieldState } from '@renderer/store'
import { getAt } from './model-path'

/** The open document. Section components render only inside an open workspace, so it is there. */
export function useDoc(): Project {
  const doc = useAppStore(selectDoc)
  if (!doc) throw new Error('a workspace section rendered without an open project')
  return doc
}

/** The stored value at a model path (a primitive or a stable reference from the document). */
export const useValueAt = (path: string): unknown => useAppStore((s) => getAt(s.workspace?.doc, path))

/** The refused draft and message for the field at `path` (see store/selectors.ts). */
export const useFieldState = (path: string): FieldState => useAppStore(useShallow((s) => selectField(s, path)))

/**
 * True in review mode: every bound field shows disabled (applyEdit would refuse the edit anyway,
 * but an enabled field invites typing that goes nowhere).
 */
export const useReadOnly = (): boolean => useAppStore(selectReadOnly)

export const useApplyEdit = () => useAppStore((s) => s.applyEdit)
export const useDiscardDraft = () => useAppStore((s) => s.discardDraft)
export const useHoldDraft = () => useAppStore((s) => s.holdDraft)

let seq = 0
/**
 * One edit session per focus, for inputs that are not NumberField (text, dates): the same id for
 * every keystroke until blur, so a typed word is one undo step.
 */
export function useFocusSession(prefix: string) {
  const ref = useRef('')
  return {
    current: () => (ref.current ||= `${prefix}:${++seq}`),
    start: () => (ref.current = `${prefix}:${++seq}`),
    end: () => (ref.current = '')
  }
}
