import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl'
import { en, type MessageKey } from './messages-en'
import { ja } from './messages-ja'
import type { Locale } from './locale'

/** Every catalog by locale; the renderer's provider and src/shared's `t` read the same objects. */
export const CATALOGS: Record<Locale, Record<MessageKey, string>> = { en, ja }

/** The Intl locale each language formats with (CLDR plural rules, number and date patterns). */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', ja: 'ja-JP' }

/** Values an ICU message takes: text and numbers (plurals, `#`). */
export type MessageValues = Record<string, string | number>

const cache = createIntlCache()
const intls = new Map<Locale, IntlShape<string>>()

/** One FormatJS intl object per locale, built once (it caches its parsed messages). */
export function intlFor(locale: Locale): IntlShape<string> {
  let intl = intls.get(locale)
  // Stryker disable next-line ConditionalExpression: equivalent, building the intl object every call gives the same messages (the cache saves time only)
  if (!intl) {
    // A bad message is a bug in the catalog, caught by the catalog test; at run time it must not be swallowed.
    intl = createIntl({ locale: INTL_LOCALE[locale], messages: CATALOGS[locale], onError: (e) => { throw e } }, cache)
    intls.set(locale, intl)
  }
  return intl
}

/**
 * A message in the locale, for src/shared (the project sheet, the review memo, the Excel labels):
 * `t('ja', 'count.projects', { count: 3 })` → `3件のプロジェクト`. Keys are typed: a key not in the
 * English catalog does not compile.
 */
export const t = (locale: Locale, key: MessageKey, values?: MessageValues): string => intlFor(locale).formatMessage({ id: key }, values)
