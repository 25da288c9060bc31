/**
 * Guards applied to every WebContents the app creates (R5, R6; checklist items 12–15): no navigation
 * off the trusted origins, no new windows, no <webview>, and external links only to https hosts on an
 * exact allow-list, handed to the OS browser.
 */
import { EXTERNAL_HOST_ALLOWLIST } from './constants'
import { isTrustedOrigin } from './origin'

/** True only for `https:` URLs without credentials or custom port whose hostname is exactly on the allow-list. */
export function isAllowedExternalUrl(url: string, allowlist: readonly string[] = EXTERNAL_HOST_ALLOWLIST): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol !== 'https:') return false
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return false
  return allowlist.includes(parsed.hostname)
}

type PreventableEvent = { preventDefault(): void }
/** Electron passes the URL as the second argument (deprecated) and on `event.url` (newer); we accept both. */
type NavigationListener = (event: PreventableEvent & { url?: string }, url?: string) => void

export type WebContentsLike = {
  on(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', listener: NavigationListener): unknown
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
}

export type NavigationGuardDeps = {
  trustedOrigins: readonly string[]
  openExternal: (url: string) => Promise<void>
  onBlocked?: (what: string, url: string) => void
}

export function guardNavigation(deps: NavigationGuardDeps): NavigationListener {
  return (event, urlArgument) => {
    const url = event.url ?? urlArgument ?? ''
    if (!isTrustedOrigin(url, deps.trustedOrigins)) {
      event.preventDefault()
      deps.onBlocked?.('navigation', url)
    }
  }
}

export function windowOpenHandler(deps: NavigationGuardDeps): (details: { url: string }) => { action: 'deny' } {
  return ({ url }) => {
    if (isAllowedExternalUrl(url)) void deps.openExternal(url).catch(() => deps.onBlocked?.('open-external-failed', url))
    else deps.onBlocked?.('window-open', url)
    return { action: 'deny' }
  }
}

export function hardenWebContents(contents: WebContentsLike, deps: NavigationGuardDeps): void {
  const guard = guardNavigation(deps)
  contents.on('will-navigate', guard)
  contents.on('will-frame-navigate', guard)
  contents.on('will-redirect', guard)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(windowOpenHandler(deps))
}
