// Pure evaluation of an electronegativity SARIF report against the reviewed allow-list (R12).
// Kept apart from scripts/eneg-gate.mjs (which runs the tool) so tests can feed it fixture SARIF.

/**
 * Findings that were reviewed and accepted. Each entry says why, and `accepts` narrows it where a rule
 * covers both a harmless and a dangerous case.
 */
export const REVIEWED_FINDINGS = [
  {
    ruleId: 'PRELOAD_JS_CHECK',
    why: 'Review-level: the preload exposes a frozen, typed one-function-per-channel bridge (tests/preload).',
    accepts: () => true
  },
  {
    ruleId: 'OPEN_EXTERNAL_JS_CHECK',
    why: 'Review-level: openExternal is only reached for https URLs on an exact host allow-list (tests/main/navigation).',
    accepts: () => true
  },
  {
    ruleId: 'CSP_GLOBAL_CHECK',
    why: "The CSP evaluator's \"'self' can be problematic (JSONP/uploads)\" note, unavoidable with script-src 'self'. A missing, weak or invalid CSP still fails.",
    accepts: (message) => /seems to be vulnerable/i.test(message)
  }
]

function locationOf(result) {
  const physical = result?.locations?.[0]?.physicalLocation
  const uri = physical?.artifactLocation?.uri ?? 'N/A'
  const line = physical?.region?.startLine
  return line ? `${uri}:${line}` : uri
}

/**
 * @param {unknown} sarif parsed SARIF 2.1 document
 * @returns {{ ok: boolean, error?: string, findings: Array<{ ruleId: string, level: string, message: string, location: string, allowed: boolean, why?: string }>, passed: number, failed: number }}
 */
export function evaluateSarif(sarif) {
  const runs = sarif && typeof sarif === 'object' ? sarif.runs : undefined
  if (!Array.isArray(runs) || runs.length === 0) return { ok: false, error: 'SARIF has no runs (the tool did not complete)', findings: [], passed: 0, failed: 1 }
  const findings = []
  for (const run of runs) {
    if (!Array.isArray(run?.results)) return { ok: false, error: 'SARIF run has no results array', findings, passed: 0, failed: 1 }
    for (const result of run.results) {
      const ruleId = String(result?.ruleId ?? 'UNKNOWN')
      const message = String(result?.message?.text ?? '')
      const reviewed = REVIEWED_FINDINGS.find((entry) => entry.ruleId === ruleId && entry.accepts(message))
      findings.push({ ruleId, level: String(result?.level ?? 'warning'), message, location: locationOf(result), allowed: Boolean(reviewed), why: reviewed?.why })
    }
  }
  const failed = findings.filter((f) => !f.allowed).length
  return { ok: failed === 0, findings, passed: findings.length - failed, failed }
}

export function formatReport(evaluation) {
  const lines = []
  if (evaluation.error) lines.push(`ERROR ${evaluation.error}`)
  for (const f of evaluation.findings) {
    lines.push(`${f.allowed ? 'REVIEWED' : 'FAIL    '} ${f.ruleId} [${f.level}] ${f.location} — ${f.message}${f.allowed ? ` (accepted: ${f.why})` : ''}`)
  }
  lines.push(`${evaluation.passed} passed, ${evaluation.failed} failed`)
  return lines.join('\n')
}
