import { LOCALES, LOCALE_NAMES, localeFromTag } from '@shared/i18n'
import { useT } from '@renderer/i18n'
import { useAppStore, type LanguagePreference } from '@renderer/store'

/**
 * The app's language (#20): the system's until the reader picks one, kept on this device like the
 * theme. Each language is named in itself (日本語, English) so a reader lost in the other finds theirs.
 */
export function LanguageSwitch() {
  const t = useT()
  const preference = useAppStore((s) => s.languagePreference)
  const setLanguage = useAppStore((s) => s.setLanguage)
  const systemName = LOCALE_NAMES[localeFromTag(typeof navigator === 'undefined' ? undefined : navigator.language)]
  return (
    <select className="switcher language-switch" aria-label={t('language.group')} title={t('language.title')} value={preference} onChange={(e) => setLanguage(e.target.value as LanguagePreference)}>
      <option value="system">{t('language.system', { name: systemName })}</option>
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={l}>
          {LOCALE_NAMES[l]}
        </option>
      ))}
    </select>
  )
}
