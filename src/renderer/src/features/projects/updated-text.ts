import type { Locale, MessageKey, MessageValues } from '@shared/i18n'
import { INTL_LOCALE } from '@shared/i18n'
import { formatUpdated } from '@renderer/format/money'

type T = (key: MessageKey, values?: MessageValues) => string

/**
 * When a project was last saved, for the list (#20). English is `formatUpdated` as it always was
 * (the browser's own date style); Japanese reads `今日 14:05` or `2026年12月2日`, through Intl in
 * the local time zone (a save at 00:30 belongs to that local day).
 */
export function updatedText(iso: string, t: T, locale: Locale, now: Date = new Date()): string {
  if (locale === 'en') return formatUpdated(iso, now)
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return '—'
  if (d.toDateString() === now.toDateString()) return t('projects.today', { time: new Intl.DateTimeFormat(INTL_LOCALE[locale], { hour: '2-digit', minute: '2-digit' }).format(d) })
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long' }).format(d)
}
