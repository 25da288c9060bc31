import { accessSync, constants, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildCliBundle, ROOT, runBundle, runCliProcess } from './cli-helpers'

/**
 * The installed `bankable` command (package.json "bin" → out/cli/bankable.mjs, scripts/build-cli.mjs):
 * built here from the sources into a private directory, then run as a user runs it.
 */
const dir = mkdtempSync(join(tmpdir(), 'bankable-bundle-'))
let bin = ''
const SAMPLES = readdirSync(join(ROOT, 'resources/samples')).filter((f) => f.endsWith('.json')).sort()

/**
 * A module-resolution hook (Node's module.register) that appends every module URL the process loads to
 * a log file: it shows which chunks a command really loads, not which ones the bundle merely contains.
 */
const hookDir = mkdtempSync(join(tmpdir(), 'bankable-hook-'))
const hook = join(hookDir, 'log-modules.mjs')
writeFileSync(join(hookDir, 'resolve.mjs'), `import { appendFileSync } from 'node:fs'
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context)
  appendFileSync(process.env.BANKABLE_MODULE_LOG, r.url + '\\n')
  return r
}
`)
writeFileSync(hook, `import { register } from 'node:module'\nregister(${JSON.stringify(new URL(`file://${join(hookDir, 'resolve.mjs')}`).href)})\n`)

function loadedModules(args: string[]): { code: number | null; urls: string[] } {
  const log = join(hookDir, `log-${Math.random().toString(36).slice(2)}.txt`)
  writeFileSync(log, '')
  const res = runBundle(bin, args, { BANKABLE_MODULE_LOG: log, NODE_OPTIONS: `--import ${hook}` })
  return { code: res.code, urls: readFileSync(log, 'utf8').split('\n').filter(Boolean) }
}

beforeAll(() => {
  bin = buildCliBundle(dir)
}, 120_000)

describe('the installed bankable command (prebuilt bundle)', () => {
  it('is one executable ES module starting with #!/usr/bin/env node, and carries no transpiler', () => {
    const text = readFileSync(bin, 'utf8')
    expect(text.split('\n')[0]).toBe('#!/usr/bin/env node')
    expect(() => accessSync(bin, constants.X_OK)).not.toThrow()
    const all = [text, ...readdirSync(join(dir, 'chunks')).map((f) => readFileSync(join(dir, 'chunks', f), 'utf8'))].join('\n')
    expect(all).not.toMatch(/from\s*["'](tsx|esbuild|typescript)["'/]/)
    // The one mention of tsx is the batch pool's bootstrap for a TypeScript entry (`npm run cli`), a
    // string the bundle never evaluates: its entry is JavaScript. What it loads is checked below.
    expect(all.match(/require\(["'](tsx|esbuild|typescript)["'/][^)]*\)/g)).toEqual(["require('tsx/cjs/api')"])
  })

  it('evaluate loads no transpiler at run time (every module the process resolves)', () => {
    const run = loadedModules(['evaluate', 'resources/samples/pgm-catalyst-recovery.json', '--json'])
    expect(run.code).toBe(0)
    expect(run.urls.length).toBeGreaterThan(3)
    expect(run.urls.filter((u) => /\/(tsx|esbuild|typescript)\//.test(u))).toEqual([])
  })

  it('package.json names it as the bankable bin, built by build and prepare', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> }
    expect(pkg.bin).toEqual({ bankable: './out/cli/bankable.mjs' })
    expect(pkg.scripts['build:cli']).toBe('node scripts/build-cli.mjs')
    expect(pkg.scripts.prepare).toBe('node scripts/build-cli.mjs')
    expect(pkg.scripts.build).toContain('build:cli')
  })

  it.each(SAMPLES)('evaluate %s --json: byte for byte what the tsx command prints', (sample) => {
    const file = `resources/samples/${sample}`
    const built = runBundle(bin, ['evaluate', file, '--json'])
    const tsx = runCliProcess(['evaluate', file, '--json'])
    expect([built.code, tsx.code]).toEqual([0, 0])
    expect(built.stdout.length).toBeGreaterThan(1000)
    expect(built.stdout).toBe(tsx.stdout)
    expect(built.stderr).toBe('')
  })

  it('the exit codes of the tsx command: 0 help, 1 an invalid file, 2 a usage error', () => {
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, '{"schemaVersion": 1, "name": 5}')
    for (const args of [['help'], ['evaluate', bad], ['evaluate'], ['frobnicate']]) {
      const a = runBundle(bin, args)
      const b = runCliProcess(args)
      expect({ args, code: a.code, stdout: a.stdout }).toEqual({ args, code: b.code, stdout: b.stdout })
    }
    expect(runBundle(bin, ['evaluate', bad]).code).toBe(1)
    expect(runBundle(bin, ['evaluate']).code).toBe(2)
  })

  it('evaluate never loads the workbook writer or playwright; export does (the chunks are loaded on demand)', () => {
    const chunks = readdirSync(join(dir, 'chunks'))
    // The writer's chunk: the only code that asks a spreadsheet to recalculate on load.
    const excelChunks = chunks.filter((f) => readFileSync(join(dir, 'chunks', f), 'utf8').includes('fullCalcOnLoad="1"'))
    expect(excelChunks.length).toBeGreaterThan(0)
    const loadsExcel = (urls: string[]) => urls.some((u) => excelChunks.some((c) => u.endsWith(`/chunks/${c}`)))
    const evaluate = loadedModules(['evaluate', 'resources/samples/pgm-catalyst-recovery.json', '--json'])
    expect(evaluate.code).toBe(0)
    expect(evaluate.urls.some((u) => /\/chunks\/evaluate-[^/]+\.mjs$/.test(u))).toBe(true)
    expect(loadsExcel(evaluate.urls)).toBe(false)
    expect(evaluate.urls.some((u) => u.includes('playwright'))).toBe(false)
    const out = join(dir, 'model.xlsx')
    const exported = loadedModules(['export', 'resources/samples/pgm-catalyst-recovery.json', '--out', out])
    expect(exported.code).toBe(0)
    expect(loadsExcel(exported.urls)).toBe(true)
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK')
  })
})
