import { useId, useRef, useState, type ReactNode } from 'react'
import type { DecimalString } from '@shared/decimal'
import { Field, describedBy } from './Field'
import type { DigitGrouping } from '@shared/format/number-text'
import type { Currency } from '@shared/model'
import { formatNumberInput, parseNumberInput, textMatchesValue } from './number-input'
import { useIntl } from 'react-intl'
import { useT } from '@renderer/i18n'
import { localeFromTag } from '@shared/i18n'

let sessionSeq = 0

export type NumberFieldProps = {
  label: ReactNode
  /** The stored value: a canonical decimal string (a FRACTION when `percent`), or null when empty. */
  value: DecimalString | null
  /**
   * Called with every parseable text as the user types (so results follow the typing), plus the
   * text and a session id that is stable for one focus — pass both to `applyEdit` options
   * (`{ path, draft: text, session }`) so refused values stay visible and one focus = one undo step.
   */
  onValue: (value: DecimalString | null, meta: { text: string; session: string }) => void
  /** Escape: the field goes back to the stored value; forget the refused draft in the store too. */
  onDiscard?: () => void
  /**
   * Text that cannot be read as a number (shown with its message, never sent): tell the store, so
   * the header can say a field is not saved (`holdDraft`). Not called while a sign or point is half typed.
   */
  onRefuse?: (text: string, message: string) => void
  /** How typed digits may be grouped: as the field's currency displays them (lakh/crore for INR). */
  grouping?: DigitGrouping
  /** A money field's currency: its symbol may lead what is typed (`₹40 crore`); another's is refused. */
  currency?: Currency
  /**
   * How to restate a value typed grouped or in words, after "= " (a money field: `₹40,00,00,000 ·
   * 40 crore`); without it the digits are restated grouped.
   */
  describeUnderstood?: (value: DecimalString) => string
  unit?: string
  /** Widget speaks percent (12.5), the model holds the fraction ("0.125"). */
  percent?: boolean
  allowEmpty?: boolean
  hint?: ReactNode
  /** A refusal from the model (`selectField(path).error`), shown under the field. */
  error?: string
  /** The refused text from the store (`selectField(path).draft`), shown instead of the stored value. */
  draft?: string
  id?: string
  disabled?: boolean
  placeholder?: string
  className?: string
}

/**
 * A decimal input that never loses what the user typed: unparseable text stays in the field with
 * its message (and is not sent), parseable text is sent at once, and text that the model refused
 * comes back from the store as `draft`. A dot for decimals; commas group digits as the field's
 * currency displays them, and size words are read (`40 crore`): what was understood is restated
 * under the field (`= 40,00,00,000`) so nothing is taken on trust.
 */
export function NumberField(props: NumberFieldProps) {
  const { label, value, onValue, onDiscard, onRefuse, grouping, currency, describeUnderstood, unit, percent, allowEmpty, hint, error, draft, id, disabled, placeholder, className } = props
  const autoId = useId()
  const fieldId = id ?? autoId
  const locale = localeFromTag(useIntl().locale)
  const t = useT()
  const opts = { percent, allowEmpty, grouping, currency, locale }
  const [text, setText] = useState(() => draft ?? formatNumberInput(value, opts))
  const [focused, setFocused] = useState(false)
  const [seen, setSeen] = useState({ value, draft })
  const session = useRef('')
  const parsed = parseNumberInput(text, opts)

  // Follow outside changes (undo, another field, a refused draft) without rewriting text that
  // already means the stored value, and never over text the user is still fixing.
  if (seen.value !== value || seen.draft !== draft) {
    setSeen({ value, draft })
    if (draft !== undefined) setText(draft)
    else if (parsed.ok && !textMatchesValue(text, value, opts)) setText(formatNumberInput(value, opts))
    else if (!parsed.ok && seen.draft !== undefined) setText(formatNumberInput(value, opts))
  }

  const typingPrefix = focused && /^[+-]?\.?$/.test(text.trim()) && text.trim() !== ''
  const localError = parsed.ok || typingPrefix ? undefined : parsed.message
  const shownError = localError ?? error
  const shownHint = parsed.ok && parsed.understood ? (describeUnderstood && parsed.value !== null ? `= ${describeUnderstood(parsed.value)}` : parsed.understood) : hint

  const discard = () => {
    setText(formatNumberInput(value, opts))
    onDiscard?.()
  }
  // A refused value can be dropped with the mouse too (Escape does the same), back to the stored value.
  const discardButton =
    shownError && onDiscard && !disabled ? (
      <button type="button" className="field-discard" onClick={discard} title={t('ui.discardTitle')}>
        {t('ui.discard')}
      </button>
    ) : undefined

  const newSession = () => (session.current = `${fieldId}:${++sessionSeq}`)
  const change = (next: string) => {
    setText(next)
    const r = parseNumberInput(next, opts)
    if (!r.ok) {
      if (!/^[+-]?\.?$/.test(next.trim())) onRefuse?.(next, r.message)
      return
    }
    if (r.value === value && draft === undefined) return
    onValue(r.value, { text: next, session: session.current || newSession() })
  }
  return (
    <Field id={fieldId} label={label} unit={unit} hint={shownHint} error={shownError} errorAction={discardButton} className={className}>
      <input
        id={fieldId}
        className="input input-number"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={text}
        disabled={disabled}
        placeholder={placeholder}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={describedBy(fieldId, { unit, hint: shownHint, error: shownError })}
        onFocus={() => {
          setFocused(true)
          newSession()
        }}
        onBlur={() => {
          setFocused(false)
          session.current = ''
          if (!parsed.ok && draft !== text) onRefuse?.(text, parsed.message)
          // Tidy "12." to "12" once the user leaves, unless the model refused it (keep their text).
          if (parsed.ok && draft === undefined && textMatchesValue(text, value, opts)) setText(formatNumberInput(value, opts))
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') discard()
        }}
        onChange={(e) => change(e.target.value)}
      />
    </Field>
  )
}
