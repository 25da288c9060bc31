/**
 * Figures for the reliability closing note, summed over the tests of one vitest worker and printed by
 * tally.test.ts (files in tests/reliability run in one worker only when run together, so the
 * summary test re-runs nothing: each file adds its own numbers and prints them at the end).
 */
export const tally = { casesTried: 0, faultsInjected: 0, rowsLost: 0 }
