import type { BridgeApi, MenuCommand } from '@shared/ipc/contract'
import type { DatabaseOptions } from '@renderer/db/database'
import { createAppStore } from '@renderer/store'
import { freshName, openRepo } from '../db/helpers'

/** A bridge that records calls and lets a test fire menu commands. */
export function fakeBridge() {
  const listeners = new Set<(c: MenuCommand) => void>()
  const notImplemented = async () => ({ ok: false as const, error: { code: 'internal' as const, message: 'not in tests' } })
  const bridge: BridgeApi = {
    platform: 'web',
    appInfo: notImplemented,
    openFile: notImplemented,
    saveFile: notImplemented,
    printToPdf: notImplemented,
    backupWrite: notImplemented,
    backupList: notImplemented,
    backupRead: notImplemented,
    onMenuCommand(l) {
      listeners.add(l)
      return () => listeners.delete(l)
    }
  }
  return { bridge, fire: (c: MenuCommand) => listeners.forEach((l) => l(c)) }
}

/** An in-memory stand-in for localStorage. */
export function memoryPrefs() {
  const m = new Map<string, string>()
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) }
}

/** `bridge`: parts of the bridge to replace (the rest is `fakeBridge`'s). */
export function makeStore(options: DatabaseOptions & { name?: string; persisted?: boolean; prefs?: ReturnType<typeof memoryPrefs>; nowMs?: () => number; bridge?: Partial<BridgeApi>; systemLanguage?: string } = {}) {
  const name = options.name ?? freshName()
  const { db, repo } = openRepo(name, options)
  const fake = fakeBridge()
  const bridge: BridgeApi = { ...fake.bridge, ...options.bridge }
  const fire = fake.fire
  const reloads: number[] = []
  const persisted = options.persisted ?? true
  const store = createAppStore({
    repo,
    bridge,
    storage: { persisted: async () => persisted, persist: async () => persisted },
    reload: () => reloads.push(1),
    prefs: options.prefs,
    now: options.nowMs,
    systemLanguage: options.systemLanguage
  })
  return { store, db, repo, fire, reloads, name }
}

/** A store with one open project. */
export async function withOpenProject(options: Parameters<typeof makeStore>[0] = {}) {
  const ctx = makeStore(options)
  await ctx.store.getState().start()
  const id = (await ctx.store.getState().createProject({ name: 'Pune black mass', currency: 'USD' }))!
  await ctx.store.getState().openProject(id)
  return { ...ctx, id }
}
