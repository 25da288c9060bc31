/**
 * The installed command against the spreadsheet it replaces (issue 18), measured side by side in one run
 * as whole processes — what a review pipeline pays per file:
 * - `bankable evaluate SAMPLE --json` (the prebuilt bundle, plain node) against LibreOffice recalculating
 *   that sample's exported live workbook (`soffice --convert-to xlsx` with OOXMLRecalcMode=0, every
 *   formula recomputed on load; its profile made once and warmed, so LibreOffice is timed at its best);
 *   target ≥ 10× faster;
 * - the command's start (`help`: to the dispatcher; `validate`: also the schemas and one parse) against
 *   bare `node -e 0`; target < 200 ms;
 * - a batch of varied copies of the samples (1,000 by default; BENCH_BATCH_FILES to change): throughput
 *   per core at --jobs 1 and 2, and the scaling between them;
 * - peak memory (max RSS) of the large model's evaluation and of its export, each in its own process.
 * Printed figures with their targets, never a pass/fail test: the machine is shared and its load varies,
 * so read the ratios (both sides of each ratio ran in the same minute).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { exportModelXlsx } from '../src/shared/workbook/export-model'
import { readProjectFile } from '../src/shared/model/project-file'
import { freshProfile, sofficeAvailable } from '../tests/xlsx/support/libreoffice'

const ROOT = resolve(__dirname, '..')
const SAMPLES = readdirSync(join(ROOT, 'resources/samples')).filter((f) => f.endsWith('.json')).sort()
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

type Run = { wallMs: number; cpuMs: number | null; maxRssMb: number | null; code: number | null; stdout: string }

/** One whole process, timed by GNU time when present (CPU and max RSS of the child), else wall clock only. */
function runProcess(cmd: string, args: string[], cwd = ROOT): Run {
  const gnuTime = existsSync('/usr/bin/time')
  const stats = join(tmpdir(), `bankable-bench-time-${process.pid}.txt`)
  const t = performance.now()
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-o', stats, '-f', '%U %S %M', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  const wallMs = performance.now() - t
  if (!gnuTime) return { wallMs, cpuMs: null, maxRssMb: null, code: r.status, stdout: r.stdout }
  const [user, sys, rssKb] = readFileSync(stats, 'utf8').trim().split('\n').pop()!.split(' ').map(Number)
  rmSync(stats, { force: true })
  return { wallMs, cpuMs: (user! + sys!) * 1000, maxRssMb: rssKb! / 1024, code: r.status, stdout: r.stdout }
}

/** Median wall and CPU of `n` runs after one warm-up (file cache, and LibreOffice's first-start work). */
function timed(n: number, f: () => Run): { wallMs: number; cpuMs: number | null; last: Run } {
  f()
  const runs = Array.from({ length: n }, f)
  const cpu = runs.map((r) => r.cpuMs).filter((x): x is number => x !== null)
  return { wallMs: median(runs.map((r) => r.wallMs)), cpuMs: cpu.length ? median(cpu) : null, last: runs[runs.length - 1]! }
}

const ms = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(0)} ms`)

/** As the export bench reads it: wall time on an idle machine is the target; on a loaded one, the CPU ratio says whether load alone missed it. */
const verdict = (wall: number, cpu: number | null) => (wall >= 10 ? 'OK' : cpu !== null && cpu >= 10 ? 'CPU ratio within target; wall time inflated by other load' : 'BELOW TARGET')

/** The bundle as `npm run build` makes it, built fresh into a private directory. */
function buildBundle(dir: string): string {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs'), '--outdir', dir], { cwd: ROOT, stdio: 'pipe' })
  return join(dir, 'bankable.mjs')
}

async function evaluateAgainstLibreOffice(bin: string, work: string, log: (s: string) => void): Promise<void> {
  const lo = sofficeAvailable()
  const profile = lo ? freshProfile() : ''
  log(`cli: whole-process evaluate vs LibreOffice recalculating the exported workbook (median of 5 after a warm-up; target ≥ 10×)${lo ? '' : ' — soffice not installed: LibreOffice side skipped'}`)
  for (const sample of SAMPLES) {
    const file = join(ROOT, 'resources/samples', sample)
    const ours = timed(5, () => runProcess(process.execPath, [bin, 'evaluate', file, '--json']))
    if (ours.last.code !== 0) throw new Error(`bankable evaluate ${sample} exited ${ours.last.code}`)
    let line = `  ${sample.padEnd(38)} bankable evaluate --json ${ms(ours.wallMs).padStart(8)} wall, ${ms(ours.cpuMs).padStart(8)} CPU`
    if (lo) {
      const parsed = readProjectFile(readFileSync(file, 'utf8'))
      if (!parsed.ok) throw new Error(`${sample}: invalid`)
      const r = await exportModelXlsx(parsed.value, { valuesOnly: false, exportedAt: 'bench', appVersion: 'bench', projectSha256: '0'.repeat(64), created: new Date(0) })
      if (!r.ok) throw new Error(r.message)
      const xlsx = join(work, sample.replace(/\.json$/, '.xlsx'))
      writeFileSync(xlsx, r.bytes)
      const outDir = join(work, 'recalc')
      mkdirSync(outDir, { recursive: true })
      const office = timed(3, () =>
        runProcess('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, xlsx])
      )
      if (office.last.code !== 0) throw new Error(`soffice exited ${office.last.code} on ${sample}`)
      const ratio = office.wallMs / ours.wallMs
      const cpuRatio = office.cpuMs !== null && ours.cpuMs !== null ? office.cpuMs / ours.cpuMs : null
      line += `  |  LibreOffice recalc ${ms(office.wallMs).padStart(8)} wall, ${ms(office.cpuMs).padStart(8)} CPU  |  ${ratio.toFixed(1)}× faster (wall)${cpuRatio === null ? '' : `, ${cpuRatio.toFixed(1)}× (CPU)`} ${verdict(ratio, cpuRatio)}`
    }
    log(line)
  }
  if (lo) rmSync(profile, { recursive: true, force: true })
}

function startTimes(bin: string, log: (s: string) => void): void {
  const sample = join(ROOT, 'resources/samples', SAMPLES[0]!)
  const node = timed(9, () => runProcess(process.execPath, ['-e', '0']))
  const help = timed(9, () => runProcess(process.execPath, [bin, 'help']))
  const validate = timed(9, () => runProcess(process.execPath, [bin, 'validate', sample]))
  const tsx = timed(2, () => runProcess(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), '--tsconfig', 'tsconfig.node.json', 'src/cli/index.ts', 'validate', sample]))
  log('cli: start (median of 9 after a warm-up; target < 200 ms wall)')
  log(`  node -e 0 (the floor)                  ${ms(node.wallMs).padStart(8)} wall, ${ms(node.cpuMs).padStart(8)} CPU`)
  // On a loaded machine even `node -e 0` takes hundreds of ms of wall time: CPU under 200 ms is then the reading.
  const start = (r: { wallMs: number; cpuMs: number | null }) => (r.wallMs < 200 ? 'OK' : r.cpuMs !== null && r.cpuMs < 200 ? 'CPU within target; wall time inflated by other load' : 'SLOW')
  log(`  bankable help (to the dispatcher)      ${ms(help.wallMs).padStart(8)} wall, ${ms(help.cpuMs).padStart(8)} CPU  ${start(help)}`)
  log(`  bankable validate ${SAMPLES[0]!.padEnd(20)} ${ms(validate.wallMs).padStart(8)} wall, ${ms(validate.cpuMs).padStart(8)} CPU  ${start(validate)} (start + schemas + one parse)`)
  log(`  tsx src/cli/index.ts validate (before) ${ms(tsx.wallMs).padStart(8)} wall, ${ms(tsx.cpuMs).padStart(8)} CPU (median of 2)`)
}

/** A tiny seeded generator (mulberry32): the same 1,000 files every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `count` copies of the samples, each with its own fixed opex, capex, discount rate and covenant. */
export function writeVariedCopies(dir: string, count: number): void {
  const texts = SAMPLES.map((s) => JSON.parse(readFileSync(join(ROOT, 'resources/samples', s), 'utf8')) as Record<string, never>)
  const rnd = prng(18)
  const scale = (x: string, f: number) => String(Math.round(Number(x) * f))
  for (let i = 0; i < count; i++) {
    const p = structuredClone(texts[i % texts.length]!) as unknown as {
      id: string; name: string; costs: { opex: { fixedPerYear: string }; capex: { items?: { amount: string }[] } }; valuation: { discountRate: string }; lender: { minDscr: string }
    }
    p.id = `${p.id}-${i}`
    p.name = `${p.name} #${i}`
    p.costs.opex.fixedPerYear = scale(p.costs.opex.fixedPerYear, 0.8 + 0.4 * rnd())
    for (const item of p.costs.capex.items ?? []) item.amount = scale(item.amount, 0.9 + 0.2 * rnd())
    p.valuation.discountRate = (0.08 + 0.08 * rnd()).toFixed(4)
    p.lender.minDscr = (1.2 + 0.2 * rnd()).toFixed(2)
    writeFileSync(join(dir, `p${String(i).padStart(5, '0')}.json`), JSON.stringify(p))
  }
}

function batch(bin: string, work: string, log: (s: string) => void): void {
  const count = Number(process.env.BENCH_BATCH_FILES ?? 1000)
  const dir = join(work, 'pipeline')
  mkdirSync(dir, { recursive: true })
  writeVariedCopies(dir, count)
  const runs = [1, 2].map((jobs) => ({ jobs, run: runProcess(process.execPath, [bin, 'evaluate', dir, '--csv', '--jobs', String(jobs)]) }))
  const rows = runs[0]!.run.stdout.trim().split('\r\n').slice(1)
  const failed = rows.filter((r) => !r.endsWith(',')).length
  log(`cli: batch of ${count} varied copies of the samples (evaluate DIR --csv; one run each; ${failed} rows with an error; --jobs 1 and 2 ${runs[0]!.run.stdout === runs[1]!.run.stdout ? 'print identical CSV' : 'DIFFER'})`)
  for (const { jobs, run } of runs) {
    const perSecond = count / (run.wallMs / 1000)
    // Files per CPU-second is what a core delivers whatever else the machine runs; wall figures need an idle machine.
    const perCpuSecond = run.cpuMs === null ? 'n/a' : (count / (run.cpuMs / 1000)).toFixed(1)
    log(`  --jobs ${jobs}: ${(run.wallMs / 1000).toFixed(1)} s wall, ${run.cpuMs === null ? 'n/a' : (run.cpuMs / 1000).toFixed(1)} s CPU, ${perSecond.toFixed(1)} files/s, ${(perSecond / jobs).toFixed(1)} files/s per core (wall), ${perCpuSecond} files per CPU-second, ${(run.wallMs / count).toFixed(1)} ms wall per file, max RSS ${run.maxRssMb === null ? 'n/a' : `${run.maxRssMb.toFixed(0)} MB`}`)
  }
  log(`  scaling 1 → 2 jobs: ${(runs[0]!.run.wallMs / runs[1]!.run.wallMs).toFixed(2)}× (2.00 is perfect; the machine's other load takes its share)`)
}

function peakMemory(log: (s: string) => void): void {
  const child = (what: string) => runProcess(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), '--tsconfig', 'tsconfig.node.json', 'bench/memory-child.ts', what])
  const rows = ['baseline', 'evaluate', 'export'].map((what) => {
    const r = child(what)
    if (r.code !== 0) throw new Error(`bench/memory-child.ts ${what} exited ${r.code}`)
    return { what, ...(JSON.parse(r.stdout) as { maxRssMb: number; ms: number }) }
  })
  log('cli: peak memory of the large model (30 yrs monthly, 20 streams, 10 contracts), each in its own process (tsx; max RSS from process.resourceUsage)')
  for (const r of rows) log(`  ${r.what.padEnd(9)} max RSS ${r.maxRssMb.toFixed(0).padStart(5)} MB${r.what === 'baseline' ? ' (modules loaded, nothing run)' : `, ${r.ms.toFixed(0)} ms`}`)
}

export async function benchCli(log: (s: string) => void = console.log): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'bankable-bench-cli-'))
  try {
    const bin = buildBundle(join(work, 'cli'))
    startTimes(bin, log)
    await evaluateAgainstLibreOffice(bin, work, log)
    batch(bin, work, log)
    peakMemory(log)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (process.argv[1]?.endsWith('cli.ts')) void benchCli()
