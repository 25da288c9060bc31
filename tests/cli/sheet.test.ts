import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sheetCommand } from '../../src/cli/commands/sheet'
import { runModel } from '@shared/engine'
import { readProjectFile, writeProjectFile } from '@shared/model/project-file'
import { projectSha256 } from '@shared/review'
import { SHEET_HEADLINE, headlineText } from '@shared/sheet'
import { formatMetric } from '@renderer/format/metrics'
import { formatByKind } from '@shared/format/metrics'
import { crowdedProject, HOSTILE, hostileProject, sheetProject, trancheSheetProject } from '../shared/sheet/sheet-fixtures'
import { captureOutput, ROOT } from './cli-helpers'

const dir = mkdtempSync(join(tmpdir(), 'bankable-sheet-'))
const samplesDir = join(ROOT, 'resources/samples')
const samples = existsSync(samplesDir) ? readdirSync(samplesDir).filter((f) => f.endsWith('.json')).map((f) => join(samplesDir, f)) : []

function fixtureFile(name: string, text: string): string {
  const p = join(dir, name)
  writeFileSync(p, text)
  return p
}

/** The sheet must print the figures exactly as the app's Results cards do (the renderer's formatter). */
const pdfText = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1])

const cases = [
  ...samples.map((f) => ({ name: f.split('/').pop()!, file: f })),
  { name: 'rich (INR, sculpted, risks)', file: fixtureFile('rich.json', writeProjectFile(sheetProject())) },
  { name: 'three tranches (USD hedged with ECA cover, USD floating, INR)', file: fixtureFile('tranches.json', writeProjectFile(trancheSheetProject())) },
  { name: 'hostile names', file: fixtureFile('hostile.json', writeProjectFile(hostileProject())) },
  { name: 'crowded (steps down to fewer rows)', file: fixtureFile('crowded.json', writeProjectFile(crowdedProject())) }
]

describe('cli sheet', () => {
  it.each(cases.flatMap((c) => [{ ...c, letter: false }, { ...c, letter: true }]))('$name ($letter → Letter) prints one page with the app’s headline figures', async ({ file, letter }) => {
    const out = join(dir, `${file.split('/').pop()}-${letter ? 'letter' : 'a4'}.pdf`)
    const { out: o, sink } = captureOutput()
    const code = await sheetCommand([file, '--out', out, ...(letter ? ['--letter'] : [])], sink)
    expect(o.stderr).toBe('')
    expect(code).toBe(0)
    expect(pages(out)).toBe(1)
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toContain(letter ? '612 x 792' : '595.')
    const text = pdfText(out).replace(/\s+/g, ' ')
    const r = readProjectFile(readFileSync(file, 'utf8'))
    if (!r.ok) throw new Error('fixture invalid')
    const result = runModel(r.value)
    for (const { key } of SHEET_HEADLINE) {
      const app = formatMetric(key, result.metrics[key] as never, result.currency)
      // headlineText is the one formatter (src/shared/format); the PDF must carry it verbatim.
      expect(headlineText(result, key)).toBe(app)
      expect(text).toContain(app.startsWith('n/a') ? 'n/a' : app)
    }
    expect(text).toContain(projectSha256(r.value).slice(0, 40))
    expect(text).toContain(r.value.name.slice(0, 30))
  }, 60_000)

  it.each(samples.map((file) => ({ name: file.split('/').pop()!, file })))('$name --lang ja: one page in Japanese, Noto Sans JP embedded, the same headline figures', async ({ file }) => {
    const out = join(dir, `${file.split('/').pop()}-ja.pdf`)
    const { out: o, sink } = captureOutput()
    expect(await sheetCommand([file, '--out', out, '--lang', 'ja'], sink)).toBe(0)
    expect(o.stderr).toBe('')
    expect(pages(out)).toBe(1)
    expect(execFileSync('pdffonts', [out], { encoding: 'utf8' })).toMatch(/NotoSansJP/)
    const text = pdfText(out).replace(/\s+/g, ' ')
    for (const words of ['主要指標', 'バンカビリティ・チェックリスト', '資金調達と資金使途', '融資条件', '感応度分析', 'プロジェクト概要書']) expect(text).toContain(words)
    const r = readProjectFile(readFileSync(file, 'utf8'))
    if (!r.ok) throw new Error('fixture invalid')
    const result = runModel(r.value)
    // The figures are the English sheet's; only a period of years reads 年.
    for (const { key } of SHEET_HEADLINE) expect(text).toContain(headlineText(result, key, 'full', 'ja').replace(/^n\/a — .*/, 'n/a'))
    expect(text).toContain(projectSha256(r.value).slice(0, 40))
  }, 60_000)

  it('refuses a language it does not have, naming the ones it has', async () => {
    const { out: o, sink } = captureOutput()
    expect(await sheetCommand([cases[0]!.file, '--out', join(dir, 'x.pdf'), '--lang', 'de'], sink)).toBe(2)
    expect(o.stderr).toContain('--lang must be one of en, ja (got de)')
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false)
  })

  it('prints hostile names as text', async () => {
    const out = join(dir, 'hostile-text.pdf')
    const { sink } = captureOutput()
    expect(await sheetCommand([cases.at(-2)!.file, '--out', out], sink)).toBe(0)
    const text = pdfText(out)
    expect(text).toContain(HOSTILE.name)
    expect(text).toContain(HOSTILE.sponsor)
    expect(text).toContain(HOSTILE.counterparty)
  }, 60_000)

  it('a crowded project fits one page by showing fewer rows, each list saying how many more there are', async () => {
    const out = join(dir, 'crowded-text.pdf')
    const { out: o, sink } = captureOutput()
    expect(await sheetCommand([cases.at(-1)!.file, '--out', out, '--letter'], sink)).toBe(0)
    expect(o.stderr).toBe('')
    expect(pages(out)).toBe(1)
    const text = pdfText(out).replace(/\s+/g, ' ')
    expect(text).toMatch(/\+ \d more streams/)
    expect(text).toMatch(/\+ \d more contracts in the project file/)
    expect(text).toMatch(/\+ \d+ more in the project file/)
    expect(text).toContain('Generated') // the footer is on the page, not cut
  }, 60_000)

  it('prints the senior debt by tranche: lender and type, currency, amounts in both currencies, tenor, rate, cover', async () => {
    const file = cases.find((c) => c.file.endsWith('tranches.json'))!.file
    const out = join(dir, 'tranches-text.pdf')
    const { out: o, sink } = captureOutput()
    expect(await sheetCommand([file, '--out', out], sink)).toBe(0)
    expect(o.stderr).toBe('')
    expect(pages(out)).toBe(1)
    const text = pdfText(out).replace(/\s+/g, ' ')
    const r = readProjectFile(readFileSync(file, 'utf8'))
    if (!r.ok) throw new Error('fixture invalid')
    const result = runModel(r.value)
    expect(text).toContain('SENIOR DEBT BY TRANCHE')
    for (const [name, id] of [['JBIC buyer’s credit (ECA)', 'jbic'], ['IFC A loan (DFI)', 'ifc']] as const) {
      expect(text).toContain(name)
      const t = result.financing.tranches.find((x) => x.id === id)!
      expect(text).toContain(formatByKind('money', t.debtAtCodInCurrency, 'USD'))
      expect(text).toContain(formatByKind('money', t.debtAtCod, 'INR'))
    }
    expect(text).toContain('SBI term loan')
    // The full or the compact cover, whichever density the page needed.
    expect(text).toMatch(/ECA premium 4\.5 %; hedged, swap 1\.5 %\/yr|ECA 4\.5 %, hedged 1\.5 %\/yr/)
    expect(text).toContain('base + 3.25 %')
    expect(text).toMatch(/\d+\.\d+ % blended/)
    expect(text).toMatch(/Debt service by currency: [\d.]+ % in USD hedged into INR, [\d.]+ % in USD unhedged, [\d.]+ % in INR\./)
  }, 60_000)

  it('refuses a missing Chromium with a clear message and writes nothing', async () => {
    const out = join(dir, 'none.pdf')
    const { out: o, sink } = captureOutput()
    const before = process.env.CHROMIUM_PATH
    process.env.CHROMIUM_PATH = join(dir, 'no-such-chromium')
    try {
      expect(await sheetCommand([cases.at(-1)!.file, '--out', out], sink)).toBe(1)
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH
      else process.env.CHROMIUM_PATH = before
    }
    expect(o.stderr).toMatch(/Chromium not found at .*no-such-chromium.*CHROMIUM_PATH/)
    expect(existsSync(out)).toBe(false)
  })

  it.each([
    [[], 'missing FILE'],
    [['a.json'], 'missing --out'],
    [['a.json', '--out'], '--out needs a file name'],
    [['a.json', '--out', 'x.pdf', '--bogus'], 'unknown option --bogus']
  ])('usage error %j', async (args, message) => {
    const { out: o, sink } = captureOutput()
    expect(await sheetCommand(args, sink)).toBe(2)
    expect(o.stderr).toContain(message)
  })

  it('reports an invalid project file and writes no PDF', async () => {
    const bad = fixtureFile('bad.json', '{"schemaVersion":1,"id":"x"}')
    const out = join(dir, 'bad.pdf')
    const { out: o, sink } = captureOutput()
    expect(await sheetCommand([bad, '--out', out], sink)).toBe(1)
    expect(o.stderr).toContain('no sheet written')
    expect(existsSync(out)).toBe(false)
  })
})
