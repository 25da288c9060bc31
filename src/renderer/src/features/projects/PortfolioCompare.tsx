import { useMemo } from 'react'
import { comparePortfolio } from '@shared/portfolio/compare'
import type { Headline } from '@shared/portfolio/headline'
import type { ModelResult } from '@shared/engine'
import { Button, Card } from '@renderer/ui'
import { useT } from '@renderer/i18n'
import { metricHeader, verdictWords } from './portfolio-words'

export type CompareItem = { id: string; name: string; result: ModelResult; headline: Headline }

/** "n/a — reason" is too long for a figure: "n/a" with the reason on hover. */
const Figure = ({ text, na }: { text: string; na: string }) => (text.startsWith('n/a') ? <span title={text.replace(/^n\/a( — )?/, '')}>{na}</span> : <>{text}</>)

/**
 * Two or more projects side by side: the headline metrics of each, and each one's signed change
 * against the first chosen (worse for a lender in red), then their verdicts.
 */
export function PortfolioCompare({ items, onClose }: { items: CompareItem[]; onClose: () => void }) {
  const rows = useMemo(() => comparePortfolio(items), [items])
  const [first] = items
  const t = useT()
  return (
    <Card title={t('projects.compare.title', { count: items.length })} actions={<Button size="sm" onClick={onClose}>{t('projects.compare.close')}</Button>}>
      <p className="panel-note">{t('projects.compare.note', { name: first!.name })}</p>
      <div className="table-wrap pf-compare-wrap">
        <table className="table pf-compare" data-testid="portfolio-compare">
          <caption className="visually-hidden">{t('projects.compare.caption', { name: first!.name })}</caption>
          <thead>
            <tr>
              <th scope="col" className="align-left">{t('projects.compare.metric')}</th>
              {items.map((it, i) => (
                <th key={it.id} scope="col" className="align-right">
                  {it.name}
                  {i === 0 ? <span className="pf-ref">{t('projects.compare.reference')}</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-metric={r.key}>
                <th scope="row">{metricHeader(t, r.key, r.label)}</th>
                {r.cells.map((c, i) => (
                  <td key={items[i]!.id} className="align-right numeric">
                    <Figure text={c.value} na={t('projects.cell.na')} />
                    {i > 0 && (
                      <span className={`pf-delta${c.worse ? ' worse' : ''}`} title={c.note ? t('projects.compare.otherCurrencyNote', { currency: items[i]!.result.currency, reference: first!.result.currency }) : undefined} data-testid={`pf-delta-${r.key}-${i}`}>
                        {c.delta ?? (c.note ? t('projects.compare.otherCurrency') : '–')}
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
            <tr data-metric="verdict">
              <th scope="row">{t('projects.compare.verdict')}</th>
              {items.map((it) => (
                <td key={it.id} className="align-right">
                  {verdictWords(t, it.headline.verdict)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </Card>
  )
}
