/**
 * Constants the app's data depends on. IndexedDB is keyed by origin and Electron's storage by the
 * userData directory: changing either silently "loses" every project (electron/electron#37702), so
 * both are guarded by tests/main/constants.test.ts and any change needs a tested data migration (R30).
 */

export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}` as const
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html` as const

/** Folder name under the OS app-data directory (e.g. ~/.config/Bankable). */
export const USER_DATA_DIR_NAME = 'Bankable'
export const BACKUP_DIR_NAME = 'backups'
/** Rotating backups kept per reason (auto / manual / pre-upgrade), so a burst of auto backups never evicts a pre-upgrade one. */
export const BACKUPS_KEPT_PER_REASON = 10

/**
 * Content-Security-Policy sent as a response header on every app:// response (a <meta> CSP would
 * silently ignore frame-ancestors). style-src keeps 'unsafe-inline' ONLY because React `style={}`
 * props and recharts write inline style attributes; scripts never get 'unsafe-inline' or 'unsafe-eval'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

/** Hosts `shell.openExternal` may open (https only, exact hostname match: no suffix or subdomain matching). */
export const EXTERNAL_HOST_ALLOWLIST: readonly string[] = Object.freeze([
  'www.lbma.org.uk',
  'www.lme.com',
  'www.iea.org',
  'www.epa.gov',
  'eur-lex.europa.eu',
  'github.com'
])
