import { readFile, stat } from 'node:fs/promises'
import type { Project } from '../shared/model'
import { decodeUtf8 } from '../shared/text/decode-utf8'
import { parseJsonSafely } from '../shared/json/safe-json'

/** Where a command writes. Injected so tests can capture output without spawning a process. */
export type Output = {
  stdout(s: string): void
  stderr(s: string): void
  /** Whether stderr is a terminal: a progress line is then redrawn in place (`\r`) rather than repeated. */
  stderrIsTTY?: boolean
}

export const processOutput: Output = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stderrIsTTY: process.stderr.isTTY === true
}

/** Exit codes: 0 success, 1 the input has problems (or cannot be read), 2 the command line is wrong. */
export const EXIT_OK = 0
export const EXIT_PROBLEMS = 1
export const EXIT_USAGE = 2

export type CommandResult = number
export type Command = {
  name: string
  /** One line for `help`. */
  summary: string
  usage: string
  run(args: string[], out: Output): Promise<CommandResult>
}

/** Files larger than this are refused before reading (project files cap at 20 MB too). */
export const MAX_INPUT_FILE_BYTES = 20 * 1024 * 1024

export type ReadResult = { ok: true; text: string } | { ok: false; message: string }

/**
 * Read a UTF-8 text file with a size limit; failures come back as a message naming the file. Decoding
 * is strict (the app's decoder): invalid bytes are refused with their offset, not replaced by U+FFFD.
 */
export async function readTextFile(path: string, maxBytes = MAX_INPUT_FILE_BYTES): Promise<ReadResult> {
  try {
    const s = await stat(path)
    if (!s.isFile()) return { ok: false, message: `${path}: not a file` }
    if (s.size > maxBytes) return { ok: false, message: `${path}: larger than ${Math.round(maxBytes / 1024 / 1024)} MB` }
    const decoded = decodeUtf8(await readFile(path))
    if (!decoded.ok) return { ok: false, message: `${path}: ${decoded.message}; save it as UTF-8` }
    return { ok: true, text: decoded.text }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : e instanceof Error ? e.message : String(e)
    return { ok: false, message: `${path}: cannot read (${reason})` }
  }
}

export type ParsedArgs = { ok: true; positionals: string[]; flags: Set<string> } | { ok: false; message: string }

/**
 * Split arguments into positionals and known boolean flags. Unknown flags are usage errors;
 * `--` ends flag parsing (so a file named `--json` can still be given).
 */
export function parseArgs(args: readonly string[], knownFlags: readonly string[]): ParsedArgs {
  const positionals: string[] = []
  const flags = new Set<string>()
  let onlyPositionals = false
  for (const a of args) {
    if (onlyPositionals || !a.startsWith('-') || a === '-') positionals.push(a)
    else if (a === '--') onlyPositionals = true
    else if (knownFlags.includes(a)) flags.add(a)
    else return { ok: false, message: `unknown option ${a}` }
  }
  return { ok: true, positionals, flags }
}

/** Parse JSON for a non-project input (lot files): the shared safe parser (depth, prototype keys, non-finite numbers). */
export { parseJsonSafely }

/**
 * Read and validate a project file. On failure it prints one `path: message` line per problem on
 * stdout and a count on stderr (ending with `consequence`, e.g. "; nothing exported") and returns
 * null: the caller exits with EXIT_PROBLEMS.
 */
export async function loadProject(file: string, out: Output, consequence = ''): Promise<Project | null> {
  const read = await readTextFile(file)
  if (!read.ok) {
    out.stderr(`${read.message}\n`)
    return null
  }
  // Loaded here, not at the top: the schemas (zod) are most of a start, and `help` or a usage error needs none.
  const { readProjectFile } = await import('../shared/model/project-file')
  const r = readProjectFile(read.text)
  if (r.ok) return r.value
  for (const issue of r.issues) out.stdout(`${issue.path}: ${issue.message}\n`)
  out.stderr(`${file}: ${r.issues.length} problem${r.issues.length === 1 ? '' : 's'}${consequence}\n`)
  return null
}
