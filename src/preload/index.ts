/**
 * The preload exposes `window.bankable`: a frozen object with exactly one function per channel
 * (`satisfies BridgeApi`). No ipcRenderer, no generic invoke(channel), and menu listeners receive the
 * command string only — never the IpcRendererEvent, whose `sender` would leak ipcRenderer (R10).
 */
import { contextBridge, ipcRenderer } from 'electron'
import type { IpcRendererEvent } from 'electron'
import { IPC_CHANNELS, MENU_COMMANDS, type BridgeApi, type MenuCommand } from '@shared/ipc/contract'

// Imported from the contract rather than zod's schemas to keep the sandboxed preload bundle tiny.
const isMenuCommand = (value: unknown): value is MenuCommand => typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value)

const bridgeApi = Object.freeze({
  platform: 'electron',
  appInfo: () => ipcRenderer.invoke(IPC_CHANNELS.appInfo),
  openFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.openFile, request),
  saveFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request),
  printToPdf: (request) => ipcRenderer.invoke(IPC_CHANNELS.printToPdf, request),
  backupWrite: (request) => ipcRenderer.invoke(IPC_CHANNELS.backupWrite, request),
  backupList: () => ipcRenderer.invoke(IPC_CHANNELS.backupList),
  backupRead: (id) => ipcRenderer.invoke(IPC_CHANNELS.backupRead, id),
  onMenuCommand: (listener) => {
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command)
    }
    ipcRenderer.on(IPC_CHANNELS.menuCommand, forward)
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, forward)
    }
  }
} satisfies BridgeApi)

contextBridge.exposeInMainWorld('bankable', bridgeApi)
