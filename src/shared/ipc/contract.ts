/**
 * The one typed contract between the renderer and the main process. The preload implements it with
 * one function per channel (`satisfies BridgeApi`); the renderer's web fallback implements the same
 * type with downloads and file inputs. Main validates every payload against `ipc/schemas.ts`.
 *
 * Bytes cross as Uint8Array (structured clone keeps it); money never crosses as Decimal.
 */

export const IPC_CHANNELS = {
  appInfo: 'app:info',
  openFile: 'file:open',
  saveFile: 'file:save',
  printToPdf: 'pdf:print',
  backupWrite: 'backup:write',
  backupList: 'backup:list',
  backupRead: 'backup:read',
  /** main → renderer: a menu item or shortcut was chosen. */
  menuCommand: 'menu:command'
} as const
export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS]

export type FileKind = 'project' | 'review' | 'xlsx' | 'csv' | 'pdf' | 'backup' | 'json'

export type IpcError = { code: 'invalid-payload' | 'forbidden-sender' | 'io-error' | 'too-large' | 'not-found' | 'internal'; message: string }
export type IpcResult<T> = { ok: true; value: T } | { ok: false; cancelled?: false; error: IpcError } | { ok: false; cancelled: true }

export type AppInfo = { name: string; version: string; platform: 'electron' | 'web'; os: string }

export type OpenFileRequest = { kinds: FileKind[]; title?: string }
export type OpenedFile = { name: string; bytes: Uint8Array }

export type SaveFileRequest = { kind: FileKind; suggestedName: string; bytes: Uint8Array }
export type SavedFile = { name: string }

export type PrintToPdfRequest = { suggestedName: string; pageSize: 'A4' | 'Letter'; landscape: boolean }

export type BackupRequest = { bytes: Uint8Array; reason: 'auto' | 'manual' | 'pre-upgrade' }
export type BackupEntry = { id: string; createdAt: string; sizeBytes: number; reason: BackupRequest['reason'] }

export const MENU_COMMANDS = [
  'new-project', 'open-project', 'open-for-review', 'save-project-as', 'export-excel', 'export-sheet-pdf',
  'undo', 'redo', 'backup-now', 'restore-backup', 'about'
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

/** What the renderer sees as `window.bankable`. */
export type BridgeApi = {
  readonly platform: 'electron' | 'web'
  appInfo(): Promise<IpcResult<AppInfo>>
  openFile(req: OpenFileRequest): Promise<IpcResult<OpenedFile>>
  saveFile(req: SaveFileRequest): Promise<IpcResult<SavedFile>>
  printToPdf(req: PrintToPdfRequest): Promise<IpcResult<SavedFile>>
  backupWrite(req: BackupRequest): Promise<IpcResult<BackupEntry>>
  backupList(): Promise<IpcResult<BackupEntry[]>>
  backupRead(id: string): Promise<IpcResult<OpenedFile>>
  /** Subscribe to menu commands; returns the unsubscribe function. The callback receives data only. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

/** Limits main enforces on payloads (the renderer checks them first for a friendlier message). */
export const IPC_LIMITS = {
  maxFileBytes: 50 * 1024 * 1024,
  maxNameLength: 200
} as const
