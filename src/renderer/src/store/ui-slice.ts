import type { MenuCommand } from '@shared/ipc/contract'
import type { SliceArgs } from './deps'
import type { GuideState, ThemePreference, UiSlice } from './types'
import { DISPLAY_UNITS, type DisplayUnit } from '@shared/format/display-unit'
import type { Currency } from '@shared/model'
import { t } from '@shared/i18n'
import { isLanguagePreference, LANGUAGE_KEY, localeOfPreference, storedLanguagePreference } from './language'
import type { LanguagePreference } from './types'

/** The stored choices, each kept only if its currency offers it (a hand-edited or old value is dropped). */
function readDisplayUnits(text: string | null | undefined): Partial<Record<Currency, DisplayUnit>> {
  try {
    const raw: unknown = text ? JSON.parse(text) : {}
    if (raw === null || typeof raw !== 'object') return {}
    const out: Partial<Record<Currency, DisplayUnit>> = {}
    for (const c of Object.keys(DISPLAY_UNITS) as Currency[]) {
      const u = (raw as Record<string, unknown>)[c]
      if (typeof u === 'string' && (DISPLAY_UNITS[c] as readonly string[]).includes(u)) out[c] = u as DisplayUnit
    }
    return out
  } catch {
    return {}
  }
}

const THEME_KEY = 'bankable.theme'
const DISPLAY_UNITS_KEY = 'bankable.displayUnits'
const PERSIST_WARNING_KEY = 'bankable.persistWarningDismissedAt'
/** A copy of the database's creation sentinel kept OUTSIDE IndexedDB, to notice a silent reset. */
const DB_INSTANCE_KEY = 'bankable.dbInstanceCreatedAt'
/** A dismissed storage warning comes back after this long: backups stay worth a reminder. */
export const PERSIST_WARNING_SNOOZE_MS = 14 * 24 * 60 * 60 * 1000
const isTheme = (v: unknown): v is ThemePreference => v === 'system' || v === 'light' || v === 'dark'
/** The first-run guide: shown to a user with no projects until dismissed; Help reopens it. */
const GUIDE_KEY = 'bankable.guide'
const isGuide = (v: unknown): v is GuideState => v === 'open' || v === 'dismissed'

/** Theme, toasts, banners, dialogs, startup and menu-command routing. */
export function createUiSlice({ set, get, deps }: SliceArgs): UiSlice {
  let toastSeq = 0
  const handlers = new Map<MenuCommand, () => void>()
  const stored = deps.prefs?.getItem(THEME_KEY)
  const now = deps.now ?? Date.now
  const languagePreference = storedLanguagePreference(deps.prefs)
  const localeOf = (preference: LanguagePreference) => localeOfPreference(preference, deps.systemLanguage)

  const builtIn: Partial<Record<MenuCommand, () => void>> = {
    undo: () => get().undo(),
    redo: () => get().redo(),
    'new-project': () => get().openDialog('create-project')
  }

  /**
   * Browsers and Electron updates have been seen to delete or recreate IndexedDB (reliability.md
   * §2.6); Dexie then starts an empty database without a word. The creation sentinel, compared
   * with the copy kept in preferences, turns that into a visible warning pointing at backups.
   */
  async function checkDatabaseInstance() {
    try {
      const sentinel = await deps.repo.sentinel()
      const known = deps.prefs?.getItem(DB_INSTANCE_KEY) ?? null
      if (!sentinel)
        get().showBanner({ id: 'db-reset', tone: 'error', dismissible: true, message: t(get().locale, 'store.dbNoSentinel'), text: { key: 'store.dbNoSentinel' } })
      else if (known !== null && known !== sentinel.createdAt)
        get().showBanner({ id: 'db-reset', tone: 'error', dismissible: true, message: t(get().locale, 'store.dbReset'), text: { key: 'store.dbReset' } })
      if (sentinel) deps.prefs?.setItem(DB_INSTANCE_KEY, sentinel.createdAt)
    } catch {
      // A stale window already shows its own banner.
    }
  }

  return {
    theme: isTheme(stored) ? stored : 'system',
    guide: (() => {
      const g = deps.prefs?.getItem(GUIDE_KEY)
      return isGuide(g) ? g : 'unseen'
    })(),
    displayUnits: readDisplayUnits(deps.prefs?.getItem(DISPLAY_UNITS_KEY)),
    languagePreference,
    locale: localeOf(languagePreference),
    toasts: [],
    banners: [],
    dialog: null,
    persistence: null,
    writesBlocked: false,

    setTheme(theme) {
      deps.prefs?.setItem(THEME_KEY, theme)
      set({ theme })
    },
    setGuide(guide) {
      deps.prefs?.setItem(GUIDE_KEY, guide)
      set({ guide })
    },
    setDisplayUnit(currency, unit) {
      if (!DISPLAY_UNITS[currency].includes(unit)) return
      const displayUnits = { ...get().displayUnits, [currency]: unit }
      deps.prefs?.setItem(DISPLAY_UNITS_KEY, JSON.stringify(displayUnits))
      set({ displayUnits })
    },
    setLanguage(preference) {
      if (!isLanguagePreference(preference)) return
      deps.prefs?.setItem(LANGUAGE_KEY, preference)
      set({ languagePreference: preference, locale: localeOf(preference) })
    },
    pushToast(toast) {
      const id = ++toastSeq
      set((s) => ({ toasts: [...s.toasts.slice(-3), { ...toast, id }] }))
      return id
    },
    dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
    showBanner: (banner) => set((s) => ({ banners: [...s.banners.filter((b) => b.id !== banner.id), banner] })),
    dismissBanner(id) {
      if (id === 'not-persistent') deps.prefs?.setItem(PERSIST_WARNING_KEY, String(now()))
      set((s) => (s.banners.some((b) => b.id === id) ? { banners: s.banners.filter((b) => b.id !== id) } : {}))
    },
    openDialog: (dialog) => set({ dialog }),

    async start() {
      const reload = deps.reload ?? (() => location.reload())
      deps.repo.onStale(() => {
        set({ writesBlocked: true })
        get().showBanner({
          id: 'stale-window',
          tone: 'error',
          message: t(get().locale, 'store.staleWindow'),
          text: { key: 'store.staleWindow' },
          dismissible: false,
          action: { label: t(get().locale, 'store.reload'), labelKey: 'store.reload', run: reload }
        })
      })
      deps.bridge.onMenuCommand((cmd) => get().runCommand(cmd))
      await get().loadProjects()
      await checkDatabaseInstance()
      try {
        const persistence = await deps.repo.requestPersistence(deps.storage)
        set({ persistence })
        const dismissedAt = Number(deps.prefs?.getItem(PERSIST_WARNING_KEY) ?? NaN)
        const snoozed = Number.isFinite(dismissedAt) && now() - dismissedAt < PERSIST_WARNING_SNOOZE_MS
        if (!persistence.persisted && !snoozed)
          get().showBanner({
            id: 'not-persistent',
            tone: 'warning',
            message: t(get().locale, 'store.notPersistent'),
            text: { key: 'store.notPersistent' },
            dismissible: true
          })
      } catch {
        // Recording the answer failed (e.g. stale window): the stale banner already says why.
      }
    },

    runCommand(command) {
      const handler = handlers.get(command) ?? builtIn[command]
      if (handler) handler()
      else get().pushToast({ tone: 'info', message: t(get().locale, 'store.notAvailable', { command: command.replace(/-/g, ' ') }) })
    },

    registerCommand(command, handler) {
      handlers.set(command, handler)
      return () => {
        if (handlers.get(command) === handler) handlers.delete(command)
      }
    }
  }
}
