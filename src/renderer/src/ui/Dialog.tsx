import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react'
import { IconClose } from './icons'
import { IconButton } from './Button'
import { useT } from '@renderer/i18n'

export type DialogProps = {
  open: boolean
  title: string
  onClose: () => void
  children: ReactNode
  /** Buttons; a `type="submit"` button submits the dialog's form and calls `onSubmit`. */
  footer: ReactNode
  onSubmit?: () => void
  description?: ReactNode
  width?: number
}

/**
 * A modal on the native <dialog>: the browser gives focus trapping, Escape, inert background and
 * returns focus to the opener. The body is a form so Enter submits.
 */
export function Dialog({ open, title, onClose, children, footer, onSubmit, description, width = 480 }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const descId = useId()
  const t = useT()

  useEffect(() => {
    const d = ref.current
    if (!d) return
    if (open && !d.open) {
      d.showModal()
      // showModal() focuses the first focusable element (the Close button); a form starts at its first field.
      d.querySelector<HTMLElement>('.dialog-body :is(input, select, textarea):not(:disabled)')?.focus()
    }
    if (!open && d.open) d.close()
  }, [open])

  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSubmit?.()
  }

  return (
    <dialog
      ref={ref}
      className="dialog"
      style={{ width }}
      aria-labelledby={titleId}
      aria-describedby={description ? descId : undefined}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      {open && (
        <form onSubmit={submit} noValidate>
          <header className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <IconButton label={t('ui.close')} icon={<IconClose />} onClick={onClose} />
          </header>
          <div className="dialog-body">
            {description && (
              <p className="dialog-description" id={descId}>
                {description}
              </p>
            )}
            {children}
          </div>
          <footer className="dialog-footer">{footer}</footer>
        </form>
      )}
    </dialog>
  )
}
