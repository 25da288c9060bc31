/**
 * Session-wide guards: every permission denied (R7), every network request cancelled (R13) and every
 * download cancelled, so the app stays offline even if a library or a crafted file tries to fetch or
 * save something.
 */
import { isTrustedOrigin } from './origin'

/** Schemes the renderer legitimately requests: our bundle, inline data, in-memory blobs, devtools. */
const LOCAL_SCHEMES = new Set(['app:', 'data:', 'blob:', 'devtools:', 'chrome-devtools:'])

/**
 * True when a request must be cancelled: anything that is not a local scheme (http, https, ws, wss,
 * ftp, file, smb, …), except the loopback dev server (and its HMR websocket) in development.
 */
export function shouldCancelRequest(url: string, trustedOrigins: readonly string[]): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return true
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return false
  if (parsed.protocol === 'http:' && isTrustedOrigin(url, trustedOrigins)) return false
  if (parsed.protocol === 'ws:') {
    const asHttp = `http://${parsed.host}`
    return !(trustedOrigins.includes(asHttp) && /^(localhost|127\.0\.0\.1|\[::1\])$/.test(parsed.hostname))
  }
  return true
}

export type SessionLike = {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void
  }
  on(event: 'will-download', listener: (event: DownloadEventLike, item: DownloadItemLike) => void): unknown
}

export type DownloadEventLike = { preventDefault(): void }
export type DownloadItemLike = { cancel(): void; getURL(): string }

/**
 * `will-download`: the app starts no download. Exports and backups are written by the main process
 * after a save dialog (src/main/files), never through the session's download manager, so any
 * download (a `<a download>`, a blob or data URL, a navigation to a file) is one the app did not
 * start: it is prevented and cancelled, and reported.
 */
export function cancelDownload(event: DownloadEventLike, item: DownloadItemLike, onBlocked?: (url: string, what: 'download') => void): void {
  event.preventDefault()
  item.cancel()
  onBlocked?.(item.getURL(), 'download')
}

export function hardenSession(session: SessionLike, trustedOrigins: readonly string[], onBlocked?: (url: string, what: 'request' | 'download') => void): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    const cancel = shouldCancelRequest(details.url, trustedOrigins)
    if (cancel) onBlocked?.(details.url, 'request')
    callback({ cancel })
  })
  session.on('will-download', (event, item) => cancelDownload(event, item, onBlocked))
}
