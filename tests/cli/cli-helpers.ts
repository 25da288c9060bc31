import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../..')

/** Run the real CLI the way users do (`tsx src/cli/index.ts ...`), from the repo root. */
export function runCliProcess(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/index.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** Capture a command's output in-process. */
export function captureOutput() {
  const out = { stdout: '', stderr: '' }
  return { out, sink: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s) } }
}

/**
 * Build the installed command's bundle (scripts/build-cli.mjs) into a private directory, so a test
 * runs what `npm run build` / `prepare` produce from the sources under test, never a stale out/cli.
 */
export function buildCliBundle(outdir: string): string {
  const r = spawnSync(process.execPath, [resolve(ROOT, 'scripts/build-cli.mjs'), '--outdir', outdir], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
  if (r.status !== 0) throw new Error(`build-cli failed (${r.status}): ${r.stderr}`)
  return resolve(outdir, 'bankable.mjs')
}

/** Run a built bundle as an installed `bin` runs: the file itself (its #! line), plain node, no transpiler. */
export function runBundle(bin: string, args: string[], env: NodeJS.ProcessEnv = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(bin, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
