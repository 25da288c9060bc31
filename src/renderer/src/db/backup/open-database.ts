import { Dexie } from 'dexie'
import { SENTINEL_KEY } from '../database'
import { exportDatabase, type ExportedBackup } from './export'
import { verifyBackup } from './verify'

/**
 * Opening the database at startup, safely (reliability R21, R22, R29; cases 38, 39, 42, 43):
 * - a database that existed before (per the copy of its sentinel kept outside IndexedDB) but is
 *   gone is NOT silently re-created empty: the caller shows the recovery screen;
 * - before any schema upgrade the installed database is exported, the copy verified and written;
 *   if that fails, no upgrade runs;
 * - an upgrade that throws leaves IndexedDB at the old version (the versionchange transaction
 *   aborts) and the caller shows the recovery screen;
 * - an upgrade blocked by another window that keeps an old connection open reports `blocked`
 *   instead of waiting forever;
 * - an open database without its sentinel, or with another one than remembered, is reported.
 */
export type OpenOutcome<D extends Dexie> =
  | { kind: 'ok'; db: D; upgradedFrom: number | null; preUpgradeBackup: ExportedBackup | null }
  | { kind: 'open-failed'; error: unknown }
  | { kind: 'upgrade-failed'; error: unknown; installedVersion: number }
  | { kind: 'backup-failed'; error: unknown; installedVersion: number }
  | { kind: 'blocked'; installedVersion: number; proceed: Promise<OpenOutcome<D>> }
  | { kind: 'newer-version'; installedVersion: number }
  | { kind: 'missing'; reason: 'deleted' }
  | { kind: 'missing'; reason: 'no-sentinel' | 'recreated'; db: D }

export type OpenDatabaseOptions<D extends Dexie> = {
  name: string
  /** The app's database class under `name` (not opened yet). */
  create: (name: string) => D
  appVersion: string
  /** The sentinel `createdAt` remembered from the last run (null on a first run). */
  expectedInstance: string | null
  /** Writes the verified pre-upgrade backup (bridge.backupWrite with reason 'pre-upgrade'). */
  writeBackup: (backup: ExportedBackup) => Promise<void>
  /** Seams for fault injection: existence check and a version-less open of the installed schema. */
  exists?: (name: string) => Promise<boolean>
  openInstalled?: (name: string) => Dexie
  now?: () => Date
}

export async function openDatabase<D extends Dexie>(options: OpenDatabaseOptions<D>): Promise<OpenOutcome<D>> {
  const exists = options.exists ?? ((n: string) => Dexie.exists(n))
  let installed = 0
  let preUpgradeBackup: ExportedBackup | null = null
  const target = options.create(options.name)
  const targetVersion = target.verno

  try {
    if (await exists(options.name)) {
      // Version-less Dexie opens whatever is installed, without upgrading anything.
      const probe = (options.openInstalled ?? ((n: string) => new Dexie(n)))(options.name)
      try {
        await probe.open()
        installed = probe.verno
        if (installed > targetVersion) return { kind: 'newer-version', installedVersion: installed }
        if (installed < targetVersion) {
          try {
            const backup = await exportDatabase(probe, { appVersion: options.appVersion, now: options.now })
            await verifyBackup(backup.bytes, { appVersion: options.appVersion, schemaVersion: installed })
            await options.writeBackup(backup)
            preUpgradeBackup = backup
          } catch (error) {
            return { kind: 'backup-failed', error, installedVersion: installed }
          }
        }
      } finally {
        probe.close()
      }
    } else if (options.expectedInstance !== null) {
      return { kind: 'missing', reason: 'deleted' }
    }
  } catch (error) {
    return { kind: 'open-failed', error }
  }

  let onBlocked: () => void = () => undefined
  const blocked = new Promise<'blocked'>((resolve) => (onBlocked = () => resolve('blocked')))
  target.on('blocked', () => onBlocked())
  try {
    const first = await Promise.race([target.open().then(() => 'open' as const), blocked])
    if (first === 'blocked') {
      // An IndexedDB open cannot be cancelled: once the other window closes, the (already backed-up)
      // upgrade continues. The screen says "close other windows" and continues when `proceed` settles.
      const proceed = target.open().then(
        () => finish(target, options, installed, targetVersion, preUpgradeBackup),
        (error: unknown): OpenOutcome<D> => ({ kind: 'upgrade-failed', error, installedVersion: installed })
      )
      return { kind: 'blocked', installedVersion: installed, proceed }
    }
  } catch (error) {
    target.close()
    return installed > 0 && installed < targetVersion ? { kind: 'upgrade-failed', error, installedVersion: installed } : { kind: 'open-failed', error }
  }

  return finish(target, options, installed, targetVersion, preUpgradeBackup)
}

/** After a successful open: the sentinel decides between "ok" and "this is not the database we had". */
async function finish<D extends Dexie>(target: D, options: OpenDatabaseOptions<D>, installed: number, targetVersion: number, preUpgradeBackup: ExportedBackup | null): Promise<OpenOutcome<D>> {
  try {
    const sentinel = (await target.table('meta').get(SENTINEL_KEY)) as { createdAt?: string } | undefined
    if (!sentinel) return { kind: 'missing', reason: 'no-sentinel', db: target }
    if (options.expectedInstance !== null && sentinel.createdAt !== options.expectedInstance) return { kind: 'missing', reason: 'recreated', db: target }
  } catch (error) {
    target.close()
    return { kind: 'open-failed', error }
  }
  return { kind: 'ok', db: target, upgradedFrom: installed > 0 && installed < targetVersion ? installed : null, preUpgradeBackup }
}
