import { helpCommand, helpText } from './commands/help'
import {
  EVALUATE_USAGE, EXPORT_USAGE, EXPOSURE_USAGE, IMPORT_DECK_USAGE, IMPORT_LOTS_USAGE, LOT_USAGE, SENSITIVITY_USAGE, SHEET_USAGE, SIMULATE_USAGE, SIZE_USAGE, VALIDATE_USAGE
} from './commands/usages'
import { EXIT_USAGE, type Command, type Output } from './io'

/**
 * A command whose module is loaded only when it runs: `help` and the dispatcher load no engine, and
 * `evaluate` never parses exceljs or Chromium's driver — the installed command's start stays short.
 */
const lazy = (load: () => Promise<Command['run']>): Command['run'] => async (args, out) => (await load())(args, out)

/**
 * The command table: a new command adds one row; the dispatcher, help and exit-code conventions
 * (0 success, 1 input problems, 2 usage) stay as they are.
 */
export const COMMANDS: readonly Command[] = [
  { name: 'validate', usage: VALIDATE_USAGE, summary: 'check a project file; one "path: message" line per problem', run: lazy(() => import('./commands/validate').then((m) => m.validateCommand)) },
  { name: 'evaluate', usage: EVALUATE_USAGE, summary: 'run the model on a project file: a summary table, or every metric and period as JSON', run: lazy(() => import('./commands/evaluate').then((m) => m.evaluateCommand)) },
  { name: 'export', usage: EXPORT_USAGE, summary: 'write the lender Excel model (live formulas; values only with --values; analysis value sheets with --with-analysis, Monte Carlo draws with --draws)', run: lazy(() => import('./commands/export').then((m) => m.exportCommand)) },
  { name: 'lot', usage: LOT_USAGE, summary: 'value a catalyst or black-mass lot file as a refiner settles it', run: lazy(() => import('./commands/lot').then((m) => m.lotCommand)) },
  { name: 'import-lots', usage: IMPORT_LOTS_USAGE, summary: 'read a catalyst or black-mass lot sheet (.csv/.xlsx) like the app: rows as JSON, or one "sheet!cell: message" line per problem', run: lazy(() => import('./commands/import-rows').then((m) => m.importCommand('import-lots'))) },
  { name: 'import-deck', usage: IMPORT_DECK_USAGE, summary: 'read a price-deck sheet (.csv/.xlsx) like the app: prices as JSON, or one "sheet!cell: message" line per problem', run: lazy(() => import('./commands/import-rows').then((m) => m.importCommand('import-deck'))) },
  { name: 'simulate', usage: SIMULATE_USAGE, summary: 'Monte Carlo on prices and optionally FX (debt held at base): P10/P50/P90 and covenant-breach probability', run: lazy(() => import('./commands/simulate').then((m) => m.simulateCommand)) },
  { name: 'size', usage: SIZE_USAGE, summary: 'senior debt sized to a breach probability: the largest debt with P(min DSCR < 1.00x) ≤ P and/or P90 min DSCR ≥ a covenant, on seeded Monte Carlo draws', run: lazy(() => import('./commands/size').then((m) => m.sizeCommand)) },
  { name: 'sensitivity', usage: SENSITIVITY_USAGE, summary: 'tornado of every driver and breakeven price multipliers', run: lazy(() => import('./commands/sensitivity').then((m) => m.sensitivityCommand)) },
  { name: 'exposure', usage: EXPOSURE_USAGE, summary: 'natural-hedge ledger: per metal, per foreign currency and by-products, gross exposure to a 10 % move, what each offset removes, net and its DSCR effect; --joint A,B for a two-driver stress grid', run: lazy(() => import('./commands/exposure').then((m) => m.exposureCommand)) },
  { name: 'sheet', usage: SHEET_USAGE, summary: 'the one-page project sheet for lenders as PDF (A4, or US Letter with --letter)', run: lazy(() => import('./commands/sheet').then((m) => m.sheetCommand)) },
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

// Run only when executed directly (tsx runs this file as CommonJS, in the main thread and in batch
// workers alike); importing runCli has no side effects.
const isMain = typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module
if (isMain) void import('./start').then((m) => m.start())
