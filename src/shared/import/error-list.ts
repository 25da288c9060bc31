/**
 * A capped list of cell errors: a file with 100k bad lines must not build (or show) 100k messages.
 * The first MAX_REPORTED_ERRORS are kept in order; the rest are only counted, so the user still
 * learns how many problems there are ("… and N more").
 */
/** One problem at one cell, as every reader reports it (`sheet!cell: message`). */
export type CellError = { sheet: string; row: number; column: string; code: CellErrorCode; message: string }
export type CellErrorCode =
  | 'unknown-column' | 'duplicate-column' | 'missing-column' | 'no-header' | 'no-rows' | 'required' | 'not-a-number' | 'out-of-range'
  | 'ambiguous-unit' | 'not-a-date' | 'not-text' | 'formula-not-calculated' | 'error-cell' | 'invalid-value' | 'duplicate-row' | 'too-long'

export const MAX_REPORTED_ERRORS = 200

export class ErrorList {
  readonly list: CellError[] = []
  /** Errors seen beyond the cap (counted, not kept). */
  omitted = 0

  push(e: CellError): void {
    if (this.list.length < MAX_REPORTED_ERRORS) this.list.push(e)
    else this.omitted++
  }

  get total(): number { return this.list.length + this.omitted }
}

/** "and 1,234 more problems" for the line after the first MAX_REPORTED_ERRORS, or '' when none were cut. */
export const moreProblems = (omitted: number): string =>
  omitted > 0 ? `… and ${omitted.toLocaleString('en-US')} more problem${omitted === 1 ? '' : 's'}` : ''
