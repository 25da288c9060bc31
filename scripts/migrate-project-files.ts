/**
 * Brings committed project files (samples, test fixtures) up to the current project-file version
 * through the app's own migration chain, so no number is ever edited by hand. Each file keeps its
 * layout (indentation, key order, escaping, final newline): the script first checks that it can
 * re-write the file as it is byte for byte, and refuses a file it cannot, so the diff shows only
 * what the migration changed. The result must pass the schema before anything is written.
 *
 * Run: `npx tsx scripts/migrate-project-files.ts FILE...` (`--check` writes nothing and fails when a
 * file is not at the current version).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { migrateProjectDocument, type ProjectDocument } from '../src/shared/model/migrations'
import { PROJECT_SCHEMA_VERSION, parseProject } from '../src/shared/model/project'

type Layout = (doc: unknown) => string

const asciiOnly = (s: string) => s.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

/** Indented JSON, optionally with non-ASCII escaped (as Python's json.dump writes it) and a final newline. */
const indented = (indent: number, ascii: boolean, eol: string): Layout => (doc) => {
  const text = JSON.stringify(doc, null, indent)
  return (ascii ? asciiOnly(text) : text) + eol
}

/** Compact JSON with the top-level keys grouped on lines as in `original` (tests/fixtures/minimal-project.json). */
function groupedLines(original: string): Layout | null {
  const lines = original.replace(/\n$/, '').split('\n')
  if (lines.length < 2 || !lines[0]!.startsWith('{') || !lines.at(-1)!.endsWith('}')) return null
  const groups: string[][] = []
  for (const [i, line] of lines.entries()) {
    let body = line
    if (i === 0) body = body.slice(1)
    if (i === lines.length - 1) body = body.slice(0, -1)
    else if (body.endsWith(',')) body = body.slice(0, -1)
    try {
      groups.push(Object.keys(JSON.parse(`{${body}}`) as object))
    } catch {
      return null
    }
  }
  const eol = original.endsWith('\n') ? '\n' : ''
  return (doc) => {
    const d = doc as Record<string, unknown>
    const seen = new Set(groups.flat())
    const extra = Object.keys(d).filter((k) => !seen.has(k))
    const all = [...groups.slice(0, -1), [...groups.at(-1)!, ...extra]]
    return `{${all.map((g) => g.filter((k) => k in d).map((k) => `${JSON.stringify(k)}:${JSON.stringify(d[k])}`).join(',')).join(',\n')}}${eol}`
  }
}

function layoutOf(text: string, doc: unknown): Layout | null {
  const candidates: Layout[] = []
  for (const indent of [2, 1]) for (const ascii of [false, true]) for (const eol of ['', '\n']) candidates.push(indented(indent, ascii, eol))
  const grouped = groupedLines(text)
  if (grouped) candidates.push(grouped)
  return candidates.find((f) => f(doc) === text) ?? null
}

const check = process.argv.includes('--check')
const files = process.argv.slice(2).filter((a) => a !== '--check')
let failed = false
for (const file of files) {
  const text = readFileSync(file, 'utf8')
  const doc = JSON.parse(text) as ProjectDocument
  if (doc.schemaVersion === PROJECT_SCHEMA_VERSION) {
    process.stdout.write(`${file}: already version ${PROJECT_SCHEMA_VERSION}\n`)
    continue
  }
  if (check) {
    process.stderr.write(`${file}: version ${String(doc.schemaVersion)}, not ${PROJECT_SCHEMA_VERSION}\n`)
    failed = true
    continue
  }
  const layout = layoutOf(text, doc)
  if (!layout) {
    process.stderr.write(`${file}: its layout cannot be reproduced byte for byte; not changed\n`)
    failed = true
    continue
  }
  const migrated = migrateProjectDocument(doc)
  if (!migrated.ok) {
    process.stderr.write(`${file}: ${migrated.message}\n`)
    failed = true
    continue
  }
  const valid = parseProject(migrated.value)
  if (!valid.ok) {
    process.stderr.write(`${file}: invalid after migration: ${valid.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}\n`)
    failed = true
    continue
  }
  writeFileSync(file, layout(migrated.value))
  process.stdout.write(`${file}: version ${String(doc.schemaVersion)} → ${PROJECT_SCHEMA_VERSION}\n`)
}
if (failed) process.exitCode = 1
