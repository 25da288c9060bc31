/**
 * The languages Bankable speaks (#20). English is the source; Japanese is for the Japan–India
 * partnerships this product serves (JBIC, NEXI, trading houses). Hindi can follow by adding a tag
 * here and a catalog typed like `ja`.
 */
export const LOCALES = ['en', 'ja'] as const
export type Locale = (typeof LOCALES)[number]

/** English until the reader or the system says otherwise: old preferences and files keep their text. */
export const DEFAULT_LOCALE: Locale = 'en'

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value)

/**
 * The app's language for a BCP 47 tag from the system (`navigator.language`): `ja`, `ja-JP` → ja;
 * anything else (en-IN, hi-IN, de) → English, the language every message exists in.
 */
export function localeFromTag(tag: string | null | undefined): Locale {
  if (!tag) return DEFAULT_LOCALE
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0]
  return isLocale(primary) ? primary : DEFAULT_LOCALE
}

/** The language's own name, for the switch: a reader who cannot read the current language still finds theirs. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ja: '日本語' }
