// Fixtures: tests/fixtures/eneg/hardened.sarif is a real electronegativity 1.10.3 run over this repo's
// src/ (`node scripts/eneg-gate.mjs`, unused rule descriptions trimmed); insecure.sarif is hand-built
// from the tool's rule ids and its en-US messages for an app without isolation, sandbox, navigation
// limits or CSP.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateSarif, formatReport } from '../../scripts/eneg-evaluate.mjs'

const ROOT = join(import.meta.dirname, '..', '..')
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/eneg', name), 'utf8'))
const result = (ruleId: string, text: string, level = 'warning') => ({ ruleId, level, message: { text }, locations: [{ physicalLocation: { artifactLocation: { uri: 'main/index.ts' }, region: { startLine: 3 } } }] })
const sarifOf = (...results: unknown[]) => ({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Electronegativity' } }, results }] })

describe('electronegativity gate (R12)', () => {
  it('passes the hardened app: only reviewed findings', () => {
    const evaluation = evaluateSarif(fixture('hardened.sarif'))
    expect(evaluation.ok).toBe(true)
    expect(evaluation.failed).toBe(0)
    expect(evaluation.passed).toBeGreaterThan(0)
    expect(new Set(evaluation.findings.map((f) => f.ruleId))).toEqual(new Set(['CSP_GLOBAL_CHECK', 'OPEN_EXTERNAL_JS_CHECK', 'PRELOAD_JS_CHECK']))
  })

  it('fails the insecure app and names every unreviewed finding', () => {
    const evaluation = evaluateSarif(fixture('insecure.sarif'))
    expect(evaluation.ok).toBe(false)
    expect(evaluation.failed).toBe(4)
    expect(evaluation.findings.filter((f) => !f.allowed).map((f) => f.ruleId)).toEqual(['CONTEXT_ISOLATION_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'CSP_GLOBAL_CHECK', 'SANDBOX_JS_CHECK'])
    expect(formatReport(evaluation)).toMatch(/1 passed, 4 failed$/)
  })

  it("accepts CSP_GLOBAL_CHECK only as the evaluator's 'seems to be vulnerable' note", () => {
    expect(evaluateSarif(sarifOf(result('CSP_GLOBAL_CHECK', 'One or more CSP directives detected seems to be vulnerable', 'note'))).ok).toBe(true)
    for (const text of ['No CSP has been detected in the target application', 'One or more CSP directives detected are vulnerable', 'Failed to parse CSP, it may not be valid.']) {
      expect(evaluateSarif(sarifOf(result('CSP_GLOBAL_CHECK', text))).ok, text).toBe(false)
    }
  })

  it('fails every other rule, including ones it has never seen', () => {
    for (const ruleId of ['AUXCLICK_JS_CHECK', 'NODE_INTEGRATION_JS_CHECK', 'DANGEROUS_FUNCTIONS_JS_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK', 'SOME_FUTURE_CHECK']) {
      expect(evaluateSarif(sarifOf(result(ruleId, 'x'))).failed, ruleId).toBe(1)
    }
  })

  it('fails a missing or malformed report instead of passing it', () => {
    for (const bad of [null, {}, { runs: [] }, { runs: [{}] }, 'text']) expect(evaluateSarif(bad).ok).toBe(false)
    expect(evaluateSarif(sarifOf()).ok).toBe(true)
  })

  it('the script exits 0 on the hardened report and 1 on the insecure or missing one', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts/eneg-gate.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' })
    const good = run('tests/fixtures/eneg/hardened.sarif')
    expect(good.status).toBe(0)
    expect(good.stdout).toMatch(/\d+ passed, 0 failed/)
    const bad = run('tests/fixtures/eneg/insecure.sarif')
    expect(bad.status).toBe(1)
    expect(bad.stdout).toContain('FAIL     CONTEXT_ISOLATION_JS_CHECK')
    expect(run('tests/fixtures/eneg/does-not-exist.sarif').status).toBe(1)
  })
})
