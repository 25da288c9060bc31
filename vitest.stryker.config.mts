import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// Used only by `npm run mutate` (stryker.config.mjs): the fast unit tests of the engine and
// the finance primitives. The fuzz suites and the workbook/import/CLI tests are too slow to
// rerun for every mutant on a shared 2-core machine. (Standalone rather than mergeConfig:
// mergeConfig concatenates `include` instead of replacing it.)
export default defineConfig({
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, 'src/shared'),
      '@resources': resolve(import.meta.dirname, 'resources'),
      '@root/package.json': resolve(import.meta.dirname, 'package.json')
    }
  },
  test: {
    include: ['tests/shared/finance/**/*.test.ts', 'tests/shared/engine/**/*.test.ts', 'tests/shared/rules/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000
  }
})
