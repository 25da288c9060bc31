import { Decimal } from '@shared/decimal'
import { CURRENCIES, type Currency } from '@shared/model'
import { formatMoney } from '@renderer/format/money'
import { compactMoney } from '../results/metric-cards'

/**
 * The reading aid under a money input: the amount in the currency's grouping, without `.00` when
 * it is whole (crore-size capex with paise is noise), and its size in words once counting zeros
 * gets error-prone: `₹3,60,00,00,000 · 360 crore`, `$25,000,000 · 25 million`.
 */
export function moneyHint(value: string, currency: Currency): string {
  const d = new Decimal(value)
  const full = formatMoney(value, currency, d.isInteger() ? { decimals: 0 } : {})
  if (d.abs().lt(currency === 'INR' ? '1e5' : '1e6')) return full
  return `${full} · ${compactMoney(d, currency).replace(/ [A-Z]{3}$/, '')}`
}

/** The currency a unit such as `INR/t` or `USD/toz` is priced in, if it is one. */
export function currencyOfUnit(unit: string | undefined): Currency | undefined {
  const code = unit ? /^([A-Z]{3})(?:\/|$)/.exec(unit)?.[1] : undefined
  return (CURRENCIES as readonly string[]).includes(code ?? '') ? (code as Currency) : undefined
}
