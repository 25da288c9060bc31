import { useMemo } from 'react'
import { comparePortfolio } from '@shared/portfolio/compare'
import { verdictText, type Headline } from '@shared/portfolio/headline'
import type { ModelResult } from '@shared/engine'
import { Button, Card } from '@renderer/ui'

export type CompareItem = { id: string; name: string; result: ModelResult; headline: Headline }

/** "n/a — reason" is too long for a figure: "n/a" with the reason on hover. */
const Figure = ({ text }: { text: string }) => (text.startsWith('n/a') ? <span title={text.replace(/^n\/a( — )?/, '')}>n/a</span> : <>{text}</>)

/**
 * Two or more projects side by side: the headline metrics of each, and each one's signed change
 * against the first chosen (worse for a lender in red), then their verdicts.
 */
export function PortfolioCompare({ items, onClose }: { items: CompareItem[]; onClose: () => void }) {
  const rows = useMemo(() => comparePortfolio(items), [items])
  const [first] = items
  return (
    <Card title={`Comparing ${items.length} projects`} actions={<Button size="sm" onClick={onClose}>Close comparison</Button>}>
      <p className="panel-note">Each change is against {first!.name}, the first project chosen; worse for a lender is marked in red.</p>
      <div className="table-wrap pf-compare-wrap">
        <table className="table pf-compare" data-testid="portfolio-compare">
          <caption className="visually-hidden">Headline metrics of the chosen projects, with each one’s change against {first!.name}</caption>
          <thead>
            <tr>
              <th scope="col" className="align-left">Metric</th>
              {items.map((it, i) => (
                <th key={it.id} scope="col" className="align-right">
                  {it.name}
                  {i === 0 ? <span className="pf-ref"> (reference)</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-metric={r.key}>
                <th scope="row">{r.label}</th>
                {r.cells.map((c, i) => (
                  <td key={items[i]!.id} className="align-right numeric">
                    <Figure text={c.value} />
                    {i > 0 && (
                      <span className={`pf-delta${c.worse ? ' worse' : ''}`} title={c.note} data-testid={`pf-delta-${r.key}-${i}`}>
                        {c.delta ?? (c.note ? 'other currency' : '–')}
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
            <tr data-metric="verdict">
              <th scope="row">Verdict</th>
              {items.map((it) => (
                <td key={it.id} className="align-right">
                  {verdictText(it.headline.verdict)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </Card>
  )
}
