import type { ReactNode } from 'react'
import type { Currency } from '@shared/model'
import { formatMetric } from '@shared/format/metrics'
import { unitFor, type DisplayUnit } from '@shared/format/display-unit'
import type { Locale, MessageKey, MessageValues } from '@shared/i18n'
import { METRICS, metricLabel } from '@shared/metrics/registry'
import { PORTFOLIO_METRICS, type PortfolioMetric } from '@shared/portfolio/headline'
import type { Column } from '@renderer/ui'
import type { PortfolioEntry } from './portfolio-metrics'
import { metricColumnHeader, verdictWords } from './portfolio-words'

type T = (key: MessageKey, values?: MessageValues) => string

/** A listed project with its computed figures (undefined while the engine has not reached it). */
export type PortfolioRow = { id: string; name: string; currency: Currency; updatedAt: string; archived: boolean; entry: PortfolioEntry | undefined }

/**
 * Wide enough for the longest figure each shows (₹1,22,04,62,619 in the money columns, 100.00 % in the
 * IRRs) and no wider: at 1280 px what is left goes to the project's name (#17: it had ~120 px).
 */
const WIDTH: Record<PortfolioMetric, string> = { projectIrr: '76px', equityIrr: '76px', minDscr: '64px', llcr: '58px', npv: '124px', debtAtCod: '124px' }
/**
 * Japanese headers wrap between any two characters (at 76 px "エクイティIRR" read "エクイ" / "ティ" / "IRR"):
 * the project IRR is "PIRR", as Japanese PF papers abbreviate it, and the equity
 * IRR's column is wide enough for "エクイティ" above "IRR" (the name column gives up 20 px).
 */
const WIDTH_JA: Partial<Record<PortfolioMetric, string>> = { equityIrr: '96px' }

const pending = (t: T) => <span className="muted" aria-label={t('projects.cell.computing')}>…</span>

/** The six headline metric columns and the verdict, each sortable; money in the unit the reader chose for each currency. */
export function metricColumns(t: T, units: Partial<Record<Currency, DisplayUnit>> = {}, locale: Locale = 'en'): Column<PortfolioRow>[] {
  const cols: Column<PortfolioRow>[] = PORTFOLIO_METRICS.map((key) => ({
    key,
    header: metricColumnHeader(t, key, metricLabel(key, 'shortLabel')),
    width: (locale === 'ja' ? WIDTH_JA[key] : undefined) ?? WIDTH[key],
    numeric: true,
    sortable: true,
    render: (r) => {
      if (!r.entry) return pending(t)
      if (r.entry.state === 'failed') return <span className="muted">–</span>
      const c = r.entry.headline.cells[key]
      // "n/a — no sign change" is too long for a cell: the reason goes to the tooltip.
      if (c.sortValue === null) return <span className="muted" title={c.text}>{t('projects.cell.na')}</span>
      const text = METRICS[key].format === 'money' && c.value !== null ? formatMetric(key, c.value, r.currency, unitFor(r.currency, units[r.currency])) : c.text
      return <span title={c.text} data-testid={`pf-${key}-${r.id}`}>{text}</span>
    }
  }))
  cols.push({ key: 'verdict', header: t('projects.col.verdict'), width: '120px', sortable: true, render: (r) => <VerdictCell entry={r.entry} id={r.id} t={t} /> })
  return cols
}

function VerdictCell({ entry, id, t }: { entry: PortfolioEntry | undefined; id: string; t: T }): ReactNode {
  if (!entry) return pending(t)
  if (entry.state === 'failed') return <span className="muted" title={entry.message}>{t('projects.cell.notComputed')}</span>
  const v = entry.headline.verdict
  const text = verdictWords(t, v)
  const tone = v.kind === 'incomplete' ? 'incomplete' : v.grade
  return (
    <span className={`verdict verdict-${tone}`} title={text} data-testid={`pf-verdict-${id}`}>
      {v.kind === 'incomplete' ? t('projects.verdict.incomplete') : text}
    </span>
  )
}
