import type { ReactNode } from 'react'

export type Column<T> = {
  key: string
  header: ReactNode
  render: (row: T) => ReactNode
  align?: 'left' | 'right' | 'center'
  /** CSS width, e.g. "120px" or "30%". */
  width?: string
  /** Numbers: tabular figures, right aligned by default. */
  numeric?: boolean
  /** Set on a column the table can be sorted by (with `sort` and `onSort` on the table). */
  sortable?: boolean
}

export type TableSort = { key: string; dir: 'asc' | 'desc' }

export type TableProps<T> = {
  columns: readonly Column<T>[]
  rows: readonly T[]
  rowKey: (row: T) => string
  /** Read by screen readers; visually hidden unless `showCaption`. */
  caption: string
  showCaption?: boolean
  empty?: ReactNode
  rowProps?: (row: T) => { className?: string; 'data-testid'?: string }
  /** The column the rows are sorted by (the caller sorts them): its header carries aria-sort. */
  sort?: TableSort
  /** A sortable header was activated (a real button: Enter and Space work). */
  onSort?: (key: string) => void
  /** An extra class on the table (a denser layout for a wide table). */
  className?: string
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const

export function Table<T>({ columns, rows, rowKey, caption, showCaption, empty, rowProps, sort, onSort, className }: TableProps<T>) {
  return (
    <div className="table-wrap">
      <table className={className ? `table ${className}` : 'table'}>
        <caption className={showCaption ? 'table-caption' : 'visually-hidden'}>{caption}</caption>
        <colgroup>
          {columns.map((c) => (
            <col key={c.key} style={c.width ? { width: c.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={`align-${c.align ?? (c.numeric ? 'right' : 'left')}`}
                aria-sort={c.sortable && onSort ? (sort?.key === c.key ? ARIA_SORT[sort.dir] : 'none') : undefined}
              >
                {c.sortable && onSort ? (
                  <button type="button" className="th-sort" onClick={() => onSort(c.key)} data-testid={`sort-${c.key}`}>
                    {c.header}
                    <span className="th-sort-mark" aria-hidden="true">
                      {sort?.key === c.key ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                ) : (
                  c.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty ? (
            <tr>
              <td colSpan={columns.length} className="table-empty">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} {...rowProps?.(row)}>
                {columns.map((c) => (
                  <td key={c.key} className={[`align-${c.align ?? (c.numeric ? 'right' : 'left')}`, c.numeric ? 'numeric' : ''].join(' ')}>
                    {c.render(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  )
}
