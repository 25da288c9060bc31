import { describe, expect, it } from 'vitest'
import { COMMANDS, runCli } from '../../src/cli/index'
import { captureOutput, runCliProcess } from './cli-helpers'

describe('CLI dispatcher', () => {
  it('has one table row per command, each with usage and summary', () => {
    const names = COMMANDS.map((c) => c.name)
    expect(names).toEqual(expect.arrayContaining(['validate', 'evaluate', 'export', 'lot', 'simulate', 'sensitivity', 'sheet', 'help']))
    expect(new Set(names).size).toBe(names.length)
    expect(names[names.length - 1]).toBe('help')
    for (const c of COMMANDS) {
      expect(c.usage.startsWith(c.name)).toBe(true)
      expect(c.summary.length).toBeGreaterThan(10)
    }
  })

  it('help lists every command and the exit codes (exit 0)', async () => {
    const { out, sink } = captureOutput()
    expect(await runCli(['help'], sink)).toBe(0)
    for (const c of COMMANDS) expect(out.stdout).toContain(c.usage)
    expect(out.stdout).toContain('Exit codes: 0 success, 1 the input has problems or cannot be read, 2 usage error.')
  })

  it('no command and an unknown command are usage errors (exit 2)', async () => {
    const a = captureOutput()
    expect(await runCli([], a.sink)).toBe(2)
    const b = captureOutput()
    expect(await runCli(['frobnicate'], b.sink)).toBe(2)
    expect(b.out.stderr).toContain('unknown command "frobnicate"')
  })

  it('runs as `tsx src/cli/index.ts help` with exit 0', () => {
    const r = runCliProcess(['help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('usage: bankable <command> [arguments]')
    expect(r.stdout).toContain('npm run -s cli -- <command> [arguments]')
  })
})
