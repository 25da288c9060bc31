import { createElement, type ReactNode } from 'react'
import type { Block, Inline } from './markdown'

/**
 * Markdown blocks as React elements: every string goes in as a text child, which React escapes, so
 * nothing in the document can inject markup. Links are shown, not followed (the app loads nothing
 * remote and its routes live in the hash): their target is in the tooltip.
 */
function inline(c: Inline[], key = ''): ReactNode[] {
  return c.map((x, i) => {
    const k = `${key}${i}`
    switch (x.t) {
      case 'text':
        return x.v
      case 'code':
        return <code key={k}>{x.v}</code>
      case 'strong':
        return <strong key={k}>{inline(x.c, `${k}.`)}</strong>
      case 'em':
        return <em key={k}>{inline(x.c, `${k}.`)}</em>
      case 'link':
        return (
          <span key={k} className="md-link" title={x.href}>
            {inline(x.c, `${k}.`)}
          </span>
        )
    }
  })
}

export function MarkdownView({ blocks }: { blocks: Block[] }) {
  return (
    <div className="markdown">
      {blocks.map((b, i) => {
        switch (b.t) {
          case 'h':
            return createElement(`h${Math.min(6, b.level + 1)}`, { key: i, id: b.id, tabIndex: -1 }, inline(b.c))
          case 'p':
            return <p key={i}>{inline(b.c)}</p>
          case 'quote':
            return <blockquote key={i}>{inline(b.c)}</blockquote>
          case 'code':
            return (
              <pre key={i}>
                <code>{b.v}</code>
              </pre>
            )
          case 'list': {
            const items = b.items.map((it, j) => <li key={j}>{inline(it)}</li>)
            return b.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>
          }
          case 'table':
            return (
              <div key={i} className="md-table">
                <table>
                  <thead>
                    <tr>
                      {b.head.map((h, j) => (
                        <th key={j} scope="col" className={`align-${b.align[j] ?? 'left'}`}>
                          {inline(h)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {b.rows.map((r, j) => (
                      <tr key={j}>
                        {r.map((c, k) => (
                          <td key={k} className={`align-${b.align[k] ?? 'left'}`}>
                            {inline(c)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
        }
      })}
    </div>
  )
}
