import { useMemo, useState } from 'react'
import type { Decimal } from '@shared/decimal'
import type { ModelResult } from '@shared/engine'
import { buildStatements } from '@shared/engine/statements'
import { displayUnitCaption, formatAmountIn } from '@shared/format/display-unit'
import { formatAmount } from '@shared/format/money'
import type { MessageKey } from '@shared/i18n'
import { useT } from '@renderer/i18n'
import { useAppStore, useDisplayUnit } from '@renderer/store'
import { statementRows, unbalancedPeriods, type StatementKind } from './statement-rows'

const KINDS: readonly { id: StatementKind; label: MessageKey }[] = [
  { id: 'income', label: 'results.st.income' },
  { id: 'balance', label: 'results.st.balance' },
  { id: 'cashFlow', label: 'results.st.cashFlow' }
]

/**
 * The statements that balance (methodology §12): income statement, balance sheet and cash-flow
 * statement, by calendar year or by period, with the balance check of every column. Built on demand
 * from the result (engine/statements.ts), only while this view is shown.
 */
export function StatementsView({ result }: { result: ModelResult }) {
  const [span, setSpan] = useState<'annual' | 'period'>('annual')
  const [kind, setKind] = useState<StatementKind>('income')
  const st = useMemo(() => buildStatements(result), [result])
  const c = result.currency
  // Amounts in the reader's display unit (crore, lakh, million or every digit), named in the header.
  const unit = useDisplayUnit(c)
  const locale = useAppStore((x) => x.locale)
  const t = useT()
  const s = span === 'annual' ? st.annual : st.perPeriod
  const columns = span === 'annual' ? st.annual.years.map(String) : result.periods.map((p) => `${p.index} · ${p.start.slice(0, 7)}`)
  const rows = statementRows(s, kind, t)
  const fmt = (v: Decimal) => formatAmountIn(v, c, unit)
  const balanced = st.maxRelativeBalanceCheck.lte('1e-9')
  const failing = balanced ? [] : unbalancedPeriods(st.perPeriod, result.currency)
  const caption = displayUnitCaption(unit, c, locale)
  const kindLabel = t(KINDS.find((k) => k.id === kind)!.label)
  return (
    <section className="statements" aria-label={t('results.st.aria')} data-testid="statements">
      <div className="statements-controls">
        <div className="segmented" role="group" aria-label={t('results.st.kindGroup')}>
          {KINDS.map((k) => (
            <button key={k.id} type="button" aria-pressed={kind === k.id} className={kind === k.id ? 'on' : ''} onClick={() => setKind(k.id)}>
              {t(k.label)}
            </button>
          ))}
        </div>
        <div className="segmented" role="group" aria-label={t('results.st.columnsGroup')}>
          {(['annual', 'period'] as const).map((x) => (
            <button key={x} type="button" aria-pressed={span === x} className={span === x ? 'on' : ''} onClick={() => setSpan(x)}>
              {t(x === 'annual' ? 'results.st.annual' : 'results.st.perPeriod')}
            </button>
          ))}
        </div>
      </div>
      <p className={`statements-check ${balanced ? 'ok' : 'bad'}`} role="status" data-testid="balance-check" data-max-abs={st.maxAbsBalanceCheck.toExponential(2)}>
        {balanced
          ? t('results.st.balanced')
          : t('results.st.unbalanced', { count: Math.max(1, failing.length), periods: failing.join(', '), amount: formatAmount(st.maxAbsBalanceCheck, c), currency: c })}
      </p>
      <div className="waterfall-wrap" role="region" aria-label={t(span === 'annual' ? 'results.st.regionAnnual' : 'results.st.regionPerPeriod', { statement: kindLabel })} tabIndex={0}>
        <table className="waterfall statement" data-testid={`statement-${kind}`}>
          <caption className="visually-hidden">
            {t(kind === 'balance' ? 'results.st.captionBalance' : 'results.st.captionFlows', { statement: kindLabel, unit: caption })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="wf-label">
                {t(kind === 'balance' ? 'results.st.headBalance' : 'results.nominal', { unit: caption })}
              </th>
              {columns.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className={`wf-${r.kind === 'check' ? 'detail' : r.kind}${r.kind === 'check' ? ' st-check' : ''}`} data-testid={`st-${r.id}`}>
                <th scope="row" className="wf-label">
                  {r.label}
                </th>
                {r.values.map((v, i) => (
                  <td key={columns[i]} className={r.kind !== 'check' && v.isNegative() && !v.isZero() ? 'neg' : undefined}>
                    {r.kind === 'check' ? (v.abs().lt('0.005') ? '0' : v.toFixed(2)) : fmt(v)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
