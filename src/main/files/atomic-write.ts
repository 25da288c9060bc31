/**
 * Crash-safe file writes (R28): bytes go to a temp file in the target's own folder, are fsync'ed,
 * then renamed over the target (rename is atomic on one filesystem), then the folder is fsync'ed so
 * the rename itself survives a power cut. A crash at any point leaves either the old file or the new
 * one, never a torn mix; a stale temp file is the only possible leftover and is swept on start.
 */
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import type { promises as fsPromises } from 'node:fs'

/** The slice of `node:fs/promises` the main process uses; injected so tests can simulate crashes. */
export type FileSystem = Pick<typeof fsPromises, 'open' | 'rename' | 'unlink' | 'readdir' | 'stat' | 'readFile' | 'mkdir' | 'realpath'>

export const TEMP_SUFFIX = '.bankable-tmp'

export function tempPathFor(targetPath: string, random: () => string = () => randomBytes(6).toString('hex')): string {
  return join(dirname(targetPath), `.${basename(targetPath)}.${random()}${TEMP_SUFFIX}`)
}

export async function writeFileAtomic(fs: FileSystem, targetPath: string, bytes: Uint8Array): Promise<void> {
  const tempPath = tempPathFor(targetPath)
  let renamed = false
  try {
    // 'wx' refuses to follow or reuse an existing path, so a planted symlink cannot redirect the write.
    const handle = await fs.open(tempPath, 'wx', 0o600)
    try {
      let offset = 0
      while (offset < bytes.byteLength) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset)
        if (bytesWritten <= 0) throw new Error('write made no progress')
        offset += bytesWritten
      }
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(tempPath, targetPath)
    renamed = true
    await syncDirectory(fs, dirname(targetPath))
  } finally {
    if (!renamed) await fs.unlink(tempPath).catch(() => undefined)
  }
}

/** fsync a directory so a rename in it is durable. Windows cannot open directories: best effort. */
async function syncDirectory(fs: FileSystem, directory: string): Promise<void> {
  let handle: Awaited<ReturnType<FileSystem['open']>> | undefined
  try {
    handle = await fs.open(directory, 'r')
    await handle.sync()
  } catch {
    // Not supported on this platform/filesystem; the file itself is already fsync'ed.
  } finally {
    await handle?.close().catch(() => undefined)
  }
}

/** Delete temp files left by a crash between temp write and rename. Returns the names removed. */
export async function sweepStaleTempFiles(fs: FileSystem, directory: string): Promise<string[]> {
  let names: string[]
  try {
    names = await fs.readdir(directory)
  } catch {
    return []
  }
  const stale = names.filter((name) => name.startsWith('.') && name.endsWith(TEMP_SUFFIX))
  for (const name of stale) await fs.unlink(join(directory, name)).catch(() => undefined)
  return stale
}
