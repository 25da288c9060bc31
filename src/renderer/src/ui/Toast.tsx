import { useEffect } from 'react'
import type { Toast } from '@renderer/store'
import { IconAlert, IconCheck, IconClose, IconInfo } from './icons'
import { useT } from '@renderer/i18n'

const ICON = { info: IconInfo, success: IconCheck, error: IconAlert }
/** Errors stay until dismissed; others go after a while (long enough to reach "Undo"). */
const TIMEOUT_MS = { info: 8000, success: 5000, error: 0 }

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  useEffect(() => {
    const ms = TIMEOUT_MS[toast.tone]
    if (!ms) return
    const timer = setTimeout(() => onDismiss(toast.id), ms)
    return () => clearTimeout(timer)
  }, [toast, onDismiss])
  const Icon = ICON[toast.tone]
  const t = useT()
  return (
    <div className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
      <Icon className="toast-icon" />
      <span className="toast-message">{toast.text ? t(toast.text.key, toast.text.values) : toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="toast-action"
          onClick={() => {
            toast.action!.run()
            onDismiss(toast.id)
          }}
        >
          {toast.action.labelKey ? t(toast.action.labelKey) : toast.action.label}
        </button>
      )}
      <button type="button" className="toast-close" aria-label={t('ui.dismissNotification')} onClick={() => onDismiss(toast.id)}>
        <IconClose size={16} />
      </button>
    </div>
  )
}

/** Bottom-left stack of notifications; a polite live region so screen readers hear them. */
export function ToastViewport({ toasts, onDismiss }: { toasts: readonly Toast[]; onDismiss: (id: number) => void }) {
  return (
    <div className="toast-viewport" aria-live="polite">
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} onDismiss={onDismiss} />
      ))}
    </div>
  )
}
