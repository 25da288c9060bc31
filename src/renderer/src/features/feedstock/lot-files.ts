import { importRows, moreProblems } from '@shared/import'
import { parseJsonSafely } from '@shared/json/safe-json'
import { decodeUtf8 } from '@shared/text/decode-utf8'

/**
 * Reading lot files the user picks: a lot-file JSON (one lot, or an array of lots — the format the
 * CLI `lot` command reads), or a spreadsheet (.xlsx/.csv) in the catalyst or black-mass lot template.
 * Returns raw lots (the repository validates them again) or the problems, each with its place.
 */
export type LotFileRead = { ok: true; lots: unknown[] } | { ok: false; problems: string[] }

export function readLotFile(name: string, bytes: Uint8Array, sheetKind: 'catalyst-lots' | 'black-mass-lots'): LotFileRead {
  if (/\.json$/i.test(name)) {
    const decoded = decodeUtf8(bytes)
    if (!decoded.ok) return { ok: false, problems: [`${name}: ${decoded.message}`] }
    const parsed = parseJsonSafely(decoded.text)
    if (!parsed.ok) return { ok: false, problems: [`${name}: ${parsed.path === '(file)' ? '' : `${parsed.path} `}${parsed.message}`] }
    return { ok: true, lots: Array.isArray(parsed.value) ? parsed.value : [parsed.value] }
  }
  const r = importRows(bytes, name, sheetKind)
  if (r.ok) return { ok: true, lots: [...r.value] }
  if ('errors' in r) {
    // Eight lines fit the card; the count says how much more there is to fix (the list is capped).
    const shown = r.errors.slice(0, 8).map((e) => `${e.sheet} row ${e.row}, ${e.column}: ${e.message}`)
    const more = moreProblems(r.errors.length - shown.length + r.omitted)
    return { ok: false, problems: more ? [...shown, more] : shown }
  }
  return { ok: false, problems: [r.message] }
}
