import { EXIT_OK, type Command, type Output } from '../io'

/** `help`: the command list with one line each. */
export function helpText(commands: readonly Command[]): string {
  return [
    'Bankable command line: the same engine as the app, without the window.',
    '',
    'usage: bankable <command> [arguments]    (in a clone without the build: npm run -s cli -- <command> [arguments])',
    '',
    // Usage on its own line, summary indented below: some usages are longer than a terminal row.
    ...commands.flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]),
    '',
    'Exit codes: 0 success, 1 the input has problems or cannot be read, 2 usage error.',
    ''
  ].join('\n')
}

export const helpCommand = (commands: () => readonly Command[]) => async (_args: string[], out: Output): Promise<number> => {
  out.stdout(helpText(commands()))
  return EXIT_OK
}
