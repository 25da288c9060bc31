import type { z } from 'zod'

/**
 * Messages for zod's built-in checks in the schema's own style (`must be ≥ 1`, as decimalString
 * says it), given to every project parse as its error map. zod's defaults ("Too small: expected
 * number to be >=1") read like a bug, and in the web build they are not even loaded: there the
 * same issue arrives as a bare "Invalid input". Messages a schema sets itself take precedence over
 * this map, so only the built-in defaults are replaced. The app then restates these in the field's
 * label and unit (renderer store/issue-text.ts); the command line prints them after the path.
 */
type Issue = z.core.$ZodRawIssue

const plural = (n: number | bigint, one: string, many = `${one}s`) => `${n} ${Number(n) === 1 ? one : many}`
const listOf = (values: readonly unknown[]) => values.map((v) => (typeof v === 'string' ? v : String(v))).join(', ')

function unionValues(issue: Issue): unknown[] | null {
  const errors = (issue as { errors?: { code?: string; values?: unknown[] }[][] }).errors
  if (!Array.isArray(errors)) return null
  const values: unknown[] = []
  for (const branch of errors) {
    if (!Array.isArray(branch) || branch.length !== 1 || branch[0]?.code !== 'invalid_value' || !Array.isArray(branch[0].values)) return null
    values.push(...branch[0].values)
  }
  return values
}

export function projectIssueMessage(issue: Issue): string | undefined {
  const i = issue as Issue & { origin?: string; minimum?: number | bigint; maximum?: number | bigint; inclusive?: boolean; expected?: string; values?: unknown[]; keys?: string[] }
  switch (i.code) {
    case 'too_small':
      if (i.origin === 'number' || i.origin === 'int' || i.origin === 'bigint') return `must be ${i.inclusive === false ? '>' : '≥'} ${String(i.minimum)}`
      if (i.origin === 'string') return Number(i.minimum) <= 1 ? 'is required' : `must be at least ${plural(i.minimum ?? 0, 'character')}`
      return Number(i.minimum) <= 1 ? 'needs at least one item' : `needs at least ${plural(i.minimum ?? 0, 'item')}`
    case 'too_big':
      if (i.origin === 'number' || i.origin === 'int' || i.origin === 'bigint') return `must be ${i.inclusive === false ? '<' : '≤'} ${String(i.maximum)}`
      if (i.origin === 'string') return `must be at most ${plural(i.maximum ?? 0, 'character')}`
      return `can have at most ${plural(i.maximum ?? 0, 'item')}`
    case 'invalid_type':
      if (i.input === undefined) return 'is required'
      if (i.expected === 'int') return 'must be a whole number'
      if (i.expected === 'number') return 'must be a number'
      if (i.expected === 'string') return 'must be text'
      if (i.expected === 'boolean') return 'must be true or false'
      return `must be ${i.expected === 'array' ? 'a list' : i.expected === 'object' ? 'a group of fields' : `of type ${String(i.expected)}`}`
    case 'invalid_value':
      return Array.isArray(i.values) && i.values.length === 1 ? `must be ${listOf(i.values)}` : `must be one of ${listOf(i.values ?? [])}`
    case 'invalid_union': {
      const values = unionValues(issue)
      return values ? `must be one of ${listOf(values)}` : 'is not valid'
    }
    case 'unrecognized_keys':
      return `has unknown ${(i.keys?.length ?? 0) === 1 ? 'field' : 'fields'} ${listOf(i.keys ?? [])}`
    case 'not_multiple_of':
      return `must be a multiple of ${String((issue as { divisor?: number }).divisor)}`
    default:
      return undefined
  }
}
