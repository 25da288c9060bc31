// @ts-check
// Mutation testing of the engine (issue 21). Not part of `npm test`: run it on what you change,
// one file at a time on a shared machine, e.g.
//   npm run mutate -- --mutate src/shared/finance/irr.ts
// See docs/mutation-testing.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.mts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/shared/finance/**/*.ts', 'src/shared/engine/**/*.ts', 'src/shared/rules/**/*.ts', 'src/shared/analysis/breakeven.ts', 'src/shared/analysis/breakeven-solver.ts', 'src/shared/analysis/breakeven-fast.ts', 'src/shared/analysis/fx-breakeven.ts', 'src/shared/analysis/breach-sizing/search.ts', 'src/shared/analysis/breach-sizing/cover.ts', '!src/shared/**/index.ts', '!src/shared/engine/*types.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  reporters: ['clear-text', 'progress'],
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  incremental: false,
  timeoutMS: 30000
}
