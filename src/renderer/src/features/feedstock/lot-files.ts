import { importLotRows, moreProblems, type LotTarget, type OnProgress } from '@shared/import'
import { parseJsonSafely } from '@shared/json/safe-json'
import { parseLotFile } from '@shared/lot'
import { decodeUtf8 } from '@shared/text/decode-utf8'
import type { Translate } from '../editors/translate'

/**
 * Reading lot files the user picks: a lot-file JSON (one lot, or an array of lots — the format the
 * CLI `lot` command reads), or a spreadsheet (.xlsx/.csv) in the catalyst or black-mass lot template.
 * Returns raw lots (the repository validates them again) or the problems, each with its place.
 * Runs in the import worker (src/renderer/src/workers/import.worker.ts); `onProgress` reports rows
 * of a spreadsheet (a JSON file is one JSON.parse, with no progress). Keep it free of React and DOM.
 */
export type LotFileRead = { ok: true; lots: unknown[]; template?: LotTarget } | { ok: false; problems: string[] }

const TEMPLATE_NAME: Record<LotTarget, string> = { 'catalyst-lots': 'catalyst', 'black-mass-lots': 'black-mass' }

/**
 * A spreadsheet is read in the lot template its header row is in (detected; `sheetKind` only when the
 * header names neither, and then the problems say so).
 */
export function readLotFile(name: string, bytes: Uint8Array, sheetKind: LotTarget, options: { onProgress?: OnProgress } = {}): LotFileRead {
  if (/\.json$/i.test(name)) {
    const decoded = decodeUtf8(bytes)
    if (!decoded.ok) return { ok: false, problems: [`${name}: ${decoded.message}`] }
    const parsed = parseJsonSafely(decoded.text)
    if (!parsed.ok) return { ok: false, problems: [`${name}: ${parsed.path === '(file)' ? '' : `${parsed.path} `}${parsed.message}`] }
    return { ok: true, lots: Array.isArray(parsed.value) ? parsed.value : [parsed.value] }
  }
  const { target, detected, result: r } = importLotRows(bytes, name, sheetKind, { onProgress: options.onProgress })
  if (r.ok) return { ok: true, lots: [...r.value], template: target }
  if ('errors' in r) {
    // Eight lines fit the card; the count says how much more there is to fix (the list is capped).
    const shown = r.errors.slice(0, 8).map((e) => `${e.sheet} row ${e.row}, ${e.column}: ${e.message}`)
    const more = moreProblems(r.errors.length - shown.length + r.omitted)
    const lead = detected ? [] : [`${name}: the header row names neither lot template's columns (catalyst: Net wet kg, Pt ppm…; black mass: Dry tonnes, Ni %…); read as ${TEMPLATE_NAME[target]} lots:`]
    return { ok: false, problems: [...lead, ...shown, ...(more ? [more] : [])] }
  }
  return { ok: false, problems: [r.message] }
}

/**
 * Each lot read checked against the lot schema, as the repository will check it again: a read whose
 * lots are all valid is returned as it is, else the problems (up to four per lot, each with its lot).
 * Done in the import worker too, so a large sheet is not validated a second time on the UI thread.
 */
export function checkLotFile(read: LotFileRead): LotFileRead {
  if (!read.ok) return read
  const invalid = read.lots.flatMap((l, i) => {
    const r = parseLotFile(l)
    return r.ok ? [] : r.issues.slice(0, 4).map((x) => `lot ${i + 1}: ${x.path} ${x.message}`)
  })
  return invalid.length ? { ok: false, problems: invalid } : read
}

/** The line under the card while a file is read in the worker ("Reading rows… 12,000 of 40,000"). */
export function importProgressText(progress: { done: number; total: number } | null, t: Translate): string {
  if (!progress) return t('feedstock.lots.readingFile')
  return t('feedstock.lots.readingRows', { done: progress.done.toLocaleString('en-US'), total: progress.total.toLocaleString('en-US') })
}
