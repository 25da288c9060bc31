import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

// Architecture rules live here and in tests/arch: the engine in src/shared stays pure, the renderer
// never reaches Electron, and exceljs never receives objects that came from parsed input.

// No `../../` climbs in src/: across folders, import through the aliases (@shared, @renderer,
// @resources, @root/package.json — tsconfig.base.json paths and every Vite/Vitest config). One `../`
// (a sibling folder) is fine. Each block below that sets no-restricted-imports repeats it, since a
// later block replaces the rule rather than merging its patterns.
const NO_CLIMB = { group: ['../../*'], message: 'No ../../ climbs: use @shared/…, @renderer/…, @resources/… or @root/package.json.' }
export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'dist-web/**', 'release/**', 'node_modules/**', 'test-results/**', 'artifacts/**', '.stryker-tmp/**', 'reports/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error',
        { selector: "AssignmentExpression[left.property.name='note'][right.type!='Literal'][right.type!='ObjectExpression']", message: 'exceljs notes: assign only literal objects built here (CVE-2026-78207 prototype pollution via deepMerge).' },
        { selector: "CallExpression[callee.object.name='Decimal'][callee.property.name='set']", message: 'Never mutate the global Decimal; use the configured clone in src/shared/decimal.' }
      ]
    }
  },
  {
    files: ['src/**/*.{ts,tsx,mts}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_CLIMB] }] }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['react', 'react-dom', 'react/*', 'dexie', 'dexie/*', 'electron', 'electron/*', 'zustand', 'zustand/*'], message: 'src/shared is pure: no React, Dexie, Electron or UI state.' },
        { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto'], message: 'src/shared runs in the browser too: no Node built-ins.' },
        NO_CLIMB
      ] }]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [
        { group: ['electron', 'electron/*'], message: 'The renderer talks to main only through the typed bridge.' },
        { group: ['node:*'], message: 'The renderer runs sandboxed: no Node built-ins.' },
        NO_CLIMB
      ] }]
    }
  },
  {
    files: ['scripts/**/*.mjs', '*.mjs', '*.mts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } }
  }
)
