import { IPC_LIMITS, type BridgeApi, type FileKind, type IpcResult, type MenuCommand } from '@shared/ipc/contract'
import type { WebBackupStore } from '@renderer/db/web-backup-store'
import { ACCEPT, downloadBytes, mimeFor } from './download'
import { commandForKey, isTextEditingTarget } from './shortcuts'

/**
 * The bridge when the renderer runs as a plain web page (tests, `npm run web`). Differences from
 * the desktop app, by design:
 * - open: a hidden `<input type=file>`; save: a browser download (no native dialog, no chosen path);
 * - printToPdf: the browser's print dialog (choose "Save as PDF"); the result name is only a hint;
 * - backups: downloaded as a file AND kept (last 10) in a separate IndexedDB database — no rotating
 *   files on disk as main writes them in the desktop app;
 * - menu commands: keyboard shortcuts on the window (see shortcuts.ts), no native menu.
 */
const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value })
const cancelled = { ok: false, cancelled: true } as const

function pickFile(kinds: FileKind[]): Promise<IpcResult<{ name: string; bytes: Uint8Array }>> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = kinds.map((k) => ACCEPT[k]).join(',')
    input.style.display = 'none'
    const done = (r: IpcResult<{ name: string; bytes: Uint8Array }>) => {
      input.remove()
      resolve(r)
    }
    input.addEventListener('cancel', () => done(cancelled))
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      if (!file) return done(cancelled)
      if (file.size > IPC_LIMITS.maxFileBytes)
        return done({ ok: false, error: { code: 'too-large', message: `The file is larger than ${IPC_LIMITS.maxFileBytes / 1024 / 1024} MB.` } })
      file.arrayBuffer().then(
        (buf) => done(ok({ name: file.name, bytes: new Uint8Array(buf) })),
        (e: unknown) => done({ ok: false, error: { code: 'io-error', message: `Could not read the file (${String(e)})` } })
      )
    })
    document.body.appendChild(input)
    input.click()
  })
}

export function createWebBridge(backups: WebBackupStore, version: string): BridgeApi {
  return {
    platform: 'web',
    appInfo: async () => ok({ name: 'Bankable', version, platform: 'web', os: navigator.userAgent }),
    openFile: (req) => pickFile(req.kinds),
    async saveFile(req) {
      downloadBytes(req.bytes, req.suggestedName, mimeFor(req.kind))
      return ok({ name: req.suggestedName })
    },
    async printToPdf(req) {
      window.print()
      return ok({ name: req.suggestedName })
    },
    async backupWrite(req) {
      try {
        const entry = await backups.add(req)
        downloadBytes(req.bytes, `${entry.id}.json`, 'application/json')
        return ok(entry)
      } catch (e) {
        return { ok: false, error: { code: 'io-error', message: `Could not keep the backup (${String(e)})` } }
      }
    },
    backupList: async () => ok(await backups.list()),
    async backupRead(id) {
      const found = await backups.read(id)
      return found ? ok(found) : { ok: false, error: { code: 'not-found', message: 'That backup no longer exists.' } }
    },
    onMenuCommand(listener: (command: MenuCommand) => void) {
      const onKey = (e: KeyboardEvent) => {
        const cmd = commandForKey(e)
        if (!cmd) return
        if ((cmd === 'undo' || cmd === 'redo') && isTextEditingTarget(e.target)) return
        e.preventDefault()
        listener(cmd)
      }
      window.addEventListener('keydown', onKey)
      return () => window.removeEventListener('keydown', onKey)
    }
  }
}
