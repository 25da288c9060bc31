import type { Project, ValidationIssue } from '@shared/model'
import { readProjectFile, writeProjectFile } from '@shared/model/project-file'
import { decodeUtf8 } from '@shared/text/decode-utf8'
import { t, type Locale } from '@shared/i18n'

/**
 * Bytes ⇄ project for the file actions. Reading goes through `readProjectFile` (size and depth limits,
 * prototype keys stripped, migrations, strict schema); anything refused becomes ONE message naming
 * the file and the first problems, and nothing is stored.
 */
export type ReadOutcome = { ok: true; doc: Project } | { ok: false; message: string }

const MAX_LISTED = 3

export function describeRefusal(fileName: string, issues: readonly ValidationIssue[], locale: Locale = 'en'): string {
  const listed = issues.slice(0, MAX_LISTED).map((i) => `${i.path} ${i.message}`)
  return t(locale, 'filecmd.refused', { fileName, problems: listed.join('; '), more: Math.max(0, issues.length - MAX_LISTED) })
}

/** `locale`: the language of the refusal (the file's own problems stay as the schema words them). */
export function readProjectBytes(fileName: string, bytes: Uint8Array, locale: Locale = 'en'): ReadOutcome {
  const decoded = decodeUtf8(bytes)
  if (!decoded.ok) return { ok: false, message: describeRefusal(fileName, [{ path: '(file)', message: t(locale, 'filecmd.notText', { reason: decoded.message }) }], locale) }
  const r = readProjectFile(decoded.text)
  return r.ok ? { ok: true, doc: r.value } : { ok: false, message: describeRefusal(fileName, r.issues, locale) }
}

export const projectFileBytes = (doc: Project): Uint8Array => new TextEncoder().encode(writeProjectFile(doc))

/** A portable file name from the project name: letters, digits, dashes. */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 80)
  return stem || 'project'
}

export const projectFileName = (doc: Project): string => `${fileStem(doc.name)}.bankable.json`
export const excelFileName = (doc: Project): string => `${fileStem(doc.name)}-model.xlsx`
