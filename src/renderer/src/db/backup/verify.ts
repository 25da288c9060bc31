import { jsonNestingDepth } from '@shared/json/safe-json'
import { decodeUtf8 } from '@shared/text/decode-utf8'
import { NotSerialisableError, canonicalJson, sha256Hex } from './canonical'
import { BackupError, isNewerVersion, manifestSchema, MAX_BACKUP_BYTES, MAX_BACKUP_DEPTH, type BackupDocument } from './format'

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
const damaged = (why: string) => new BackupError('damaged', `Backup incomplete or damaged (${why}) — nothing was restored.`)

export type VerifyOptions = { appVersion: string; schemaVersion: number }

/**
 * Everything a restore checks BEFORE any database is touched, in this order: size, UTF-8, nesting,
 * a full JSON.parse (a cut anywhere fails here or at the checksum), the manifest's shape, the
 * version (a newer app or schema is refused), the checksum over the canonical data, and the row
 * counts per table. Throws BackupError; returns the parsed document.
 *
 * Row SHAPES are checked later, against the schema the rows will live in (after upgraders ran).
 */
export async function verifyBackup(bytes: Uint8Array, options: VerifyOptions): Promise<BackupDocument> {
  if (bytes.byteLength === 0) throw new BackupError('empty', 'The backup file is empty — nothing was restored.')
  if (bytes.byteLength > MAX_BACKUP_BYTES) throw new BackupError('too-large', `The backup file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB — nothing was restored.`)
  const decoded = decodeUtf8(bytes)
  if (!decoded.ok) throw damaged(`not valid UTF-8 text at byte offset ${decoded.offset}`)
  const text = decoded.text
  if (jsonNestingDepth(text, MAX_BACKUP_DEPTH) > MAX_BACKUP_DEPTH) throw damaged('structure too deep')
  let parsed: unknown
  try {
    parsed = JSON.parse(text, (key, value: unknown) => (RESERVED_KEYS.has(key) ? undefined : value))
  } catch {
    throw damaged('not complete JSON')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !('manifest' in parsed))
    throw new BackupError('not-backup', 'This is not a Bankable backup file — nothing was restored.')
  const { manifest: rawManifest, data } = parsed as { manifest: unknown; data: unknown }
  const m = manifestSchema.safeParse(rawManifest)
  if (!m.success) throw new BackupError('not-backup', `This is not a Bankable backup file (manifest ${m.error.issues[0]?.path.join('.') ?? ''}: ${m.error.issues[0]?.message ?? 'invalid'}) — nothing was restored.`)
  const manifest = m.data
  if (manifest.schemaVersion > options.schemaVersion || isNewerVersion(manifest.appVersion, options.appVersion))
    throw new BackupError('newer-version', `This backup was created by a newer version of Bankable (${manifest.appVersion}) — update the app to restore it. Nothing was restored.`)
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw damaged('no data section')
  const tables = data as Record<string, unknown>
  for (const [name, rows] of Object.entries(tables)) if (!Array.isArray(rows)) throw damaged(`table ${name} is not a list`)
  const rowsByTable = tables as Record<string, unknown[]>

  let canonical: string
  try {
    canonical = canonicalJson(rowsByTable)
  } catch (e) {
    // JSON.parse reads a literal like 1e999 as Infinity: no row may hold it, and it has no canonical form.
    if (e instanceof NotSerialisableError) throw damaged(`a number out of range at ${e.path}`)
    throw e
  }
  if ((await sha256Hex(canonical)) !== manifest.sha256) throw damaged('checksum mismatch')
  const names = new Set([...Object.keys(manifest.tables), ...Object.keys(rowsByTable)])
  for (const name of names) {
    const expected = manifest.tables[name]
    const actual = rowsByTable[name]?.length
    if (expected !== actual) throw damaged(`row count mismatch in ${name}: expected ${expected ?? 'none'}, found ${actual ?? 'none'}`)
    if (manifest.schema[name] === undefined) throw damaged(`no schema for table ${name}`)
  }
  return { manifest, data: rowsByTable }
}
