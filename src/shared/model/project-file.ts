import { z } from 'zod'
import { migrateProjectDocument, PROJECT_MIGRATIONS, type MigrationRegistry, type ProjectDocument } from './migrations'
import { formatPath, PROJECT_SCHEMA_VERSION, projectSchema, type ParseResult, type Project, type ValidationIssue } from './project'
import { projectIssueMessage } from './issue-message'
import { sortKeys } from '../json/sort-keys'
import { jsonNestingDepth, NOT_FINITE_MESSAGE, tooDeepAt, utf8Offset } from '../json/safe-json'

/**
 * Reading and writing the shareable project file (versioned JSON). The reader is the one gate for
 * untrusted files: size and nesting limits before parsing, prototype keys stripped while parsing,
 * migrations for older versions, a clear refusal for newer ones, then the strict schema.
 */

/** Files above 20 MB are refused before parsing (reliability R32). */
export const MAX_PROJECT_FILE_BYTES = 20 * 1024 * 1024
/** Deeper nesting than any real project needs; refused before JSON.parse can exhaust the stack. */
export const MAX_PROJECT_FILE_DEPTH = 64

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** UTF-8 length without allocating for the common case: a string of n code units is n..3n bytes. */
function utf8Length(text: string): number {
  if (text.length * 3 <= MAX_PROJECT_FILE_BYTES) return text.length // surely under the limit: exact size not needed
  return new TextEncoder().encode(text).length
}

/** Moved to ../json/safe-json; re-exported for the readers that import it from here. */
export { jsonNestingDepth }

const fail = (path: string, message: string): { ok: false; issues: ValidationIssue[] } => ({ ok: false, issues: [{ path, message }] })

export type ReadProjectOptions = { migrations?: MigrationRegistry; currentVersion?: number }

/** Parse, migrate and validate a project file's text. Never throws for bad input. */
export function readProjectFile(text: string, options: ReadProjectOptions = {}): ParseResult<Project> {
  if (utf8Length(text) > MAX_PROJECT_FILE_BYTES) return fail('(file)', `is larger than ${MAX_PROJECT_FILE_BYTES / 1024 / 1024} MB`)
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text // a UTF-8 BOM from Windows editors is harmless
  if (body.trim() === '') return fail('(file)', 'is empty')
  const deepAt = tooDeepAt(body, MAX_PROJECT_FILE_DEPTH)
  if (deepAt >= 0) return fail('(file)', `is nested more than ${MAX_PROJECT_FILE_DEPTH} levels deep (at byte ${utf8Offset(body, deepAt)})`)

  let parsed: unknown
  try {
    parsed = JSON.parse(body, (key, value: unknown) => (RESERVED_KEYS.has(key) ? undefined : value))
  } catch (e) {
    return fail('(file)', `is not valid JSON (${e instanceof Error ? e.message : 'parse error'})`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return fail('(root)', 'must be a JSON object')
  if (!('schemaVersion' in parsed)) return fail('schemaVersion', 'required: this does not look like a Bankable project file')

  const migrated = migrateProjectDocument(parsed as ProjectDocument, options.migrations ?? PROJECT_MIGRATIONS, options.currentVersion ?? PROJECT_SCHEMA_VERSION)
  if (!migrated.ok) return fail('schemaVersion', migrated.message)

  const r = projectSchema.safeParse(migrated.value, { reportInput: true, error: projectIssueMessage })
  if (r.success) return { ok: true, value: r.data }
  return {
    ok: false,
    issues: r.error.issues.map((i) => {
      // A JSON number in a decimal field (its message comes from primitives.decimalString): state the file rule.
      const numberForAmount = i.code === 'invalid_type' && typeof i.input === 'number' && i.message.startsWith('must be a decimal number')
      // JSON.parse reads 1e400 as Infinity, which zod reports as "expected number, received number".
      const notFinite = i.code === 'invalid_type' && typeof i.input === 'number' && !Number.isFinite(i.input)
      const message = numberForAmount ? 'amounts must be strings: put the number in quotes, e.g. "12.5" (JSON numbers lose digits)' : notFinite ? NOT_FINITE_MESSAGE : i.message
      return { path: formatPath(i.path), message }
    })
  }
}

/**
 * Serialise a project: keys in a stable (sorted) order, 2-space indentation, amounts as the decimal
 * strings the model already holds, trailing newline. `schemaVersion` is always the current version.
 */
export function writeProjectFile(project: Project): string {
  return JSON.stringify(sortKeys({ ...project, schemaVersion: PROJECT_SCHEMA_VERSION }), null, 2) + '\n'
}

/**
 * The project file's JSON Schema (draft 2020-12), generated from the zod schema on the input side.
 * Refinements (bounds on decimal strings, cross-field rules) are not representable and are left to
 * the app; the shapes, enums, patterns and required keys are exact.
 */
export function projectJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(projectSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>
  return {
    ...schema,
    $id: 'https://bankable.invalid/project.schema.json',
    title: 'Bankable project file',
    description: 'A recycling project as saved by Bankable. Amounts are decimal strings; shares are fractions (0.25 = 25 %). See docs/project-file.md.'
  }
}

/** The committed text: 2-space JSON with a trailing newline. */
export const projectJsonSchemaText = (): string => JSON.stringify(projectJsonSchema(), null, 2) + '\n'
