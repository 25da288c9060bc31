import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateCommand } from '../../src/cli/commands/validate'
import { captureOutput, runCliProcess } from './cli-helpers'

const FIXTURE = 'tests/fixtures/minimal-project.json'
const dir = mkdtempSync(join(tmpdir(), 'bankable-cli-'))

function brokenCopy(name = 'broken.json', edit = (t: string) => t.replace('"inputTonnesPerYear":"10000"', '"inputTonnesPerYear":"-5"').replace('"asOf":"2025-06-06"', '"asOf":"2025-02-30"').replace('"amount":"50000000"', '"amount":50000000')): string {
  const text = edit(readFileSync(FIXTURE, 'utf8'))
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

describe('validate (spawned CLI)', () => {
  it('exits 0 on the minimal fixture', () => {
    const r = runCliProcess(['validate', FIXTURE])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('valid')
  })

  it('exits 1 with one "path: message" line per problem on a broken copy', () => {
    const r = runCliProcess(['validate', brokenCopy()])
    expect(r.code).toBe(1)
    const lines = r.stdout.trim().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines).toContain('prices.decks.0.asOf: is not a real calendar date')
    expect(lines.some((l) => l.startsWith('feedstock.0.inputTonnesPerYear: must be ≥ 0'))).toBe(true)
    expect(lines.some((l) => l.startsWith('costs.capex.items.0.amount: amounts must be strings'))).toBe(true)
    expect(r.stderr).toContain('3 problems')
  })

  it('reports cross-field problems (checked once every field is well-formed)', () => {
    const r = runCliProcess(['validate', brokenCopy('refs.json', (t) => t.replace('"routeId":"r1"', '"routeId":"r9"'))])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('feedstock.0.routeId: unknown route "r9"\n')
  })

  it('exits 2 on usage errors: missing file, unknown flag, unknown command', () => {
    expect(runCliProcess(['validate']).code).toBe(2)
    const flag = runCliProcess(['validate', '--strict', FIXTURE])
    expect(flag.code).toBe(2)
    expect(flag.stderr).toContain('unknown option --strict')
    expect(runCliProcess(['frobnicate']).code).toBe(2)
  })
})

describe('validate (in-process)', () => {
  it('an unreadable file exits 1 with a message', async () => {
    const { out, sink } = captureOutput()
    expect(await validateCommand([join(dir, 'missing.json')], sink)).toBe(1)
    expect(out.stderr).toContain('cannot read (no such file)')
    expect(await validateCommand([dir], sink)).toBe(1)
    expect(out.stderr).toContain('not a file')
  })

  it('not JSON, too deep, and newer-version files exit 1 with one line each', async () => {
    const cases: [string, string][] = [
      ['{"schemaVersion":', '(file): is not valid JSON'],
      ['['.repeat(200) + ']'.repeat(200), '(file): is nested more than 64 levels deep'],
      [readFileSync(FIXTURE, 'utf8').replace('"schemaVersion":3', '"schemaVersion":9'), 'schemaVersion: created by a newer version of Bankable — update the app']
    ]
    for (const [text, line] of cases) {
      const path = join(dir, 'case.json')
      writeFileSync(path, text)
      const { out, sink } = captureOutput()
      expect(await validateCommand([path], sink)).toBe(1)
      expect(out.stdout.trim().split('\n')).toHaveLength(1)
      expect(out.stdout.startsWith(line)).toBe(true)
    }
  })

  it('a number JSON reads as Infinity (1e400) is named by its path, not "expected number, received number"', async () => {
    const path = join(dir, 'huge.json')
    writeFileSync(path, readFileSync(FIXTURE, 'utf8').replace('"constructionMonths":12', '"constructionMonths":1e400'))
    const { out, sink } = captureOutput()
    expect(await validateCommand([path], sink)).toBe(1)
    expect(out.stdout).toBe('timeline.constructionMonths: number is too large (not finite)\n')
    expect(out.stderr).toBe(`${path}: 1 problem\n`)
  })

  it('a 100k-deep file is refused before JSON.parse, naming where', async () => {
    const path = join(dir, 'deep.json')
    writeFileSync(path, '['.repeat(100_000) + ']'.repeat(100_000))
    const { out, sink } = captureOutput()
    expect(await validateCommand([path], sink)).toBe(1)
    expect(out.stdout).toBe('(file): is nested more than 64 levels deep (at byte 64)\n')
  })

  it('bytes that are not UTF-8 are refused with their offset, not turned into U+FFFD', async () => {
    const fixture = readFileSync(FIXTURE)
    const at = fixture.indexOf('"name":"') + 8
    const cases: [string, number[], string][] = [
      ['overlong.json', [0xc0, 0xaf], 'invalid byte 0xC0'], // an overlong "/" (Table 3-7 forbids C0)
      ['lone-continuation.json', [0x80], 'invalid byte 0x80']
    ]
    for (const [name, bad, what] of cases) {
      const path = join(dir, name)
      writeFileSync(path, Buffer.concat([fixture.subarray(0, at), Buffer.from(bad), fixture.subarray(at)]))
      const { out, sink } = captureOutput()
      expect(await validateCommand([path], sink)).toBe(1)
      expect(out.stdout).toBe('')
      expect(out.stderr).toBe(`${path}: not UTF-8 text (${what} at byte offset ${at}); save it as UTF-8\n`)
    }
  })

  it('a valid UTF-8 file with a BOM (and non-ASCII text) still validates', async () => {
    const path = join(dir, 'bom.json')
    const text = readFileSync(FIXTURE, 'utf8').replace(/"name":"[^"]*"/, '"name":"Übersee €"')
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))
    const { out, sink } = captureOutput()
    expect(await validateCommand([path], sink)).toBe(0)
    expect(out.stdout).toContain('valid (project "Übersee €"')
  })

  it('two files is a usage error; "--" lets a file start with a dash', async () => {
    const { sink } = captureOutput()
    expect(await validateCommand([FIXTURE, FIXTURE], sink)).toBe(2)
    expect(await validateCommand(['--', FIXTURE], sink)).toBe(0)
  })
})
