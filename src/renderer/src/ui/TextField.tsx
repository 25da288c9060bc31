import { useId, type InputHTMLAttributes, type ReactNode } from 'react'
import { Field, describedBy } from './Field'

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
  label: ReactNode
  value: string
  onChange: (value: string) => void
  unit?: string
  hint?: ReactNode
  error?: string
}

export function TextField({ label, value, onChange, unit, hint, error, id, className, ...rest }: TextFieldProps) {
  const autoId = useId()
  const fieldId = id ?? autoId
  return (
    <Field id={fieldId} label={label} unit={unit} hint={hint} error={error} className={className}>
      <input
        id={fieldId}
        className="input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, { unit, hint, error })}
        {...rest}
      />
    </Field>
  )
}
