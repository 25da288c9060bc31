import { useEffect, useState } from 'react'
import { Button } from '@renderer/ui'
import { exportReadable, findLatestVerified, restoreLatest, startFresh, type FailedOutcome, type LatestBackup, type RecoveryDeps } from './recovery-actions'
import { describeOutcome } from './recovery-text'
import { t as translate, type MessageKey, type MessageValues } from '@shared/i18n'
import { storedLocale } from '@renderer/store/language'
import { whenText } from '@renderer/features/backups/when-text'
import './recovery.css'

export type RecoveryScreenProps = { outcome: FailedOutcome; deps: RecoveryDeps; reload: () => void }

type Busy = null | 'restore' | 'export' | 'fresh'

/**
 * Shown INSTEAD of the app when the database cannot be used as it is — never a silent empty start
 * (reliability R29). Offers: restore the latest verified backup, export what can be read, or start
 * fresh (only after a second, explicit confirmation).
 */
export function RecoveryScreen({ outcome, deps, reload }: RecoveryScreenProps) {
  // Shown instead of the app, outside its language provider: the language the app would speak, from preferences.
  const locale = storedLocale(deps.prefs, typeof navigator === 'undefined' ? undefined : navigator.language)
  const t = (key: MessageKey, values?: MessageValues) => translate(locale, key, values)
  const text = describeOutcome(outcome, locale)
  const [latest, setLatest] = useState<LatestBackup | 'loading'>('loading')
  const [refused, setRefused] = useState<string[]>([])
  const [busy, setBusy] = useState<Busy>(null)
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string } | null>(null)
  const [confirmFresh, setConfirmFresh] = useState(false)

  useEffect(() => {
    findLatestVerified(deps).then(
      (r) => {
        setLatest(r.latest)
        setRefused(r.refused)
      },
      (e: unknown) => {
        setLatest(null)
        setRefused([e instanceof Error ? e.message : String(e)])
      }
    )
  }, [deps])

  useEffect(() => {
    // Blocked by another window: continue as soon as that window lets go.
    if (outcome.kind === 'blocked') void outcome.proceed.then(() => reload())
  }, [outcome, reload])

  async function run(kind: Exclude<Busy, null>, work: () => Promise<string | null>) {
    setBusy(kind)
    setMessage(null)
    try {
      const done = await work()
      if (done) setMessage({ tone: 'info', text: done })
    } catch (e) {
      setMessage({ tone: 'error', text: e instanceof Error ? e.message : String(e) })
    } finally {
      setBusy(null)
    }
  }

  const found = latest !== 'loading' ? latest : null
  return (
    <main className="recovery-screen" id="main" tabIndex={-1} data-recovery={outcome.kind}>
      <h1>{text.title}</h1>
      <p>{text.body}</p>
      {text.detail && <p className="recovery-detail">{t('dbrecovery.detail', { detail: text.detail })}</p>}
      {message && (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={`recovery-message recovery-${message.tone}`}>
          {message.text}
        </p>
      )}
      <div className="recovery-actions">
        <section>
          <h2>{t('dbrecovery.restore.heading')}</h2>
          {latest === 'loading' ? (
            <p>{t('dbrecovery.restore.looking')}</p>
          ) : found ? (
            <p>{t('dbrecovery.restore.found', { when: whenText(found.entry.createdAt, locale) })}</p>
          ) : (
            <p>{t('dbrecovery.restore.none', { refused: refused.length })}</p>
          )}
          <Button
            variant="primary"
            disabled={!found || busy !== null || outcome.kind === 'blocked'}
            onClick={() =>
              found &&
              void run('restore', async () => {
                await restoreLatest(outcome, found, deps)
                reload()
                return null
              })
            }
          >
            {busy === 'restore' ? t('dbrecovery.restore.restoring') : t('dbrecovery.restore.button')}
          </Button>
          {refused.length > 0 && (
            <details>
              <summary>{t('dbrecovery.restore.refused')}</summary>
              <ul>
                {refused.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </details>
          )}
        </section>
        <section>
          <h2>{t('dbrecovery.export.heading')}</h2>
          <p>{t('dbrecovery.export.body')}</p>
          <Button
            disabled={busy !== null || outcome.kind === 'blocked'}
            onClick={() =>
              void run('export', async () => {
                const r = await exportReadable(deps)
                const rows = Object.values(r.tables).reduce((a, b) => a + b, 0)
                if (!r.savedAs) return t('dbrecovery.export.cancelled')
                return r.unreadable.length ? t('dbrecovery.export.savedUnreadable', { rows, file: r.savedAs, tables: r.unreadable.join(', ') }) : t('dbrecovery.export.saved', { rows, file: r.savedAs })
              })
            }
          >
            {busy === 'export' ? t('dbrecovery.export.exporting') : t('dbrecovery.export.button')}
          </Button>
        </section>
        <section>
          <h2>{t('dbrecovery.fresh.heading')}</h2>
          <p>{t('dbrecovery.fresh.body')}</p>
          {confirmFresh ? (
            <Button
              variant="danger"
              disabled={busy !== null}
              onClick={() =>
                void run('fresh', async () => {
                  await startFresh(outcome, deps)
                  reload()
                  return null
                })
              }
            >
              {t('dbrecovery.fresh.confirm', { action: text.fresh.toLowerCase() })}
            </Button>
          ) : (
            <Button variant="danger" disabled={busy !== null || outcome.kind === 'blocked'} onClick={() => setConfirmFresh(true)}>
              {t('dbrecovery.fresh.ask', { action: text.fresh })}
            </Button>
          )}
        </section>
      </div>
    </main>
  )
}
