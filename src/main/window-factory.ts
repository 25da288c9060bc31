/**
 * The ONLY place a BrowserWindow is created (R1; tests/arch enforces it). Every window gets the same
 * locked-down webPreferences: isolated, sandboxed, no Node anywhere, web security on. The options are
 * written as one literal at the constructor call so static scanners (electronegativity) can read them.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'

export type WindowFactoryOptions = { preloadPath: string; iconPath?: string; title: string }

export type BrowserWindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow

/** Creates a window with the secure options and shows it once the first paint is ready (no white flash). */
export function createSecureWindow(BrowserWindow: BrowserWindowConstructor, options: WindowFactoryOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 640,
    title: options.title,
    show: false,
    backgroundColor: '#0f172a',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click would open links as new windows outside setWindowOpenHandler's usual path.
      disableBlinkFeatures: 'Auxclick'
    }
  })
  window.once('ready-to-show', () => window.show())
  return window
}
