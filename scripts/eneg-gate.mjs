// Electronegativity gate (R12). The tool always exits 0, even on HIGH findings, so this wrapper runs it
// (in its own npx install tree: it needs a TypeScript-API-compatible toolchain of its own), reads the
// SARIF report (its CSV output is racy) and fails on any finding outside the reviewed allow-list.
//   node scripts/eneg-gate.mjs               run the scan over src/ and gate it
//   node scripts/eneg-gate.mjs report.sarif  gate an existing report
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { evaluateSarif, formatReport } from './eneg-evaluate.mjs'

const ELECTRON_VERSION = '45.4.1'
const OUTPUT = '.ci-eneg.sarif'

function runScan() {
  rmSync(OUTPUT, { force: true })
  const args = ['-y', '-p', '@doyensec/electronegativity@1.10.3', 'electronegativity', '-i', 'src', '-e', ELECTRON_VERSION, '-o', OUTPUT, '-r']
  console.log(`npx ${args.join(' ')}`)
  // Offline, it prints "No connectivity?" for the release/translation look-ups and carries on.
  const result = spawnSync('npx', args, { stdio: 'inherit', timeout: 300_000 })
  if (result.error) console.error(`could not run electronegativity: ${result.error.message}`)
  return OUTPUT
}

const reportPath = process.argv[2] ?? runScan()
if (!existsSync(reportPath)) {
  console.error(`electronegativity produced no report at ${reportPath}`)
  console.log('0 passed, 1 failed')
  process.exit(1)
}

let sarif
try {
  sarif = JSON.parse(readFileSync(reportPath, 'utf8'))
} catch (error) {
  console.error(`unreadable SARIF ${reportPath}: ${error instanceof Error ? error.message : String(error)}`)
  console.log('0 passed, 1 failed')
  process.exit(1)
}

const evaluation = evaluateSarif(sarif)
console.log(formatReport(evaluation))
process.exit(evaluation.ok ? 0 : 1)
