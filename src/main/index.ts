/**
 * Main-process entry: only wiring. Every decision lives in a small module with injected
 * dependencies (see the imports) so it is unit-tested without the Electron binary.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron'
import type { IpcMainInvokeEvent } from 'electron'
import { promises as fsPromises, readFile, realpath, stat } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { IPC_CHANNELS, IPC_LIMITS, type MenuCommand } from '@shared/ipc/contract'
import { APP_ENTRY_URL, APP_SCHEME, BACKUP_DIR_NAME, BACKUPS_KEPT_PER_REASON, USER_DATA_DIR_NAME } from './constants'
import { createAppProtocolHandler, registerAppScheme, type ProtocolFs } from './app-protocol'
import { createBackupStore } from './files/backup-store'
import { createHandlers, registerHandlers } from './ipc/handlers'
import { isTrustedSender } from './ipc/sender'
import { buildMenuTemplate } from './menu'
import { hardenWebContents } from './navigation'
import { trustedOriginsFor } from './origin'
import { hardenSession } from './session-guards'
import { ensureSingleInstance } from './single-instance'
import { createSecureWindow } from './window-factory'

const isDev = !app.isPackaged
const devServerUrl = isDev ? process.env.ELECTRON_RENDERER_URL : undefined
const trustedOrigins = trustedOriginsFor(app.isPackaged, devServerUrl)
const rendererRoot = join(__dirname, '../renderer')
const preloadPath = join(__dirname, '../preload/index.js')
const iconPath = join(__dirname, '../../resources/icon.png')

// The callback fs functions are the ones Electron's asar layer patches, so the bundle can be read from app.asar.
const bundleFs: ProtocolFs = {
  realpath: promisify(realpath) as ProtocolFs['realpath'],
  stat: promisify(stat) as ProtocolFs['stat'],
  readFile: promisify(readFile) as ProtocolFs['readFile']
}

const warn = (what: string, detail: unknown): void => console.warn(`[bankable] ${what}:`, detail)

let mainWindow: BrowserWindow | null = null

function openMainWindow(): BrowserWindow {
  const window = createSecureWindow(BrowserWindow, { preloadPath, iconPath, title: 'Bankable' })
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  void window.loadURL(devServerUrl ?? APP_ENTRY_URL)
  mainWindow = window
  return window
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow
  if (target && !target.isDestroyed()) target.webContents.send(IPC_CHANNELS.menuCommand, command)
}

async function onReady(): Promise<void> {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(bundleFs, rendererRoot))
  hardenSession(session.defaultSession, trustedOrigins, (url, what) => warn(`blocked ${what}`, url))

  const backups = createBackupStore({
    fs: fsPromises,
    directory: join(app.getPath('userData'), BACKUP_DIR_NAME),
    keepPerReason: BACKUPS_KEPT_PER_REASON,
    maxBytes: IPC_LIMITS.maxFileBytes
  })
  await backups.init().catch((error: unknown) => warn('backup folder', error))

  const handlers = createHandlers<IpcMainInvokeEvent, BrowserWindow>({
    appInfo: () => ({ name: app.getName(), version: app.getVersion(), platform: 'electron', os: process.platform }),
    fs: fsPromises,
    dialog,
    windowFor: (event) => BrowserWindow.fromWebContents(event.sender),
    printerFor: (event) => event.sender,
    backups
  })
  registerHandlers(ipcMain, handlers, (event) => isTrustedSender(event, BrowserWindow.getAllWindows(), trustedOrigins), (method, error) => warn(`ipc ${method}`, error))

  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isMac: process.platform === 'darwin', isDev, appName: 'Bankable', send: sendMenuCommand })))
  openMainWindow()
}

// Before ready: the scheme must be privileged, the sandbox forced and the userData folder pinned (R30).
registerAppScheme(protocol)
app.enableSandbox()
app.setPath('userData', join(app.getPath('appData'), USER_DATA_DIR_NAME))

if (ensureSingleInstance(app, () => mainWindow)) {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { trustedOrigins, openExternal: (url) => shell.openExternal(url), onBlocked: (what, url) => warn(`blocked ${what}`, url) })
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
  })
  app.whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      // Without the protocol, IPC or window the app is unusable: say so and exit instead of idling invisibly.
      warn('startup', error)
      dialog.showErrorBox('Bankable could not start', error instanceof Error ? error.message : String(error))
      app.quit()
    })
}
