import { Button, IconButton, type ButtonProps, type IconButtonProps } from '@renderer/ui'
import { REVIEW_READ_ONLY_TITLE, useAppStore } from '@renderer/store'
import { useReadOnly } from './use-model'

/**
 * Why an edit control is off, or null when it is on: in review mode every control that changes the
 * project (add, delete, import, duplicate, a preset applied) is disabled and says so in its tooltip,
 * so nobody clicks something that would be refused (#17). The store refuses such edits anyway.
 */
export function useReadOnlyTitle(): string | null {
  const readOnly = useReadOnly()
  const copy = useAppStore((s) => s.workspace?.reviewCopy !== undefined)
  return readOnly ? REVIEW_READ_ONLY_TITLE(copy) : null
}

/** A Button that changes the project: disabled, with the reason as its title, in review mode. */
export function EditButton({ disabled, title, ...rest }: ButtonProps) {
  const why = useReadOnlyTitle()
  return <Button {...rest} disabled={disabled || why !== null} title={why ?? title} />
}

/** An IconButton that changes the project (delete, remove): disabled, with the reason as its title, in review mode. */
export function EditIconButton({ disabled, title, ...rest }: IconButtonProps) {
  const why = useReadOnlyTitle()
  return <IconButton {...rest} disabled={disabled || why !== null} title={why ?? title} />
}

/** The props of a plain <button>/<select> that changes the project: `{...editControl(why)}`. */
export const editControl = (why: string | null, disabled = false) => ({ disabled: disabled || why !== null, title: why ?? undefined })
