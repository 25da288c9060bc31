import { useEffect, useState } from 'react'
import { Button } from '@renderer/ui'
import { exportReadable, findLatestVerified, restoreLatest, startFresh, type FailedOutcome, type LatestBackup, type RecoveryDeps } from './recovery-actions'
import { describeOutcome } from './recovery-text'
import './recovery.css'

export type RecoveryScreenProps = { outcome: FailedOutcome; deps: RecoveryDeps; reload: () => void }

type Busy = null | 'restore' | 'export' | 'fresh'

/**
 * Shown INSTEAD of the app when the database cannot be used as it is — never a silent empty start
 * (reliability R29). Offers: restore the latest verified backup, export what can be read, or start
 * fresh (only after a second, explicit confirmation).
 */
export function RecoveryScreen({ outcome, deps, reload }: RecoveryScreenProps) {
  const text = describeOutcome(outcome)
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
      {text.detail && <p className="recovery-detail">Technical detail: {text.detail}</p>}
      {message && (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={`recovery-message recovery-${message.tone}`}>
          {message.text}
        </p>
      )}
      <div className="recovery-actions">
        <section>
          <h2>Restore the latest backup</h2>
          {latest === 'loading' ? (
            <p>Looking for backups…</p>
          ) : found ? (
            <p>Latest verified backup: {new Date(found.entry.createdAt).toLocaleString()} (checksum and row counts checked).</p>
          ) : (
            <p>No verified backup was found{refused.length > 0 ? ` (${refused.length} could not be used)` : ''}.</p>
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
            {busy === 'restore' ? 'Restoring…' : 'Restore this backup'}
          </Button>
          {refused.length > 0 && (
            <details>
              <summary>Backups that could not be used</summary>
              <ul>
                {refused.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </details>
          )}
        </section>
        <section>
          <h2>Export what can be read</h2>
          <p>Saves every row that can still be read as a backup file, without changing anything.</p>
          <Button
            disabled={busy !== null || outcome.kind === 'blocked'}
            onClick={() =>
              void run('export', async () => {
                const r = await exportReadable(deps)
                const rows = Object.values(r.tables).reduce((a, b) => a + b, 0)
                if (!r.savedAs) return 'Export cancelled.'
                return `Saved ${rows} rows to ${r.savedAs}.${r.unreadable.length ? ` Could not read: ${r.unreadable.join(', ')}.` : ''}`
              })
            }
          >
            {busy === 'export' ? 'Exporting…' : 'Export to a file…'}
          </Button>
        </section>
        <section>
          <h2>Start fresh</h2>
          <p>Only if you have no backup you need. What can still be read is kept as a backup first.</p>
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
              Yes — {text.fresh.toLowerCase()}
            </Button>
          ) : (
            <Button variant="danger" disabled={busy !== null || outcome.kind === 'blocked'} onClick={() => setConfirmFresh(true)}>
              {text.fresh}…
            </Button>
          )}
        </section>
      </div>
    </main>
  )
}
