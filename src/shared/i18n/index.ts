export { DEFAULT_LOCALE, LOCALES, LOCALE_NAMES, isLocale, localeFromTag, type Locale } from './locale'
export { en, type Catalog, type MessageKey } from './messages-en'
export { ja } from './messages-ja'
export { CATALOGS, INTL_LOCALE, intlFor, t, type MessageValues } from './t'
