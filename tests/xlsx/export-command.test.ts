/** `export FILE --out MODEL.xlsx [--values]`: exit codes 0/1/2, atomic write, live vs values-only. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { exportCommand } from '../../src/cli/commands/export'
import { writeProjectFile } from '../../src/shared/model/project-file'
import { batteryAnnuity } from './support/projects'

const capture = () => {
  const o = { out: '', err: '' }
  return { o, io: { stdout: (s: string) => { o.out += s }, stderr: (s: string) => { o.err += s } } }
}
const dir = mkdtempSync(join(tmpdir(), 'bankable-export-'))
const projectFile = join(dir, 'project.json')
writeFileSync(projectFile, JSON.stringify(batteryAnnuity()))
const sheetXml = (bytes: Buffer) => Object.entries(unzipSync(new Uint8Array(bytes))).filter(([k]) => k.startsWith('xl/worksheets/')).map(([, v]) => strFromU8(v)).join('')

describe('export command', () => {
  it('writes the live model (exit 0) with formulas and the project hash on the cover', async () => {
    const { o, io } = capture()
    const target = join(dir, 'model.xlsx')
    expect(await exportCommand([projectFile, '--out', target], io)).toBe(0)
    expect(o.out).toMatch(/live Excel model of "Battery annuity"/)
    const bytes = readFileSync(target)
    expect(sheetXml(bytes)).toMatch(/<f>/)
    // The fingerprint of the project, not of the file's formatting: SHA-256 of the canonical project
    // file (writeProjectFile), the same hash the app's export, the sheet and reviews print.
    const { createHash } = await import('node:crypto')
    const sha = createHash('sha256').update(writeProjectFile(batteryAnnuity())).digest('hex')
    expect(strFromU8(unzipSync(new Uint8Array(bytes))['xl/sharedStrings.xml']!)).toContain(sha)
    expect(readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(false)
  })

  it('--values writes no formulas', async () => {
    const { io } = capture()
    const target = join(dir, 'values.xlsx')
    expect(await exportCommand([projectFile, `--out=${target}`, '--values'], io)).toBe(0)
    expect(sheetXml(readFileSync(target))).not.toMatch(/<f>/)
  })

  it('invalid project → exit 1, one line per problem, nothing written', async () => {
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, JSON.stringify({ ...batteryAnnuity(), name: '' }))
    const { o, io } = capture()
    const target = join(dir, 'never.xlsx')
    expect(await exportCommand([bad, '--out', target], io)).toBe(1)
    expect(o.out).toMatch(/^name: /m)
    expect(existsSync(target)).toBe(false)
    expect(await exportCommand([join(dir, 'missing.json'), '--out', target], capture().io)).toBe(1)
  })

  it.each([[[]], [['a.json']], [['a.json', '--out']], [['a.json', '--out', 'x.csv']], [['a.json', '--out', 'x.xlsx', '--bogus']], [['a.json', 'b.json', '--out', 'x.xlsx']]])('usage error %j → exit 2', async (args) => {
    const { o, io } = capture()
    expect(await exportCommand(args, io)).toBe(2)
    expect(o.err).toMatch(/usage: export FILE --out MODEL\.xlsx \[--values\]/)
  })

  it('the samples export too', async () => {
    const samples = resolve(import.meta.dirname, '../../resources/samples')
    if (!existsSync(samples)) return
    for (const f of readdirSync(samples).filter((x) => x.endsWith('.json'))) {
      const { o, io } = capture()
      expect({ f, code: await exportCommand([join(samples, f), '--out', join(dir, `${f}.xlsx`)], io), err: o.err }).toEqual({ f, code: 0, err: '' })
    }
  })
})
