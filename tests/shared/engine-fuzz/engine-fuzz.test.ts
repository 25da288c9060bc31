import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '@shared/decimal'
import { runModel } from '@shared/engine'
import { parseProject, type Project } from '@shared/model'
import { seedProjects } from './bases'
import { DECIMAL, formatPath, leaves, objects, perturb, setAt, stepArb } from './mutate'

/**
 * Engine fuzzing (issue 8): random VALID projects — seeds perturbed field by field within what the
 * schema accepts, streams/contracts/capex items/grants cloned and removed — never make runModel
 * throw or produce a non-finite number anywhere; every metric is a value or a coded failure.
 * Random INVALID projects — one field set to a bad value — are always refused with a path.
 * Seeded (replayable with the printed seed); 200 + 300 runs, a few seconds.
 */
const SEEDS = seedProjects()
const RUNS_VALID = 200
const RUNS_INVALID = 300

/** Throws at the first non-finite Decimal/number or malformed failed Metric, naming its path. */
export function assertSound(value: unknown, path = 'result'): number {
  let checked = 0
  const walk = (v: unknown, p: string): void => {
    if (v instanceof Decimal) {
      checked++
      if (!v.isFinite()) throw new Error(`${p} is ${v.toString()}`)
    } else if (typeof v === 'number') {
      checked++
      if (!Number.isFinite(v)) throw new Error(`${p} is ${v}`)
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}[${i}]`))
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>
      if (o.ok === false && ('code' in o || 'reason' in o))
        if (typeof o.code !== 'string' || typeof o.reason !== 'string' || o.reason.length === 0) throw new Error(`${p} is a failed metric without code/reason`)
      for (const [k, x] of Object.entries(o)) walk(x, `${p}.${k}`)
    }
  }
  walk(value, path)
  return checked
}

const stats = { valid: 0, stepsApplied: 0, numbersChecked: 0, failedMetrics: 0, invalid: 0 }

describe('engine fuzz: random valid projects', () => {
  it(`runModel never throws and yields only finite numbers and coded failures (${RUNS_VALID} runs)`, () => {
    fc.assert(
      fc.property(fc.nat({ max: SEEDS.length - 1 }), fc.array(stepArb, { minLength: 1, maxLength: 14 }), (seedIndex, steps) => {
        const { project, applied } = perturb(SEEDS[seedIndex]!.project, steps)
        const result = runModel(project)
        stats.numbersChecked += assertSound(result)
        stats.failedMetrics += Object.values(result.metrics).filter((m) => m && typeof m === 'object' && (m as { ok?: boolean }).ok === false).length
        stats.valid += 1
        stats.stepsApplied += applied
      }),
      { numRuns: RUNS_VALID, seed: 20261122, verbose: 1 }
    )
    expect(stats.valid).toBe(RUNS_VALID)
    // The perturbation must actually move projects away from the seeds.
    expect(stats.stepsApplied / RUNS_VALID).toBeGreaterThan(2)
    console.info(`[engine-fuzz] ${stats.valid} valid projects, ${stats.stepsApplied} field/list changes kept, ${stats.numbersChecked} numbers checked finite, ${stats.failedMetrics} coded metric failures`)
  }, 60_000)
})

type BadValue = { label: string; value: unknown }
const BAD_DECIMALS: BadValue[] = ['NaN', 'Infinity', '-Infinity', '1e400', '0x1A', '1_000', ' 12 ', '1.234,56', 'abc', '12.5%', '--1', '1.2.3'].map((v) => ({ label: JSON.stringify(v), value: v }))
const BAD_NUMBERS: BadValue[] = [{ label: 'NaN', value: Number.NaN }, { label: 'Infinity', value: Number.POSITIVE_INFINITY }, { label: '"7"', value: '7' }, { label: 'null', value: null }, { label: '1.5e300', value: 1.5e300 }]

type Mutation = { kind: 'leaf'; pick: number; bad: number } | { kind: 'unknown-key'; pick: number } | { kind: 'drop-key'; pick: number }
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('leaf' as const), pick: fc.nat(), bad: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('unknown-key' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop-key' as const), pick: fc.nat() }) }
)

/** Apply one bad change; returns the path it touched, or null when it does not apply. */
function breakOne(p: Project, m: Mutation): { path: (string | number)[]; label: string } | null {
  if (m.kind === 'unknown-key') {
    const objs = objects(p)
    const path = objs[m.pick % objs.length]!
    setAt(p, [...path, 'unexpectedField'], '1')
    return { path, label: 'unknown key' }
  }
  const all = leaves(p)
  if (m.kind === 'drop-key') {
    // Required scalars only: the id/amount-like fields every object of the schema requires.
    const required = all.filter((l) => typeof l.path.at(-1) === 'string' && ['id', 'name', 'unitsPerYear', 'inputTonnesPerYear', 'amount', 'rate', 'startDate'].includes(l.path.at(-1) as string))
    if (required.length === 0) return null
    const leaf = required[m.pick % required.length]!
    let node = p as unknown as Record<string, unknown>
    for (const k of leaf.path.slice(0, -1)) node = node[k as string] as Record<string, unknown>
    delete node[leaf.path.at(-1) as string]
    return { path: leaf.path, label: 'missing' }
  }
  const leaf = all[m.pick % all.length]!
  let bad: BadValue
  if (typeof leaf.value === 'string' && DECIMAL.test(leaf.value)) bad = BAD_DECIMALS[m.bad % BAD_DECIMALS.length]!
  else if (typeof leaf.value === 'number') bad = BAD_NUMBERS[m.bad % BAD_NUMBERS.length]!
  else if (typeof leaf.value === 'boolean') bad = { label: '"yes"', value: 'yes' }
  else if (typeof leaf.value === 'string') bad = m.bad % 2 ? { label: '42', value: 42 } : { label: '{}', value: {} }
  else bad = { label: '[]', value: [] } // null leaves (optional floor/cap, activeScenarioId): an array is never accepted
  setAt(p, leaf.path, bad.value)
  return { path: leaf.path, label: bad.label }
}

describe('engine fuzz: random invalid projects', () => {
  it(`parseProject refuses every one-field corruption with an issue at (or around) that field (${RUNS_INVALID} runs)`, () => {
    fc.assert(
      fc.property(fc.nat({ max: SEEDS.length - 1 }), fc.array(stepArb, { maxLength: 4 }), mutationArb, (seedIndex, steps, mutation) => {
        const p = structuredClone(perturb(SEEDS[seedIndex]!.project, steps).project)
        const broken = breakOne(p, mutation)
        if (!broken) return
        const r = parseProject(p)
        const where = `${formatPath(broken.path)} = ${broken.label}`
        expect(r.ok, `accepted ${where}`).toBe(false)
        if (r.ok) return
        expect(r.issues.length).toBeGreaterThan(0)
        const target = formatPath(broken.path)
        const parent = formatPath(broken.path.slice(0, -1))
        // An issue names the field itself, an ancestor (a union over the whole item reports there),
        // or a descendant; an unknown key is reported at its object.
        const related = r.issues.some((i) => i.path === target || target.startsWith(`${i.path}.`) || i.path.startsWith(`${target}.`) || i.path === parent || (target === '(root)' && i.path === '(root)'))
        expect(related, `${where}: ${JSON.stringify(r.issues)}`).toBe(true)
        expect(r.issues.every((i) => typeof i.path === 'string' && i.path.length > 0 && i.message.length > 0)).toBe(true)
        stats.invalid += 1
      }),
      { numRuns: RUNS_INVALID, seed: 20261123 }
    )
    console.info(`[engine-fuzz] ${stats.invalid} corrupted projects refused`)
    expect(stats.invalid).toBeGreaterThan(RUNS_INVALID * 0.9)
  }, 60_000)
})
