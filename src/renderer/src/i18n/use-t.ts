import { useCallback } from 'react'
import { useIntl } from 'react-intl'
import type { MessageKey, MessageValues } from '@shared/i18n'

/**
 * The renderer's message function: `const t = useT(); t('nav.allProjects')`. Keys are typed by the
 * English catalog, so a misspelt key does not compile.
 */
export function useT(): (key: MessageKey, values?: MessageValues) => string {
  const intl = useIntl()
  return useCallback((key: MessageKey, values?: MessageValues) => intl.formatMessage({ id: key }, values), [intl])
}
