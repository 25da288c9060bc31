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
}

export type TableProps<T> = {
  columns: readonly Column<T>[]
  rows: readonly T[]
  rowKey: (row: T) => string
  /** Read by screen readers; visually hidden unless `showCaption`. */
  caption: string
  showCaption?: boolean
  empty?: ReactNode
  rowProps?: (row: T) => { className?: string; 'data-testid'?: string }
}

export function Table<T>({ columns, rows, rowKey, caption, showCaption, empty, rowProps }: TableProps<T>) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className={showCaption ? 'table-caption' : 'visually-hidden'}>{caption}</caption>
        <colgroup>
          {columns.map((c) => (
            <col key={c.key} style={c.width ? { width: c.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={`align-${c.align ?? (c.numeric ? 'right' : 'left')}`}>
                {c.header}
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
