import { INTL_LOCALE, type Locale } from '@shared/i18n'

/**
 * When a backup was made, in the reader's language (#20). English keeps the browser's own
 * `toLocaleString()` as it always showed; Japanese reads `2026年12月2日 14:05` through Intl.
 */
export function whenText(iso: string, locale: Locale): string {
  const d = new Date(iso)
  if (locale === 'en') return d.toLocaleString()
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeStyle: 'short' }).format(d)
}
