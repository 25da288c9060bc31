/**
 * Generates docs/project.schema.json from the zod project schema, so editors and reviewers can
 * validate project files without the app. Run: `npx tsx scripts/gen-json-schema.ts` (or `--check`
 * to fail when the committed file is stale). The test tests/shared/model/json-schema.test.ts
 * compares the committed file with a fresh generation.
 *
 * Cross-field rules (ids resolve, phasing sums to 100 %, floor ≤ cap, FX present…) live in a zod
 * refinement that JSON Schema cannot express; the app and `validate` enforce them.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { projectJsonSchemaText } from '../src/shared/model/project-file'

const target = resolve(import.meta.dirname, '../docs/project.schema.json')
const text = projectJsonSchemaText()

if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8')
  if (current !== text) {
    process.stderr.write('docs/project.schema.json is stale: run npx tsx scripts/gen-json-schema.ts\n')
    process.exitCode = 1
  }
} else {
  writeFileSync(target, text)
  process.stdout.write(`wrote ${target}\n`)
}
