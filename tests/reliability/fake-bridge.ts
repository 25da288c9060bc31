import type { BackupEntry, BackupRequest, BridgeApi, IpcResult, SaveFileRequest } from '@shared/ipc/contract'

/** The backup part of the bridge, in memory (main's file store has its own tests in tests/main/files). */
export function fakeBackupBridge() {
  const files = new Map<string, { entry: BackupEntry; bytes: Uint8Array }>()
  const saved: SaveFileRequest[] = []
  let seq = 0
  const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value })
  const bridge: Pick<BridgeApi, 'platform' | 'backupWrite' | 'backupList' | 'backupRead' | 'saveFile' | 'openFile'> & { failWrites: boolean } = {
    platform: 'electron',
    failWrites: false,
    async backupWrite(req: BackupRequest) {
      if (bridge.failWrites) return { ok: false, error: { code: 'io-error', message: 'ENOSPC: no space left on device' } }
      seq += 1
      const entry: BackupEntry = { id: `b${seq}`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(), sizeBytes: req.bytes.byteLength, reason: req.reason }
      files.set(entry.id, { entry, bytes: req.bytes })
      return ok(entry)
    },
    backupList: async () => ok([...files.values()].map((f) => f.entry)),
    async backupRead(id: string) {
      const f = files.get(id)
      return f ? ok({ name: `${id}.json`, bytes: f.bytes }) : { ok: false, error: { code: 'not-found', message: 'gone' } }
    },
    async saveFile(req: SaveFileRequest) {
      saved.push(req)
      return ok({ name: req.suggestedName })
    },
    openFile: async () => ({ ok: false, cancelled: true })
  }
  return { bridge, files, saved }
}

export function memoryPrefs() {
  const m = new Map<string, string>()
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), map: m }
}
