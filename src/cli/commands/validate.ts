import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseArgs, loadProject, type Output } from '../io'
import { VALIDATE_USAGE } from './usages'
export { VALIDATE_USAGE }


/**
 * `validate FILE`: exit 0 when the project file is valid; otherwise exit 1 with one `path: message`
 * line per problem on stdout. Exit 2 on a usage error.
 */
export async function validateCommand(args: string[], out: Output): Promise<number> {
  const parsed = parseArgs(args, [])
  if (!parsed.ok) return usage(out, parsed.message)
  if (parsed.positionals.length !== 1) return usage(out, parsed.positionals.length === 0 ? 'missing FILE' : 'expects exactly one FILE')
  const file = parsed.positionals[0]!
  const project = await loadProject(file, out)
  if (!project) return EXIT_PROBLEMS
  out.stdout(`${file}: valid (project "${project.name}", schema version ${project.schemaVersion})\n`)
  return EXIT_OK
}

function usage(out: Output, message: string): number {
  out.stderr(`validate: ${message}\nusage: ${VALIDATE_USAGE}\n`)
  return EXIT_USAGE
}
