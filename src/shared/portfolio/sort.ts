import { verdictRank, type Headline, type PortfolioMetric } from './headline'

export type SortKey = 'name' | 'updated' | 'verdict' | PortfolioMetric
export type SortDir = 'asc' | 'desc'
export type Sort = { key: SortKey; dir: SortDir }

/** What a row needs to be sorted: its name, last change and headline (null while not computed yet). */
export type Sortable = { id: string; name: string; updatedAt: string; headline: Headline | null }

/**
 * Orders the project list by a column. Rows without a value (not computed yet, or a metric with
 * none: an equity IRR with no sign change) go last in either direction, so flipping the order never
 * puts blanks on top; ties keep the name order, so the list does not shuffle while metrics arrive.
 */
export function sortProjects<T extends Sortable>(rows: readonly T[], sort: Sort): T[] {
  const sign = sort.dir === 'asc' ? 1 : -1
  const value = (r: T): number | string | null => {
    if (sort.key === 'name') return r.name.toLocaleLowerCase()
    if (sort.key === 'updated') return r.updatedAt
    if (!r.headline) return null
    if (sort.key === 'verdict') return verdictRank(r.headline.verdict)
    return r.headline.cells[sort.key].sortValue
  }
  const byName = (a: T, b: T) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)
  return [...rows].sort((a, b) => {
    const x = value(a)
    const y = value(b)
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1
    if (x < y) return -sign
    if (x > y) return sign
    return byName(a, b)
  })
}
