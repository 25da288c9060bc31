// Builds the installed `bankable` command (package.json "bin"): src/cli/main.ts bundled by esbuild into
// ES modules (entry out/cli/bankable.mjs), run by plain `node` — no runtime transpiler (tsx spends about a
// second transpiling before the first line runs). `npm run build` and `prepare` (every `npm install` /
// `npm ci` of a clone) run it.
//
//   node scripts/build-cli.mjs                     build out/cli/bankable.mjs
//   node scripts/build-cli.mjs --outdir DIR        build elsewhere (tests build a private copy)
//
// The entry is one small file; each command (and the workbook writer behind export) is a chunk beside it
// in out/cli/chunks, loaded by the command table's `import()` only when that command runs: `help` parses
// a few kilobytes, `evaluate` the engine and the schemas, never the writer (a single file would make
// every start parse all of it).
// playwright-core stays external: it is a dev dependency, reads its own files at run time, and only
// `sheet` needs it. `prepare` must never fail an install (CI runs `npm install && npm test` on a clean
// clone, no network beyond the registry, no Electron binary): esbuild is an installed dev dependency and
// the build reads only this repository; should the dev dependencies be omitted, it says so and exits 0.
import { chmodSync, mkdirSync, rmSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const at = args.indexOf('--outdir')
const outdir = at >= 0 && args[at + 1] ? resolve(args[at + 1]) : resolve(root, 'out/cli')

let esbuild
try {
  esbuild = await import('esbuild')
} catch {
  console.warn('build-cli: esbuild is not installed (dev dependencies omitted?); the bankable command was not built')
  process.exit(0)
}

rmSync(outdir, { recursive: true, force: true })
mkdirSync(outdir, { recursive: true })
await esbuild.build({
  entryPoints: [resolve(root, 'src/cli/main.ts')],
  outdir,
  entryNames: 'bankable',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  format: 'esm',
  // The path aliases of tsconfig.base.json (the bundle resolves them once, at build time).
  alias: {
    '@shared': resolve(root, 'src/shared'),
    '@resources': resolve(root, 'resources'),
    '@root/package.json': resolve(root, 'package.json')
  },
  external: ['playwright-core'],
  // A bundled CommonJS package may call require() for a Node built-in, which an ES module lacks.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __bankableRequire } from 'node:module';\nconst require = __bankableRequire(import.meta.url);" },
  // Whitespace and syntax only: names stay readable in an "internal error" stack trace.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning'
})
chmodSync(resolve(outdir, 'bankable.mjs'), 0o755)
