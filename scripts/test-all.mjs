// `npm test`: every gate and runner, in order, then one closing line `N passed, N failed` summing them.
// Installs what the tests need (Chromium, LibreOffice, poppler, Gnumeric) through apt when missing.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

const results = []
const run = (name, cmd, args, opts = {}) => {
  const started = Date.now()
  process.stdout.write(`\n━━ ${name}: ${[cmd, ...args].join(' ')}\n`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...(opts.env ?? {}) } })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  process.stdout.write(`━━ ${name}: exit ${r.status} in ${seconds} s\n`)
  return r.status === 0
}
const gate = (name, ok) => results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 })

function ensureSystemPackages() {
  const wanted = [
    ['/usr/lib/chromium/chromium', 'chromium', []],
    ['/usr/bin/soffice', 'libreoffice-calc-nogui', ['--no-install-recommends']],
    ['/usr/bin/pdftotext', 'poppler-utils', ['--no-install-recommends']],
    ['/usr/bin/ssconvert', 'gnumeric', ['--no-install-recommends']]
  ].filter(([path]) => !existsSync(path))
  if (wanted.length === 0) return true
  if (process.getuid?.() !== 0) {
    console.error(`Missing system packages (${wanted.map((w) => w[1]).join(', ')}); install them with apt-get as root.`)
    return false
  }
  let ok = run('apt-get update', 'apt-get', ['update', '-qq'])
  for (const [, pkg, extra] of wanted) {
    ok = run(`install ${pkg}`, 'apt-get', ['install', '-y', '-qq', ...extra, pkg], { env: { DEBIAN_FRONTEND: 'noninteractive' } }) && ok
  }
  return ok
}

gate('system packages', ensureSystemPackages())
gate('typecheck', run('typecheck', 'npm', ['run', '-s', 'typecheck']))
gate('lint', run('lint', 'npm', ['run', '-s', 'lint']))

rmSync('.ci-vitest.json', { force: true })
run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=.ci-vitest.json'])
if (existsSync('.ci-vitest.json')) {
  const v = JSON.parse(readFileSync('.ci-vitest.json', 'utf8'))
  results.push({ name: 'vitest', passed: v.numPassedTests, failed: v.numFailedTests + (v.success || v.numFailedTests > 0 ? 0 : 1) })
} else gate('vitest report', false)

gate('electron-vite build', run('electron-vite build', 'npm', ['run', '-s', 'build']))

rmSync('.ci-pw.json', { force: true })
run('e2e tests', 'npx', ['playwright', 'test', '--reporter=list,json'], { env: { PLAYWRIGHT_JSON_OUTPUT_NAME: '.ci-pw.json' } })
if (existsSync('.ci-pw.json')) {
  const p = JSON.parse(readFileSync('.ci-pw.json', 'utf8')).stats
  results.push({ name: 'playwright', passed: p.expected + p.flaky, failed: p.unexpected + (p.expected + p.unexpected + p.flaky === 0 ? 1 : 0) })
} else gate('playwright report', false)

if (existsSync('scripts/eneg-gate.mjs')) gate('electronegativity', run('electronegativity', 'node', ['scripts/eneg-gate.mjs']))

console.log('\nSummary:')
for (const r of results) console.log(`  ${r.name.padEnd(22)} ${r.passed} passed, ${r.failed} failed`)
const passed = results.reduce((s, r) => s + r.passed, 0)
const failed = results.reduce((s, r) => s + r.failed, 0)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
