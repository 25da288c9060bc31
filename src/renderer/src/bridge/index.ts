import type { BridgeApi } from '@shared/ipc/contract'
import { createWebBackupStore } from '@renderer/db/web-backup-store'
import { version } from '@root/package.json'
import { createWebBridge } from './web-bridge'

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the renderer runs as a web page. */
    bankable?: BridgeApi
  }
}

let cached: BridgeApi | null = null

/** The preload's bridge in Electron, else the web implementation. Only store actions call this. */
export function getBridge(): BridgeApi {
  cached ??= window.bankable ?? createWebBridge(createWebBackupStore(), version)
  return cached
}
