import type { ReactNode } from 'react'
import { IntlProvider } from 'react-intl'
import { CATALOGS, INTL_LOCALE } from '@shared/i18n'
import { useAppStore } from '@renderer/store'

/**
 * The app's language (#20): react-intl's provider over the same catalogs src/shared's `t` reads,
 * in the language the reader chose (or the system's). A bad message throws rather than showing a
 * key: the catalog test is where it must be caught.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const locale = useAppStore((s) => s.locale)
  return (
    <IntlProvider
      locale={INTL_LOCALE[locale]}
      messages={CATALOGS[locale]}
      onError={(e) => {
        throw e
      }}
    >
      {children}
    </IntlProvider>
  )
}
