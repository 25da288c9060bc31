import { RepositoryError } from '@renderer/db/errors'
import { t, type Locale } from '@shared/i18n'

/** A sentence for the user from any failure, in the app's language: typed storage errors already carry one. */
export function messageOf(e: unknown, locale: Locale = 'en'): string {
  if (e instanceof RepositoryError) return e.message
  if (e instanceof Error) return t(locale, 'store.failed', { message: e.message })
  return t(locale, 'store.failedPlain')
}
