import fc from 'fast-check'
import { parseProject, type Project } from '@shared/model'

/** A leaf of the document: its path (as parseProject reports paths) and value. */
export type Leaf = { path: (string | number)[]; value: unknown }
type Node = Record<string, unknown> | unknown[]

export const DECIMAL = /^-?\d+(\.\d+)?$/

export function leaves(value: unknown, path: (string | number)[] = [], out: Leaf[] = []): Leaf[] {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...path, i], out))
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out)
  else out.push({ path, value })
  return out
}

/** Objects (with their paths), for "unknown key" mutations. */
export function objects(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(value)) value.forEach((v, i) => objects(v, [...path, i], out))
  else if (value !== null && typeof value === 'object') {
    out.push(path)
    for (const [k, v] of Object.entries(value)) objects(v, [...path, k], out)
  }
  return out
}

export function setAt(root: unknown, path: (string | number)[], value: unknown): void {
  let node = root as Node
  for (const key of path.slice(0, -1)) node = (node as Record<string, unknown>)[key as string] as Node
  ;(node as Record<string, unknown>)[path.at(-1) as string] = value
}

export const formatPath = (path: (string | number)[]) => (path.length === 0 ? '(root)' : path.map(String).join('.'))

/** Canonical decimal string of a finite number with at most `dp` places (never exponent form). */
function decimalText(n: number, dp: number): string {
  const s = n.toFixed(dp).replace(/\.?0+$/, '')
  return s === '-0' || s === '' ? '0' : s
}

const ENUMS: Record<string, string[]> = {
  periodMonths: ['1', '3', '6', '12'],
  sizing: ['gearing', 'sculpted'],
  repayment: ['annuity', 'equal', 'sculpted'],
  basis: ['fixed', 'share', 'pctOfContained'],
  rating: ['AA', 'A', 'BBB-', 'BB', 'NR'],
  mode: ['escalating', 'table', 'gramsPerUnit']
}

export type Step =
  | { kind: 'scale'; pick: number; factorPct: number }
  | { kind: 'zero'; pick: number }
  | { kind: 'int'; pick: number; delta: number }
  | { kind: 'enum'; pick: number; choice: number }
  | { kind: 'toggle'; pick: number }
  | { kind: 'clone-item'; list: number; pick: number }
  | { kind: 'remove-item'; list: number; pick: number }

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('scale' as const), pick: fc.nat(), factorPct: fc.integer({ min: 0, max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('zero' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('int' as const), pick: fc.nat(), delta: fc.integer({ min: -5, max: 5 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('enum' as const), pick: fc.nat(), choice: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('toggle' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('clone-item' as const), list: fc.nat(), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove-item' as const), list: fc.nat(), pick: fc.nat() }) }
)

const LISTS = ['feedstock', 'offtake', 'costs.capex.items', 'financing.grants', 'prices.decks.0.prices', 'products', 'scenarios']
const listAt = (p: Project, dotted: string): unknown[] | undefined => {
  let node: unknown = p
  for (const k of dotted.split('.')) node = (node as Record<string, unknown> | undefined)?.[k]
  return Array.isArray(node) ? node : undefined
}

/** Apply one step to a clone; null when it does not apply. The caller keeps it only if the result parses. */
function applyStep(base: Project, step: Step, seq: number): Project | null {
  const p = structuredClone(base)
  const all = leaves(p)
  const pickOf = <T>(xs: T[], n: number) => (xs.length ? xs[n % xs.length] : undefined)
  switch (step.kind) {
    case 'scale':
    case 'zero': {
      const leaf = pickOf(all.filter((l) => typeof l.value === 'string' && DECIMAL.test(l.value)), step.pick)
      if (!leaf) return null
      const n = step.kind === 'zero' ? 0 : (Number(leaf.value) * step.factorPct) / 100
      setAt(p, leaf.path, decimalText(n, 6))
      return p
    }
    case 'int': {
      const leaf = pickOf(all.filter((l) => typeof l.value === 'number'), step.pick)
      if (!leaf) return null
      setAt(p, leaf.path, (leaf.value as number) + step.delta)
      return p
    }
    case 'enum': {
      const leaf = pickOf(all.filter((l) => ENUMS[String(l.path.at(-1))] !== undefined), step.pick)
      if (!leaf) return null
      const options = ENUMS[String(leaf.path.at(-1))]!
      const v = options[step.choice % options.length]!
      setAt(p, leaf.path, typeof leaf.value === 'number' ? Number(v) : v)
      return p
    }
    case 'toggle': {
      const leaf = pickOf(all.filter((l) => typeof l.value === 'boolean'), step.pick)
      if (!leaf) return null
      setAt(p, leaf.path, !leaf.value)
      return p
    }
    case 'clone-item':
    case 'remove-item': {
      const list = listAt(p, LISTS[step.list % LISTS.length]!)
      if (!list || list.length === 0) return null
      const i = step.pick % list.length
      if (step.kind === 'remove-item') list.splice(i, 1)
      else {
        const copy = structuredClone(list[i]) as Record<string, unknown>
        if (typeof copy.id === 'string') copy.id = `${copy.id}x${seq}`.slice(0, 60)
        list.push(copy)
      }
      return p
    }
  }
}

/** Apply steps in order, keeping each only when the document still parses: every result is VALID. */
export function perturb(base: Project, steps: Step[]): { project: Project; applied: number } {
  let current = base
  let applied = 0
  steps.forEach((step, seq) => {
    const next = applyStep(current, step, seq)
    if (!next) return
    const r = parseProject(next)
    if (r.ok) {
      current = r.value
      applied += 1
    }
  })
  return { project: current, applied }
}
