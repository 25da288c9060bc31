/**
 * Export benchmark: a large generated project (30 years monthly, 20 streams, 10 contracts) through
 * engine → workbook description → .xlsx bytes (write-xlsx.ts, the one writer). Targets (issue 18):
 * the export itself ≤ 1 s wall, and with the analysis sheets ≤ 2 s (engine and the analysis runs are
 * reported separately). CPU time is printed too, as wall time on a shared machine says little. The
 * live export does not evaluate formulas (see build-model.ts). `benchExport()` returns printed lines;
 * bench/index.ts prints them.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runModel } from '../src/shared/engine'
import { parseProject, type Project } from '../src/shared/model'
import { largeProject } from './engine'
import { buildModelWorkbook } from '../src/shared/workbook/build-model'
import { writeWorkbookXlsx } from '../src/shared/workbook/write-xlsx'
import { computeExportAnalysis } from '../src/cli/commands/export-analysis'
import type { BuildOptions } from '../src/shared/workbook/build-model'

const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000 }

type Run = { buildMs: number; writeMs: number; buildCpu: number; writeCpu: number; bytes: number; cells: number }

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function once(project: Project, result: ReturnType<typeof runModel>, analysis?: BuildOptions['analysis']): Promise<Run> {
  let t = performance.now()
  let c = cpuMs()
  const built = buildModelWorkbook(project, result, { exportedAt: 'bench', appVersion: 'bench', projectSha256: '0'.repeat(64), analysis })
  if (!built.ok) throw new Error(built.message)
  const buildMs = performance.now() - t
  const buildCpu = cpuMs() - c
  t = performance.now()
  c = cpuMs()
  const bytes = await writeWorkbookXlsx(built.workbook, { creator: 'bench', created: new Date(0) })
  const cells = built.workbook.sheets.reduce((a, s) => a + s.rows.reduce((b, r) => b + r.filter(Boolean).length, 0), 0)
  return { buildMs, writeMs: performance.now() - t, buildCpu, writeCpu: cpuMs() - c, bytes: bytes.length, cells }
}

/** Median and best of the runs after the first (which pays for loading and JIT warm-up, as the app's first export does). */
function summary(label: string, runs: Run[], targetMs: number): string[] {
  const total = (r: Run) => r.buildMs + r.writeMs
  const warm = runs.slice(1)
  const wall = median(warm.map(total))
  const cpu = median(warm.map((r) => r.buildCpu + r.writeCpu))
  const verdict = wall <= targetMs ? 'OK' : cpu <= targetMs ? 'CPU within target; wall time inflated by other load' : 'SLOW'
  return [
    ...runs.map((r, i) => `${label} run ${i + 1}${i === 0 ? ' (cold)' : ''}: build ${r.buildMs.toFixed(0)} ms (${r.buildCpu.toFixed(0)} CPU) · write ${r.writeMs.toFixed(0)} ms (${r.writeCpu.toFixed(0)} CPU) · total ${total(r).toFixed(0)} ms wall`),
    `${label}: median of ${warm.length} warm runs ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU (build ${median(warm.map((r) => r.buildMs)).toFixed(0)} + write ${median(warm.map((r) => r.writeMs)).toFixed(0)} ms wall); best ${Math.min(...warm.map(total)).toFixed(0)} ms wall (target ≤ ${targetMs} ms wall: ${verdict})`
  ]
}

/** The large model exported plain (target ≤ 1 s), then with its analysis sheets (target ≤ 2 s for build and write). */
export async function benchExport(): Promise<string[]> {
  const project = largeProject()
  let t = performance.now()
  const result = runModel(project)
  const engineMs = performance.now() - t
  const runs: Run[] = []
  for (let i = 0; i < 5; i++) runs.push(await once(project, result))
  t = performance.now()
  const c = cpuMs()
  const analysis = computeExportAnalysis(project, { withAnalysis: true, draws: null, computedAt: 'bench' })
  if (!analysis.ok) throw new Error(analysis.message)
  const analysisMs = performance.now() - t
  const analysisCpu = cpuMs() - c
  const withAnalysis: Run[] = []
  for (let i = 0; i < 4; i++) withAnalysis.push(await once(project, result, analysis.value ?? undefined))
  return [
    `export: ${result.periods.length} periods (30 yrs monthly), 20 streams, 10 contracts, ${runs[0]!.cells.toLocaleString('en-US')} cells; engine ${engineMs.toFixed(0)} ms (not counted)`,
    ...summary('export', runs, 1000),
    `export: file size ${(runs[0]!.bytes / 1024 / 1024).toFixed(2)} MB (direct writer, native deflate)`,
    `export --with-analysis: analysis runs (breakevens, tornado, scenarios) ${analysisMs.toFixed(0)} ms wall, ${analysisCpu.toFixed(0)} ms CPU (not counted below); ${withAnalysis[0]!.cells.toLocaleString('en-US')} cells`,
    ...summary('export --with-analysis', withAnalysis, 2000),
    `export --with-analysis: analysis + build + write ${(analysisMs + median(withAnalysis.slice(1).map((r) => r.buildMs + r.writeMs))).toFixed(0)} ms wall (median)`
  ]
}

/**
 * Each bundled sample exported as the app does (median of the warm runs of three in one process): cells and build + write
 * time, so a layout change (such as the tranche blocks of the three lenders' sample) shows its cost.
 */
export async function benchSampleExports(): Promise<string[]> {
  const dir = resolve(__dirname, '../resources/samples')
  const lines: string[] = []
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const parsed = parseProject(JSON.parse(readFileSync(join(dir, file), 'utf8')))
    if (!parsed.ok) throw new Error(`${file}: invalid`)
    const result = runModel(parsed.value)
    const runs: Run[] = []
    for (let i = 0; i < 3; i++) runs.push(await once(parsed.value, result))
    const warm = runs.slice(1)
    lines.push(`export ${file}: ${runs[0]!.cells.toLocaleString('en-US')} cells, median ${median(warm.map((r) => r.buildMs + r.writeMs)).toFixed(0)} ms wall, ${median(warm.map((r) => r.buildCpu + r.writeCpu)).toFixed(0)} ms CPU, ${(runs[0]!.bytes / 1024).toFixed(0)} KB`)
  }
  return lines
}

if (process.argv[1]?.endsWith('export.ts')) void benchExport().then(async (lines) => console.log([...lines, ...(await benchSampleExports())].join('\n')))
