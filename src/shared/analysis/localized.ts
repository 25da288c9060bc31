import { t, type Locale, type MessageKey } from '../i18n'
import type { DriverKind } from './drivers'

/**
 * The analysis' words in a reader's language (#20): why a figure is n/a and what a sensitivity driver
 * is called. The engine writes its reasons in English (tests and the CLI pin them); other languages
 * look the reason up here by its English text, so the engine stays free of locale.
 */
const NA_REASONS: Readonly<Record<string, MessageKey>> = {
  'no debt service to test': 'analysis.na.noDebtServiceToTest',
  'not computed': 'analysis.na.notComputed',
  'not a finite number': 'analysis.na.notFinite',
  'no supply contracts': 'analysis.na.noSupplyContracts',
  'no feed processed in the loan life': 'analysis.na.noFeedInLoanLife',
  'no revenue in this year': 'analysis.na.noRevenueYear',
  'no revenue in the period(s)': 'analysis.na.noRevenuePeriods',
  'no plant capacity set': 'analysis.na.noCapacity',
  'no capacity available in any operating period': 'analysis.na.noCapacityAvailable',
  'no debt': 'analysis.na.noDebt',
  'no debt drawn': 'checklist.reason.noDebt',
  'no debt service in this year': 'analysis.na.noDebtServiceYear',
  'no debt service in this period': 'analysis.na.noDebtServicePeriod',
  'the financing terms have no lock-up': 'analysis.na.noLockup',
  'the financing terms have no cash sweep': 'analysis.na.noSweep',
  'cumulative project cash flow never turns non-negative': 'analysis.na.neverPaysBack',
  'no debt outstanding at COD': 'analysis.na.noDebtAtCod',
  'debt at COD is below one minor unit of the currency': 'analysis.na.debtBelowMinorUnit',
  'no repayment period with debt service': 'analysis.na.noRepaymentPeriod',
  'no operating period with debt service': 'analysis.na.noOperatingPeriod',
  'the project carries no debt': 'analysis.na.carriesNoDebt',
  'construction period': 'analysis.na.construction',
  'debt service below one minor unit': 'analysis.na.debtServiceBelowMinorUnit',
  'all cash flows are positive or zero: no IRR': 'analysis.na.allPositive',
  'all cash flows are negative or zero: no IRR': 'analysis.na.allNegative',
  'NPV changes sign only outside −99.99 % … +1,000,000 % per period': 'analysis.na.irrOutOfRange'
}

/**
 * An n/a reason in `locale`: English unchanged; otherwise the catalog's message for a known reason,
 * the IRR's "several rates" reason by its shape (its rates vary), else a plain "not available" —
 * never English words on a Japanese page.
 */
export function naReasonText(reason: string, locale: Locale): string {
  if (locale === 'en') return reason
  const key = NA_REASONS[reason]
  if (key) return t(locale, key)
  if (/rates give NPV = 0/.test(reason)) return t(locale, 'analysis.na.irrAmbiguous')
  return t(locale, 'analysis.na.unknown')
}

/** A sensitivity driver's name: English is the driver's own label (`Pt price`), others the catalog's. */
export function driverLabelText(d: { kind?: DriverKind | undefined; label: string; productName?: string | undefined }, locale: Locale): string {
  if (locale === 'en' || d.kind === undefined) return d.label
  if (d.kind === 'priceProduct') return t(locale, 'analysis.driver.priceProduct', { name: d.productName ?? d.label })
  return t(locale, `analysis.driver.${d.kind}`)
}

/**
 * A driver's name from its id, for the sensitivity drivers (`price:<product>`, `capex` …) and the
 * exposure drivers (`metal:Pt`, `fx:INR`, `byproducts`) alike: English is the driver's own label;
 * another language the catalog's, a product by its name (`products`: the project's). An id not known
 * here keeps its label.
 */
export function driverIdLabelText(d: { id: string; label: string }, products: readonly { id: string; name: string }[], locale: Locale): string {
  if (locale === 'en') return d.label
  const [head, rest] = d.id.includes(':') ? [d.id.slice(0, d.id.indexOf(':')), d.id.slice(d.id.indexOf(':') + 1)] : [d.id, '']
  if (head === 'price' && rest === 'all') return t(locale, 'analysis.driver.priceAll')
  if (head === 'price') {
    const product = products.find((p) => p.id === rest)
    return product ? t(locale, 'analysis.driver.priceProduct', { name: product.name }) : d.label
  }
  if (head === 'metal') return t(locale, 'shared.driver.metal', { metal: rest })
  if (head === 'fx' && rest !== '') return t(locale, 'shared.driver.fx', { currency: rest })
  if (head === 'byproducts') return t(locale, 'shared.driver.byproducts')
  const kinds: readonly DriverKind[] = ['volume', 'recovery', 'feedstockCost', 'capex', 'opex', 'interestRate', 'fx']
  const kind = kinds.find((k) => k === d.id)
  return kind ? t(locale, `analysis.driver.${kind}`) : d.label
}
