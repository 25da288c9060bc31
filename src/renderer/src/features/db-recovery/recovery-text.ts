import { t, type Locale } from '@shared/i18n'
import type { FailedOutcome } from './recovery-actions'

const errorText = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e))

/** Title and explanation for each way opening can fail; `detail` is the technical reason, shown small (and never translated: it is the error as the browser gave it). */
export function describeOutcome(o: FailedOutcome, locale: Locale = 'en'): { title: string; body: string; detail: string | null; fresh: string } {
  switch (o.kind) {
    case 'open-failed':
      return {
        title: t(locale, 'dbrecovery.openFailed.title'),
        body: t(locale, 'dbrecovery.openFailed.body'),
        detail: errorText(o.error),
        fresh: t(locale, 'dbrecovery.openFailed.fresh')
      }
    case 'upgrade-failed':
      return {
        title: t(locale, 'dbrecovery.upgradeFailed.title'),
        body: t(locale, 'dbrecovery.upgradeFailed.body', { version: String(o.installedVersion) }),
        detail: errorText(o.error),
        fresh: t(locale, 'dbrecovery.fresh.delete')
      }
    case 'backup-failed':
      return {
        title: t(locale, 'dbrecovery.backupFailed.title'),
        body: t(locale, 'dbrecovery.backupFailed.body'),
        detail: errorText(o.error),
        fresh: t(locale, 'dbrecovery.fresh.delete')
      }
    case 'blocked':
      return {
        title: t(locale, 'dbrecovery.blocked.title'),
        body: t(locale, 'dbrecovery.blocked.body'),
        detail: null,
        fresh: t(locale, 'dbrecovery.fresh.delete')
      }
    case 'newer-version':
      return {
        title: t(locale, 'dbrecovery.newer.title'),
        body: t(locale, 'dbrecovery.newer.body'),
        detail: t(locale, 'dbrecovery.newer.detail', { version: String(o.installedVersion) }),
        fresh: t(locale, 'dbrecovery.fresh.delete')
      }
    case 'missing':
      return {
        title: t(locale, 'dbrecovery.missing.title'),
        body: t(locale, o.reason === 'deleted' ? 'dbrecovery.missing.deleted' : o.reason === 'recreated' ? 'dbrecovery.missing.recreated' : 'dbrecovery.missing.noSentinel'),
        detail: null,
        fresh: t(locale, o.reason === 'deleted' ? 'dbrecovery.fresh.empty' : 'dbrecovery.fresh.continue')
      }
  }
}
