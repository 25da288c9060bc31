import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { version } from '@root/package.json'
import { getBridge } from './bridge'
import { BankableDb, DB_NAME } from './db/database'
import { openDatabase } from './db/backup/open-database'
import { createRepository } from './db/repository'
import { createBackupService, writeBackup } from './features/backups/backup-service'
import { BackupsDialog } from './features/backups/BackupsDialog'
import { installBackups } from './features/backups/install'
import { ConflictDialog } from './features/conflict/ConflictDialog'
import { DB_INSTANCE_PREF_KEY } from './features/db-recovery/recovery-actions'
import { RecoveryScreen } from './features/db-recovery/RecoveryScreen'
import { initStore } from './store'
import { App } from './app/App'
import { I18nProvider } from './i18n/I18nProvider'
// Noto Sans JP (OFL-1.1), bundled so Japanese prints offline: only the japanese subset, regular and bold (#20).
import '@fontsource/noto-sans-jp/japanese-400.css'
import '@fontsource/noto-sans-jp/japanese-700.css'

import { warmModelWorker } from './model/use-model-result'
import './styles/tokens.css'
import './styles/base.css'
import './styles/ui.css'
import './styles/layout.css'

// Composition root: the only place that wires Dexie, the bridge and the store together.
const bridge = getBridge()
const prefs = window.localStorage
const root = createRoot(document.getElementById('root')!)
const reload = () => location.reload()
const openAppDb = (name: string) => new BankableDb(name)

async function boot(): Promise<void> {
  // Never a silent empty start, and a verified backup before any schema upgrade (reliability R22, R29).
  const outcome = await openDatabase({
    name: DB_NAME,
    create: openAppDb,
    appVersion: version,
    expectedInstance: prefs.getItem(DB_INSTANCE_PREF_KEY),
    writeBackup: (b) => writeBackup(bridge, b, 'pre-upgrade').then(() => undefined)
  })
  if (outcome.kind !== 'ok') {
    root.render(
      <StrictMode>
        <RecoveryScreen outcome={outcome} deps={{ name: DB_NAME, appVersion: version, bridge, prefs, openAppDb }} reload={reload} />
      </StrictMode>
    )
    document.documentElement.setAttribute('data-status', 'recovery')
    return
  }

  const repo = createRepository(outcome.db)
  const store = initStore({ repo, bridge, storage: navigator.storage, prefs, systemLanguage: navigator.language })
  const backups = createBackupService({ db: outcome.db, bridge, appVersion: version, openAppDb })
  installBackups(store, backups, bridge)
  root.render(
    <StrictMode>
      <I18nProvider>
        <App />
        <BackupsDialog service={backups} bridge={bridge} reload={reload} />
        <ConflictDialog repo={repo} />
      </I18nProvider>
    </StrictMode>
  )
  await store.getState().start()
  document.documentElement.setAttribute('data-status', 'ready')
  // The engine's worker starts once the list is drawn and the page is idle, so the first project opens on a warm worker.
  if ('requestIdleCallback' in window) window.requestIdleCallback(() => warmModelWorker(), { timeout: 2000 })
  else setTimeout(warmModelWorker, 0)
}

void boot()
