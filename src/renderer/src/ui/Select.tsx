import { useId, type ReactNode } from 'react'
import { Field, describedBy } from './Field'

export type SelectOption<T extends string> = { value: T; label: string; disabled?: boolean }

export type SelectProps<T extends string> = {
  label: ReactNode
  value: T
  options: readonly SelectOption<T>[]
  onChange: (value: T) => void
  hint?: ReactNode
  error?: string
  id?: string
  disabled?: boolean
  className?: string
}

export function Select<T extends string>({ label, value, options, onChange, hint, error, id, disabled, className }: SelectProps<T>) {
  const autoId = useId()
  const fieldId = id ?? autoId
  return (
    <Field id={fieldId} label={label} hint={hint} error={error} className={className}>
      <select
        id={fieldId}
        className="input select"
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, { hint, error })}
        onChange={(e) => {
          const next = options.find((o) => o.value === e.target.value)
          if (next) onChange(next.value)
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  )
}
