import { readFile, stat } from 'node:fs/promises'
import { importRows, moreProblems, type CellError } from '@shared/import'
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, MAX_INPUT_FILE_BYTES, parseArgs, type Output } from '../io'
import { IMPORT_LOTS_USAGE, IMPORT_DECK_USAGE } from './usages'
export { IMPORT_LOTS_USAGE, IMPORT_DECK_USAGE }


/** `Sheet!B7`, or `Sheet!row 1` for a problem of a whole row (a missing column). */
export const cellAddress = (e: CellError) => (/^[A-Z]{1,3}$/.test(e.column) ? `${e.sheet}!${e.column}${e.row}` : `${e.sheet}!row ${e.row}`)

async function readBytes(path: string): Promise<Uint8Array | string> {
  try {
    const s = await stat(path)
    if (!s.isFile()) return `${path}: not a file`
    if (s.size > MAX_INPUT_FILE_BYTES) return `${path}: larger than 20 MB`
    return new Uint8Array(await readFile(path))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return `${path}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(e)})`
  }
}

/** A lot sheet is catalyst or black-mass: the kind whose columns the header matches better. */
function importLots(bytes: Uint8Array, file: string) {
  const a = importRows(bytes, file, 'catalyst-lots')
  if (a.ok || !('errors' in a)) return a
  const b = importRows(bytes, file, 'black-mass-lots')
  if (b.ok) return b
  const headerMisses = (r: typeof a | typeof b) => ('errors' in r ? r.errors.filter((e) => e.code === 'missing-column' || e.code === 'unknown-column').length : Infinity)
  return headerMisses(b) < headerMisses(a) ? b : a
}

/**
 * `import-lots` / `import-deck`: the app's own readers (src/shared/import) without the window, for
 * scripts and review pipelines. Exit 0 with the parsed rows as JSON; exit 1 with one
 * `sheet!cell: message` line per problem (the first 200, then a count) — or a JSON report with
 * --json; exit 2 on a usage error.
 */
export function importCommand(name: 'import-lots' | 'import-deck') {
  const usageText = name === 'import-lots' ? IMPORT_LOTS_USAGE : IMPORT_DECK_USAGE
  return async (args: string[], out: Output): Promise<number> => {
    const usage = (m: string) => { out.stderr(`${name}: ${m}\nusage: ${usageText}\n`); return EXIT_USAGE }
    const parsed = parseArgs(args, ['--json'])
    if (!parsed.ok) return usage(parsed.message)
    if (parsed.positionals.length !== 1) return usage(parsed.positionals.length === 0 ? 'missing FILE' : 'expects exactly one FILE')
    const file = parsed.positionals[0]!
    if (!/\.(csv|xlsx)$/i.test(file)) return usage(`${file}: expected a .csv or .xlsx file`)
    const json = parsed.flags.has('--json')
    const bytes = await readBytes(file)
    if (typeof bytes === 'string') { out.stderr(`${bytes}\n`); return EXIT_PROBLEMS }
    const r = name === 'import-lots' ? importLots(bytes, file) : importRows(bytes, file, 'price-deck')
    if (r.ok) { out.stdout(`${JSON.stringify(r.value, null, 2)}\n`); return EXIT_OK }
    if ('errors' in r) {
      if (json) out.stdout(`${JSON.stringify({ ok: false, errors: r.errors.map((e) => ({ ...e, cell: cellAddress(e) })), omitted: r.omitted }, null, 2)}\n`)
      else {
        for (const e of r.errors) out.stdout(`${cellAddress(e)}: ${e.message}\n`)
        if (r.omitted > 0) out.stdout(`${moreProblems(r.omitted)}\n`)
      }
      const total = r.errors.length + r.omitted
      out.stderr(`${file}: ${total} problem${total === 1 ? '' : 's'}; nothing imported\n`)
      return EXIT_PROBLEMS
    }
    // A file-level failure; cell-level reader failures already start with "Sheet!A1: ".
    const line = r.code === 'invalid-cell' ? r.message : `${file}: ${r.message}`
    if (json) out.stdout(`${JSON.stringify({ ok: false, code: r.code, message: line }, null, 2)}\n`)
    else out.stdout(`${line}\n`)
    out.stderr(`${file}: not imported\n`)
    return EXIT_PROBLEMS
  }
}
