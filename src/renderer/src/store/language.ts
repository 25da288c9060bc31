import { isLocale, localeFromTag, type Locale } from '@shared/i18n'
import type { LanguagePreference } from './types'

/** Where the reader's language choice is kept on this device, beside the theme. */
export const LANGUAGE_KEY = 'bankable.language'

export const isLanguagePreference = (v: unknown): v is LanguagePreference => v === 'system' || isLocale(v)

/** The stored choice, or `system` when none (or an old, hand-edited value) is stored. */
export function storedLanguagePreference(prefs: Pick<Storage, 'getItem'> | undefined): LanguagePreference {
  const stored = prefs?.getItem(LANGUAGE_KEY)
  return isLanguagePreference(stored) ? stored : 'system'
}

/** The language for a choice: the chosen one, else the system's (English when the system's is not offered). */
export const localeOfPreference = (preference: LanguagePreference, systemLanguage: string | undefined): Locale => (preference === 'system' ? localeFromTag(systemLanguage) : preference)

/**
 * The app's language read straight from preferences, for a screen shown before (or instead of) the
 * store — the database recovery screen — so it speaks the language the app would.
 */
export const storedLocale = (prefs: Pick<Storage, 'getItem'> | undefined, systemLanguage: string | undefined): Locale => localeOfPreference(storedLanguagePreference(prefs), systemLanguage)
