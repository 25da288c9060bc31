import { Decimal, DECIMAL_STRING_PATTERN, toDecimalString } from '@shared/decimal'

/**
 * Model messages speak the model's units: a fraction field refuses "1.2" with "must be ≥ 0 and ≤ 1".
 * A percent widget shows 120, so its bounds are restated in percent ("must be ≥ 0 % and ≤ 100 %").
 * Only bound messages are rewritten; anything else passes through unchanged.
 */
export function percentMessage(message: string): string {
  if (!/^must be [<>≤≥]/.test(message)) return message
  return message.replace(/([<>≤≥]) (-?\d+(?:\.\d+)?)/g, (_, op: string, n: string) =>
    DECIMAL_STRING_PATTERN.test(n) ? `${op} ${toDecimalString(new Decimal(n).times(100))} %` : `${op} ${n}`
  )
}
