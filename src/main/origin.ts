import { APP_HOST, APP_ORIGIN, APP_SCHEME } from './constants'

/**
 * The origin Chromium gives a URL, computed without Chromium. Node's WHATWG URL reports 'null' for
 * every non-special scheme (it does not know app:// is registered as standard), so app: is handled
 * explicitly; anything unparsable or opaque (file:, data:, javascript:, blob:…) yields null.
 */
export function originOf(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol === `${APP_SCHEME}:`) {
    // Chromium lower-cases standard-scheme hosts; reject credentials or ports outright.
    if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return null
    return `${APP_SCHEME}://${parsed.host.toLowerCase()}`
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.origin
  return null
}

/** True when `url` belongs to one of the trusted origins (app://bundle, plus the dev server in development). */
export function isTrustedOrigin(url: string, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(url)
  return origin !== null && trustedOrigins.includes(origin)
}

/** The dev-server origin from electron-vite (`ELECTRON_RENDERER_URL`), only honoured when unpackaged. */
export function trustedOriginsFor(isPackaged: boolean, devServerUrl: string | undefined): readonly string[] {
  if (isPackaged || !devServerUrl) return [APP_ORIGIN]
  const devOrigin = originOf(devServerUrl)
  // The dev server must be loopback; a remote URL in the environment must not become trusted.
  if (devOrigin === null || !/^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(devOrigin)) return [APP_ORIGIN]
  return [APP_ORIGIN, devOrigin]
}

export const isAppHost = (host: string): boolean => host === APP_HOST
