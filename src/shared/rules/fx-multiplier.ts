import type { Decimal } from '../decimal'

/**
 * A currency's FX multiplier in a scenario (issue 19, each currency its own driver): the all-currencies
 * `fxMultiplier` times the currency's own entry in `fxMultipliers`. Without an own entry the all-currencies
 * multiplier stands exactly as before (not even × 1), so a scenario written before per-currency moves keeps
 * every digit. The engine's FX tables (`engine/prepare.ts fxTables`) take the Decimal form, the Monte Carlo
 * fast path reads those tables, and the workbook's Timeline FX rows take the Excel form.
 */
export const currencyFxMultiplier = (all: Decimal, own: Decimal | undefined): Decimal => (own === undefined ? all : all.times(own))

/** Float form, for the fast path's hand checks (the fast model itself reads the Decimal FX tables). */
export const currencyFxMultiplierFloat = (all: number, own: number | undefined): number => (own === undefined ? all : all * own)

/** Excel form: the all-currencies cell, times the currency's own cell where the workbook lays one out (null: none laid out). */
export const currencyFxMultiplierExcel = (all: string, own: string | null): string => (own === null ? all : `${all}*${own}`)
