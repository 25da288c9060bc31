/**
 * Every command's usage line, in one module with no imports: the dispatcher and `help` read them
 * without loading a command (and so the engine, zod schemas, exceljs or Chromium's driver), which
 * keeps the installed command's start short. Each command module re-exports its own.
 */
export const EVALUATE_USAGE = 'evaluate FILE|DIR... [--json | --csv] [--jobs N]'
export const EXPOSURE_USAGE = 'exposure FILE [--step 0.1] [--joint A,B] [--json]'
export const EXPORT_USAGE = 'export FILE --out MODEL.xlsx [--values] [--with-analysis] [--draws N [--seed S]] [--breach-prob P]'
export const IMPORT_LOTS_USAGE = 'import-lots FILE.csv|FILE.xlsx [--json]'
export const IMPORT_DECK_USAGE = 'import-deck FILE.csv|FILE.xlsx [--json]'
export const LOT_USAGE = 'lot FILE [--json]'
export const SENSITIVITY_USAGE = 'sensitivity FILE [--step 0.1] [--json]'
export const SHEET_USAGE = 'sheet FILE --out SHEET.pdf [--letter] [--html SHEET.html] [--lang en|ja]'
/** The Monte Carlo options `simulate` and `size` share (mc-args.ts reads them). */
export const MC_USAGE = '[--draws N] [--seed S] [--volatility σ] [--ou KAPPA] [--volume-sd SD] [--recovery-sd SD] [--fx [--fx-volatility σ] [--fx-price-correlation ρ] [--fx-correlation ρ]]'
export const SIMULATE_USAGE = `simulate FILE ${MC_USAGE} [--json | --csv]`
export const SIZE_USAGE = `size FILE --breach-prob P [--p90-covenant DSCR] ${MC_USAGE} [--points N] [--json]`
export const VALIDATE_USAGE = 'validate FILE'
