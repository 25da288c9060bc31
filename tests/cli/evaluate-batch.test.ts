import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { evaluateCommand, type EvaluateJson } from '../../src/cli/commands/evaluate'
import { inOrder, runBatch } from '../../src/cli/batch/pool'
import { BATCH_COLUMNS, type BatchRow } from '../../src/cli/batch/row'
import { projectSha256 } from '@shared/review/project-hash'
import { readProjectFile } from '@shared/model/project-file'
import { buildCliBundle, captureOutput, ROOT, runBundle, runCliProcess } from './cli-helpers'

/**
 * Batch screening (`evaluate DIR|FILES… --csv --jobs N`): one row per file in input order, a bad file
 * reported in its row without stopping the rest, the same rows whatever the number of jobs.
 */

/** RFC 4180 reader, written here so the test does not trust the writer's own quoting. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"' && cell === '') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    }
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += ch
  }
  if (cell !== '' || row.length > 0) throw new Error(`unterminated last record: ${JSON.stringify(row)} ${JSON.stringify(cell)}`)
  return rows
}

const SAMPLES = readdirSync(join(ROOT, 'resources/samples')).filter((f) => f.endsWith('.json')).sort()
const dir = mkdtempSync(join(tmpdir(), 'bankable-batch-'))
const pipeline = join(dir, 'pipeline')
mkdirSync(pipeline)
for (const s of SAMPLES) writeFileSync(join(pipeline, s), readFileSync(join(ROOT, 'resources/samples', s)))
// The bad files, named so they sort between the samples: invalid JSON, a schema error, hostile input.
writeFileSync(join(pipeline, 'a-broken.json'), '{ "schemaVersion": 1, "name": ')
writeFileSync(join(pipeline, 'j-schema.json'), JSON.stringify({ schemaVersion: 1, name: 'x' }))
writeFileSync(join(pipeline, 'k-deep.json'), `${'['.repeat(100_000)}${']'.repeat(100_000)}`)
// A valid sample with a prototype-polluting key: the safe parser drops the key, the figures are the sample's.
writeFileSync(join(pipeline, 'l-proto.json'), readFileSync(join(ROOT, 'resources/samples/pgm-catalyst-recovery.json'), 'utf8').replace(/^\{/, '{"__proto__": {"polluted": true},'))
writeFileSync(join(pipeline, 'm-latin1.json'), Buffer.from([0x7b, 0x22, 0x6e, 0xe9, 0x22, 0x3a, 0x31, 0x7d]))
writeFileSync(join(pipeline, 'notes.txt'), 'not a project file: a directory lists only *.json')
// A valid project whose name a spreadsheet would run as a formula, with a comma, a quote and a line break.
const evil = readProjectFile(readFileSync(join(ROOT, 'resources/samples/pgm-catalyst-recovery.json'), 'utf8'))
if (!evil.ok) throw new Error('sample invalid')
const evilName = '=HYPERLINK("http://x", "a, b")\nsecond line'
writeFileSync(join(pipeline, 'z-evil-name.json'), JSON.stringify({ ...evil.value, name: evilName }))

const expectedOrder = [
  'a-broken.json', ...SAMPLES.filter((s) => s < 'j'), 'j-schema.json', 'k-deep.json', 'l-proto.json', 'm-latin1.json', ...SAMPLES.filter((s) => s > 'm'), 'z-evil-name.json'
].map((f) => join(pipeline, f))

async function runInProcess(args: string[]) {
  const { out, sink } = captureOutput()
  const code = await evaluateCommand(args, sink)
  return { code, stdout: out.stdout, stderr: out.stderr, rows: parseCsv(out.stdout) }
}

const cellOf = (header: string[], row: string[], column: (typeof BATCH_COLUMNS)[number]) => row[header.indexOf(column)]!

describe('evaluate DIR --csv (one thread)', () => {
  let r: Awaited<ReturnType<typeof runInProcess>>
  beforeAll(async () => {
    r = await runInProcess([pipeline, '--csv', '--jobs', '1'])
  }, 120_000)

  it('the header is the documented columns; one row per *.json file, sorted by name; exit 1 because some failed', () => {
    expect(r.rows[0]).toEqual([...BATCH_COLUMNS])
    expect(r.rows.slice(1).map((row) => row[0])).toEqual(expectedOrder)
    expect(r.rows.every((row) => row.length === BATCH_COLUMNS.length)).toBe(true)
    expect(r.code).toBe(1)
    expect(r.stdout.endsWith('\r\n')).toBe(true)
    expect(r.stderr).toMatch(/evaluate: 9 files in \d+\.\d s with 1 job, 5 evaluated, 4 failed\n$/)
  })

  it('each sample row carries what evaluate --json prints for it, the app fingerprint and the checklist grade', async () => {
    const [header, ...rows] = r.rows
    for (const s of SAMPLES) {
      const file = join(pipeline, s)
      const row = rows.find((x) => x[0] === file)!
      const single = captureOutput()
      expect(await evaluateCommand([file, '--json'], single.sink)).toBe(0)
      const doc = JSON.parse(single.out.stdout) as EvaluateJson
      const metricColumns = ['projectIrr', 'equityIrr', 'npv', 'minDscr', 'minDscrAllOperating', 'llcr', 'debtAtCod', 'supplyCoverage', 'offtakeCoverage', 'peakSponsorSupport', 'breakevenAllPricesDscr1'] as const
      for (const c of metricColumns) expect({ c, v: cellOf(header!, row, c) }).toEqual({ c, v: doc.metrics[c] === null ? '' : String(doc.metrics[c]) })
      const project = readProjectFile(readFileSync(file, 'utf8'))
      if (!project.ok) throw new Error('sample invalid')
      expect(cellOf(header!, row, 'fingerprint')).toBe(projectSha256(project.value))
      expect(cellOf(header!, row, 'name')).toBe(project.value.name)
      expect(cellOf(header!, row, 'currency')).toBe(project.value.reportingCurrency)
      expect(['green', 'amber', 'red', 'na']).toContain(cellOf(header!, row, 'grade'))
      expect(cellOf(header!, row, 'error')).toBe('')
    }
  })

  it('bad files: an error in their row and every figure empty', () => {
    const [header, ...rows] = r.rows
    const errorOf = (name: string) => {
      const row = rows.find((x) => x[0] === join(pipeline, name))!
      for (const c of BATCH_COLUMNS.filter((c) => c !== 'file' && c !== 'error')) expect(cellOf(header!, row, c)).toBe('')
      return cellOf(header!, row, 'error')
    }
    expect(errorOf('a-broken.json')).toMatch(/not valid JSON/)
    expect(errorOf('j-schema.json')).toMatch(/^\d+ problems; first \S+: /)
    expect(errorOf('k-deep.json')).toMatch(/nest|deep/i)
    expect(errorOf('m-latin1.json')).toMatch(/UTF-8/)
    // The __proto__ key is dropped, nothing is polluted, and the row is the PGM sample's own.
    const proto = rows.find((x) => x[0] === join(pipeline, 'l-proto.json'))!
    const pgm = rows.find((x) => x[0] === join(pipeline, 'pgm-catalyst-recovery.json'))!
    expect(proto.slice(1)).toEqual(pgm.slice(1))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('a hostile project name stays one cell, quoted, with the formula defused by a leading apostrophe', () => {
    const [header, ...rows] = r.rows
    const row = rows.find((x) => x[0] === join(pipeline, 'z-evil-name.json'))!
    expect(cellOf(header!, row, 'name')).toBe(`'${evilName}`)
    expect(cellOf(header!, row, 'error')).toBe('')
    expect(r.stdout).toContain(`"'=HYPERLINK(""http://x"", ""a, b"")\nsecond line"`)
  })

  it('files named one by one keep the given order; a missing file is a row, not a stop', async () => {
    const missing = join(dir, 'no-such.json')
    const files = [join(pipeline, SAMPLES[2]!), missing, join(pipeline, SAMPLES[0]!)]
    const x = await runInProcess([...files, '--csv', '--jobs', '1'])
    expect(x.rows.slice(1).map((row) => row[0])).toEqual(files)
    expect(cellOf(x.rows[0]!, x.rows[2]!, 'error')).toBe('cannot read (no such file)')
    expect(x.code).toBe(1)
    const ok = await runInProcess([join(pipeline, SAMPLES[0]!), '--csv'])
    expect([ok.code, ok.rows.length]).toEqual([0, 2])
  })

  it('a directory without project files: the header only, a message, exit 1', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'bankable-empty-'))
    const x = await runInProcess([empty, '--csv', '--jobs', '1'])
    expect(x.rows).toEqual([[...BATCH_COLUMNS]])
    expect(x.stderr).toContain(`${empty}: no project files (*.json) in this directory`)
    expect(x.code).toBe(1)
  })

  it('usage errors (exit 2): --json with a batch, --jobs outside 1–64 or not whole, no FILE', async () => {
    for (const args of [[pipeline, '--json'], [pipeline, pipeline, '--json'], [pipeline, '--jobs', '0'], [pipeline, '--jobs', '65'], [pipeline, '--jobs', '1.5'], [pipeline, '--jobs'], ['--csv']]) {
      const x = captureOutput()
      expect({ args, code: await evaluateCommand(args, x.sink) }).toEqual({ args, code: 2 })
      expect(x.out.stdout).toBe('')
    }
  })
})

describe('worker threads', () => {
  const bundleDir = mkdtempSync(join(tmpdir(), 'bankable-batch-bundle-'))
  let bin = ''
  beforeAll(() => {
    bin = buildCliBundle(bundleDir)
  }, 120_000)

  it('--jobs 1 and --jobs 2 print identical rows in the same order (installed bundle), and so does the tsx command', () => {
    const one = runBundle(bin, ['evaluate', pipeline, '--csv', '--jobs', '1'])
    const two = runBundle(bin, ['evaluate', pipeline, '--jobs', '2'])
    expect(one.code).toBe(1)
    expect(two.code).toBe(1)
    expect(parseCsv(one.stdout).length).toBe(expectedOrder.length + 1)
    expect(two.stdout).toBe(one.stdout)
    expect(two.stderr).toMatch(/with 2 jobs, 5 evaluated, 4 failed\n$/)
    const tsx = runCliProcess(['evaluate', pipeline, '--jobs', '2'])
    expect(tsx.stdout).toBe(one.stdout)
  })

  it('runBatch over the bundle as worker entry: the rows of the in-thread run, in input order', async () => {
    const files = [...expectedOrder, ...expectedOrder.slice(0, 3)]
    const collect = async (jobs: number) => {
      const got: [number, BatchRow][] = []
      await runBatch(files, { jobs, workerEntry: bin, onRow: (i, row) => got.push([i, row]) })
      return got
    }
    const one = await collect(1)
    const three = await collect(3)
    expect(three.map(([i]) => i)).toEqual(files.map((_, i) => i))
    expect(three).toEqual(one)
  })

  it('a worker that dies costs only its file: that row says so, a fresh worker takes the rest', async () => {
    const crash = join(dir, 'crash.mjs')
    writeFileSync(crash, 'process.exit(3)\n')
    const rows: BatchRow[] = []
    await runBatch(expectedOrder.slice(0, 4), { jobs: 2, workerEntry: crash, onRow: (_i, row) => rows.push(row) })
    expect(rows.map((x) => x.file)).toEqual(expectedOrder.slice(0, 4))
    for (const x of rows) expect(x.error).toBe('internal error: the worker evaluating this file stopped (exit code 3)')
  })
})

describe('inOrder', () => {
  it('delivers rows arriving in any order by index, each once', () => {
    const seen: number[] = []
    const put = inOrder((i) => seen.push(i))
    const row = {} as BatchRow
    for (const i of [2, 0, 3, 1, 5, 4]) put(i, row)
    expect(seen).toEqual([0, 1, 2, 3, 4, 5])
  })
})
