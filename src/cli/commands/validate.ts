import { readProjectFile } from '../../shared/model/project-file'
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseArgs, readTextFile, type Output } from '../io'

export const VALIDATE_USAGE = 'validate FILE'

/**
 * `validate FILE`: exit 0 when the project file is valid; otherwise exit 1 with one `path: message`
 * line per problem on stdout. Exit 2 on a usage error.
 */
export async function validateCommand(args: string[], out: Output): Promise<number> {
  const parsed = parseArgs(args, [])
  if (!parsed.ok) return usage(out, parsed.message)
  if (parsed.positionals.length !== 1) return usage(out, parsed.positionals.length === 0 ? 'missing FILE' : 'expects exactly one FILE')
  const file = parsed.positionals[0]!
  const read = await readTextFile(file)
  if (!read.ok) {
    out.stderr(`${read.message}\n`)
    return EXIT_PROBLEMS
  }
  const r = readProjectFile(read.text)
  if (r.ok) {
    out.stdout(`${file}: valid (project "${r.value.name}", schema version ${r.value.schemaVersion})\n`)
    return EXIT_OK
  }
  for (const issue of r.issues) out.stdout(`${issue.path}: ${issue.message}\n`)
  out.stderr(`${file}: ${r.issues.length} problem${r.issues.length === 1 ? '' : 's'}\n`)
  return EXIT_PROBLEMS
}

function usage(out: Output, message: string): number {
  out.stderr(`validate: ${message}\nusage: ${VALIDATE_USAGE}\n`)
  return EXIT_USAGE
}
