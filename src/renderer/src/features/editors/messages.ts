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

/** The schema's sanity limit on amounts (1e15, see model/primitives): no plant's figure comes near it. */
const HUGE = '1000000000000000'

/**
 * "must be ≥ 0 and ≤ 1000000000000000" reads like a bug to a user: the sanity limit is dropped from
 * a bound message when a real bound remains, and named plainly when it is the only one broken.
 */
export function plainBounds(message: string): string {
  const only = new RegExp(`^must be (≥ -${HUGE} and )?≤ ${HUGE}$|^must be ≥ -${HUGE}$`)
  if (only.test(message)) return 'is beyond the model’s limit of 10^15'
  return message.replace(` and ≤ ${HUGE}`, '').replace(`must be ≥ -${HUGE} and `, 'must be ')
}
