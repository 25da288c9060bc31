import { readFileSync } from 'node:fs'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { installed, MIN_ELECTRON_MAJOR, violations, type Lockfile } from './lockfile-policy'

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lockfile

describe('dependency policy (R14)', () => {
  it('the committed lockfile holds no SheetJS < 0.20.2, no jspdf < 4.2.0 and an Electron major ≥ 42', () => {
    expect(violations(lock)).toEqual([])
    const electron = installed(lock, 'electron')
    expect(electron.length).toBeGreaterThan(0)
    expect(Number(electron[0]!.version.split('.')[0])).toBeGreaterThanOrEqual(MIN_ELECTRON_MAJOR)
  })

  it('catches the vulnerable versions (self-test: the gate can fail)', () => {
    const bad: Lockfile = {
      packages: {
        'node_modules/xlsx': { version: '0.18.5' },
        'node_modules/foo/node_modules/xlsx': { version: '0.20.1' },
        'node_modules/jspdf': { version: '4.1.0' },
        'node_modules/electron': { version: '41.2.0' },
        'node_modules/xlsx-ok': { version: '0.1.0' }
      }
    }
    expect(violations(bad)).toEqual([
      'node_modules/xlsx 0.18.5 is below 0.20.2',
      'node_modules/foo/node_modules/xlsx 0.20.1 is below 0.20.2',
      'node_modules/jspdf 4.1.0 is below 4.2.0',
      'node_modules/electron 41.2.0: Electron major below 42 is unsupported'
    ])
    expect(violations({ packages: { 'node_modules/xlsx': { version: '0.20.3' }, 'node_modules/jspdf': { version: '4.2.1' }, 'node_modules/electron': { version: '45.4.1' } } })).toEqual([])
  })

  it('lint forbids assigning an exceljs note from a non-literal value (CVE-2026-78207), and allows a literal', async () => {
    const eslint = new ESLint({ cwd: process.cwd() })
    const fixture = readFileSync('tests/policy/fixtures/note-from-parsed.ts.txt', 'utf8')
    const [bad] = await eslint.lintText(fixture, { filePath: 'src/shared/workbook/__policy-fixture__.ts' })
    const hits = bad!.messages.filter((m) => m.ruleId === 'no-restricted-syntax')
    expect(hits).toHaveLength(1)
    expect(hits[0]!.message).toMatch(/CVE-2026-78207/)
    expect(hits[0]!.line).toBe(5)
    const literal = fixture.replace('cell.note = parsed', "cell.note = { texts: [{ text: 'Input: capex' }] }")
    const [ok] = await eslint.lintText(literal, { filePath: 'src/shared/workbook/__policy-fixture__.ts' })
    expect(ok!.messages.filter((m) => m.ruleId === 'no-restricted-syntax')).toEqual([])
  }, 30_000)
})
