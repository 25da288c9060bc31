import type { ReactNode } from 'react'

/** Label, control row (with unit suffix), hint and error — shared by every input widget. */
export function Field({ id, label, unit, hint, error, errorAction, children, className }: { id: string; label: ReactNode; unit?: string; hint?: ReactNode; error?: string; /** Beside the error (e.g. "Discard"), outside the alert's text. */ errorAction?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <div className={['field', error ? 'field-invalid' : '', className].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="field-control">
        {children}
        {unit && (
          <span className="field-unit" id={`${id}-unit`}>
            {unit}
          </span>
        )}
      </div>
      {error && errorAction ? (
        <div className="field-error-row">
          <p className="field-error" id={`${id}-error`} role="alert">
            {error}
          </p>
          {errorAction}
        </div>
      ) : error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  )
}

/** aria-describedby for the pieces Field renders. */
export const describedBy = (id: string, p: { unit?: string; error?: string; hint?: ReactNode }): string | undefined =>
  [p.unit ? `${id}-unit` : '', p.error ? `${id}-error` : p.hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined
