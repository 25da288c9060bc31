import { EVALUATE_USAGE, evaluateCommand } from './commands/evaluate'
import { EXPORT_USAGE, exportCommand } from './commands/export'
import { EXPOSURE_USAGE, exposureCommand } from './commands/exposure'
import { helpCommand, helpText } from './commands/help'
import { IMPORT_DECK_USAGE, IMPORT_LOTS_USAGE, importCommand } from './commands/import-rows'
import { LOT_USAGE, lotCommand } from './commands/lot'
import { SENSITIVITY_USAGE, sensitivityCommand } from './commands/sensitivity'
import { SIMULATE_USAGE, simulateCommand } from './commands/simulate'
import { SHEET_USAGE, sheetCommand } from './commands/sheet'
import { VALIDATE_USAGE, validateCommand } from './commands/validate'
import { EXIT_USAGE, processOutput, type Command, type Output } from './io'

/**
 * The command table: a new command adds one row; the dispatcher, help and exit-code conventions
 * (0 success, 1 input problems, 2 usage) stay as they are.
 */
export const COMMANDS: readonly Command[] = [
  { name: 'validate', usage: VALIDATE_USAGE, summary: 'check a project file; one "path: message" line per problem', run: validateCommand },
  { name: 'evaluate', usage: EVALUATE_USAGE, summary: 'run the model on a project file: a summary table, or every metric and period as JSON', run: evaluateCommand },
  { name: 'export', usage: EXPORT_USAGE, summary: 'write the lender Excel model (live formulas; values only with --values; analysis value sheets with --with-analysis, Monte Carlo draws with --draws)', run: exportCommand },
  { name: 'lot', usage: LOT_USAGE, summary: 'value a catalyst or black-mass lot file as a refiner settles it', run: lotCommand },
  { name: 'import-lots', usage: IMPORT_LOTS_USAGE, summary: 'read a catalyst or black-mass lot sheet (.csv/.xlsx) like the app: rows as JSON, or one "sheet!cell: message" line per problem', run: importCommand('import-lots') },
  { name: 'import-deck', usage: IMPORT_DECK_USAGE, summary: 'read a price-deck sheet (.csv/.xlsx) like the app: prices as JSON, or one "sheet!cell: message" line per problem', run: importCommand('import-deck') },
  { name: 'simulate', usage: SIMULATE_USAGE, summary: 'Monte Carlo on prices and optionally FX (debt held at base): P10/P50/P90 and covenant-breach probability', run: simulateCommand },
  { name: 'sensitivity', usage: SENSITIVITY_USAGE, summary: 'tornado of every driver and breakeven price multipliers', run: sensitivityCommand },
  { name: 'exposure', usage: EXPOSURE_USAGE, summary: 'natural-hedge ledger: per metal and FX, gross exposure to a 10 % move, what each offset removes, net and its DSCR effect; --joint A,B for a two-driver stress grid', run: exposureCommand },
  { name: 'sheet', usage: SHEET_USAGE, summary: 'the one-page project sheet for lenders as PDF (A4, or US Letter with --letter)', run: sheetCommand },
  { name: 'help', usage: 'help', summary: 'show this list', run: helpCommand(() => COMMANDS) }
]

/** Dispatch `argv` (without node and script) to a command; returns the exit code. */
export async function runCli(argv: readonly string[], out: Output): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h') {
    out.stdout(helpText(COMMANDS))
    return name === undefined ? EXIT_USAGE : 0
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    out.stderr(`unknown command "${name}"\n\n${helpText(COMMANDS)}`)
    return EXIT_USAGE
  }
  return command.run(rest, out)
}

// Run only when executed directly (tsx runs this file as CommonJS); importing runCli has no side effects.
const isMain = typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module
if (isMain) {
  runCli(process.argv.slice(2), processOutput).then(
    (code) => {
      process.exitCode = code
    },
    (e: unknown) => {
      process.stderr.write(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
      process.exitCode = 70
    }
  )
}
