/**
 * Dependency policy over package-lock.json (reliability R14; `npm audit` does not work in this
 * workplace, so the advisory gate is this committed test). Minimums come from reliability.md §3.1:
 * SheetJS (xlsx) < 0.20.2 has GHSA-4r6h-8v6p-xvw6 and GHSA-5pgg-2g8v-p4x9; jspdf < 4.2.0 has
 * GHSA-67pg-wm7f-q7fj and older ones; Electron must stay within supported majors.
 */
export const MINIMUMS: Readonly<Record<string, string>> = { xlsx: '0.20.2', jspdf: '4.2.0' }
/** Oldest Electron major this project accepts (Electron supports the latest three stable majors). */
export const MIN_ELECTRON_MAJOR = 42

export type Lockfile = { packages?: Record<string, { version?: string }> }

const parts = (v: string) => v.split(/[-+]/)[0]!.split('.').map((n) => Number.parseInt(n, 10) || 0)
export function lowerThan(a: string, b: string): boolean {
  const [x, y] = [parts(a), parts(b)]
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0)
  return false
}

/** Every installed copy (nested ones too) of a package, by its lockfile path. */
export function installed(lock: Lockfile, name: string): { path: string; version: string }[] {
  return Object.entries(lock.packages ?? {})
    .filter(([path]) => path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`))
    .map(([path, meta]) => ({ path, version: meta.version ?? '0.0.0' }))
}

export function violations(lock: Lockfile): string[] {
  const out: string[] = []
  for (const [name, min] of Object.entries(MINIMUMS))
    for (const p of installed(lock, name)) if (lowerThan(p.version, min)) out.push(`${p.path} ${p.version} is below ${min}`)
  for (const p of installed(lock, 'electron')) if (parts(p.version)[0]! < MIN_ELECTRON_MAJOR) out.push(`${p.path} ${p.version}: Electron major below ${MIN_ELECTRON_MAJOR} is unsupported`)
  return out
}
