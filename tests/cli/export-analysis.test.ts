/**
 * `export … --with-analysis` and `--draws N --seed S`: the value sheets are written, the draws equal
 * `simulate --csv` for the same seed (provenance: the simulate command, run in the same process),
 * the plain export stays plain, and the exit codes keep their meaning (0 ok, 1 problems, 2 usage).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { exportCommand } from '../../src/cli/commands/export'
import { simulateCommand } from '../../src/cli/commands/simulate'
import { batteryAnnuity } from '../xlsx/support/projects'
import { captureOutput } from './cli-helpers'

const dir = mkdtempSync(join(tmpdir(), 'bankable-export-analysis-'))
const projectFile = join(dir, 'project.json')
writeFileSync(projectFile, JSON.stringify(batteryAnnuity()))

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer)
  return wb
}

/** Parse `simulate --csv` (numbers as JavaScript printed them; empty = no value). */
function parseCsv(text: string): { header: string[]; rows: (number | null)[][] } {
  const lines = text.trimEnd().split('\r\n')
  return { header: lines[0]!.split(','), rows: lines.slice(1).map((l) => l.split(',').map((x) => (x === '' ? null : Number(x)))) }
}

describe('export with analysis', () => {
  it('--with-analysis --draws 250 --seed 42: all four value sheets; the draws are simulate\'s draws for that seed', async () => {
    const target = join(dir, 'with.xlsx')
    const { out, sink } = captureOutput()
    expect(await exportCommand([projectFile, '--out', target, '--with-analysis', '--draws', '250', '--seed', '42'], sink)).toBe(0)
    expect(out.stderr).toBe('')
    expect(out.stdout).toMatch(/Scenarios \(values\): 3 ready-made \(the project has none stored\) scenarios/)
    expect(out.stdout).toMatch(/Sensitivity draws \(values\): 250 draws/)
    const wb = await open(target)
    expect(out.stdout).toMatch(/Natural hedge \(values\): natural-hedge ledger ±10 % \(\d+ drivers\)/)
    expect(wb.worksheets.map((w) => w.name).slice(-4)).toEqual(['Scenarios (values)', 'Sensitivity (values)', 'Sensitivity draws (values)', 'Natural hedge (values)'])
    for (const w of wb.worksheets.slice(-4)) expect(String(w.getCell('A2').value)).toMatch(/^Values computed by Bankable \S+ on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC — not linked to the model's formulas/)

    const sim = captureOutput()
    expect(await simulateCommand([projectFile, '--draws', '250', '--seed', '42', '--csv'], sim.sink)).toBe(0)
    const csv = parseCsv(sim.out.stdout)
    const ws = wb.getWorksheet('Sensitivity draws (values)')!
    let header = 0
    ws.eachRow((row, r) => { if (header === 0 && row.getCell(1).value === 'Draw (#)') header = r })
    expect(header).toBeGreaterThan(0)
    expect(csv.rows.length).toBe(250)
    const sheetRows = csv.rows.map((_, i) => csv.header.map((__, j) => {
      const v = ws.getRow(header + 1 + i).getCell(j + 1).value
      return v === null || v === undefined ? null : v
    }))
    expect(sheetRows).toEqual(csv.rows)
    // Same column order: the CSV header is "<header> (<unit>)", the sheet shows fractions as %.
    expect(ws.getRow(header).getCell(1).value).toBe('Draw (#)')
    expect(csv.header[0]).toBe('Draw (#)')

    const sens = wb.getWorksheet('Sensitivity (values)')!
    const texts: string[] = []
    sens.eachRow((row) => row.eachCell((c) => void texts.push(String(c.value))))
    expect(texts).toContain('Driver')
    expect(texts).toContain('Prices moved')
    expect(texts).toContain('Seed')
  }, 60_000)

  it('--draws alone adds only the Monte Carlo parts; --with-analysis alone no draws sheet; the plain export none', async () => {
    const a = join(dir, 'draws-only.xlsx')
    expect(await exportCommand([projectFile, '--out', a, '--draws', '50'], captureOutput().sink)).toBe(0)
    expect((await open(a)).worksheets.map((w) => w.name).slice(-3)).toEqual(['Base Cash flow', 'Sensitivity (values)', 'Sensitivity draws (values)'])
    const b = join(dir, 'analysis-only.xlsx')
    expect(await exportCommand([projectFile, '--out', b, '--with-analysis', '--values'], captureOutput().sink)).toBe(0)
    expect((await open(b)).worksheets.map((w) => w.name).slice(-4)).toEqual(['Base Cash flow', 'Scenarios (values)', 'Sensitivity (values)', 'Natural hedge (values)'])
    const c = join(dir, 'plain.xlsx')
    const plain = captureOutput()
    expect(await exportCommand([projectFile, '--out', c], plain.sink)).toBe(0)
    expect((await open(c)).worksheets.map((w) => w.name).at(-1)).toBe('Base Cash flow')
    expect(plain.out.stdout.split('\n').filter(Boolean)).toHaveLength(1)
  }, 60_000)

  it.each([
    [['--seed', '3'], /--seed needs --draws N/],
    [['--draws', '0'], /--draws must be a whole number from 1 to 200000/],
    [['--draws', 'lots'], /--draws must be a whole number/],
    [['--draws', '10', '--seed', '-1'], /--seed must be a whole number ≥ 0/],
    [['--draws'], /--draws needs a value/],
    [['--with-analysis', '--bogus'], /unknown option --bogus/]
  ])('usage error %j → exit 2, nothing written', async (extra, message) => {
    const target = join(dir, 'never.xlsx')
    const { out, sink } = captureOutput()
    expect(await exportCommand([projectFile, '--out', target, ...extra], sink)).toBe(2)
    expect(out.stderr).toMatch(message)
    expect(out.stderr).toMatch(/usage: export FILE --out MODEL\.xlsx \[--values\] \[--with-analysis\] \[--draws N \[--seed S\]\]/)
    expect(existsSync(target)).toBe(false)
  })

  it('an invalid project with --with-analysis → exit 1, nothing written', async () => {
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, JSON.stringify({ ...batteryAnnuity(), name: '' }))
    const target = join(dir, 'never2.xlsx')
    expect(await exportCommand([bad, '--out', target, '--with-analysis', '--draws', '10'], captureOutput().sink)).toBe(1)
    expect(existsSync(target)).toBe(false)
  })
  it('--breach-prob 0.1 --draws 120 --seed 9: the breach sizing sheet with the `size` command\'s amount; a bad probability is a usage error', async () => {
    const out = join(dir, 'breach.xlsx')
    const c = captureOutput()
    expect(await exportCommand([projectFile, '--out', out, '--breach-prob', '0.1', '--draws', '120', '--seed', '9'], c.sink)).toBe(0)
    expect(c.out.stdout).toMatch(/\+ Breach sizing \(values\): sized to P\(min DSCR < 1\.00x\) ≤ 10 %: \w{3} [\d,.]+ m \(deterministic \w{3} [\d,.]+ m; 120 draws, seed 9\)/)
    const { sizeCommand } = await import('../../src/cli/commands/size')
    const s = captureOutput()
    await sizeCommand([projectFile, '--breach-prob', '0.1', '--draws', '120', '--seed', '9', '--json'], s.sink)
    const sized = JSON.parse(s.out.stdout) as { chosen: { amount: number } }
    const ws = (await open(out)).getWorksheet('Breach sizing (values)')!
    let amount: unknown
    ws.eachRow((row) => {
      if (row.getCell(1).value === 'Chosen (largest amount meeting the target)') amount = row.getCell(2).value
    })
    expect(amount).toBe(sized.chosen.amount)
    const bad = captureOutput()
    expect(await exportCommand([projectFile, '--out', join(dir, 'bad.xlsx'), '--breach-prob', '2'], bad.sink)).toBe(2)
    expect(bad.out.stderr).toMatch(/--breach-prob must be from 0 to below 1/)
  })
})
