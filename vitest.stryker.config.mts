import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// Used only by `npm run mutate` (stryker.config.mjs): the fast unit tests of the engine and
// the finance primitives. The fuzz suites and the workbook/import/CLI tests are too slow to
// rerun for every mutant on a shared 2-core machine. (Standalone rather than mergeConfig:
// mergeConfig concatenates `include` instead of replacing it.)
//
// MUTATE_TESTS narrows the run to the tests of the file under mutation, e.g.
//   MUTATE_TESTS=tests/shared/finance npm run mutate -- --mutate src/shared/finance/irr.ts
// (comma-separated folders or globs). Static mutants (module-level constants) rerun the whole
// include for every mutant, so the full set makes one file take ~40 min; the narrowed score is a
// lower bound of the full one (a mutant killed by a subset is killed by the whole set).
const DEFAULT_TESTS = [
  'tests/shared/finance/**/*.test.ts', 'tests/shared/engine/**/*.test.ts', 'tests/shared/rules/**/*.test.ts',
  'tests/shared/analysis/breakeven*.test.ts', 'tests/shared/analysis/fx-breakeven.test.ts', 'tests/shared/analysis/tornado-fx.test.ts',
  'tests/shared/analysis/breach-sizing/search.test.ts', 'tests/shared/analysis/breach-sizing/cover.test.ts'
]
const narrowed = process.env['MUTATE_TESTS']
  ?.split(',')
  .map((t) => t.trim())
  .filter((t) => t !== '')
  .map((t) => (t.endsWith('.ts') ? t : `${t.replace(/\/$/, '')}/**/*.test.ts`))

// MUTATE_SKIP leaves out tests whose name matches (a regular expression), e.g. 'random series': the
// random IRR agreement suites take ~1 s plain but over 30 s instrumented, and every surviving mutant
// they cover reruns them. A score without them is a lower bound of the score with them.
const skip = process.env['MUTATE_SKIP']

export default defineConfig({
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, 'src/shared'),
      '@resources': resolve(import.meta.dirname, 'resources'),
      '@root/package.json': resolve(import.meta.dirname, 'package.json')
    }
  },
  test: {
    include: narrowed && narrowed.length > 0 ? narrowed : DEFAULT_TESTS,
    ...(skip ? { testNamePattern: new RegExp(`^(?!.*(?:${skip}))`) } : {}),
    environment: 'node',
    // Instrumented code runs ~30× slower than plain: the random IRR series (1 s plain) take over 30 s
    // in the dry run with per-test coverage on a loaded 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 60_000
  }
})
