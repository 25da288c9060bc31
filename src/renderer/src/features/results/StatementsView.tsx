import { useMemo, useState } from 'react'
import type { Decimal } from '@shared/decimal'
import type { ModelResult } from '@shared/engine'
import { buildStatements } from '@shared/engine/statements'
import { displayUnitCaption, formatAmountIn } from '@shared/format/display-unit'
import { useDisplayUnit } from '@renderer/store'
import { statementRows, type StatementKind } from './statement-rows'

const KINDS: readonly { id: StatementKind; label: string }[] = [
  { id: 'income', label: 'Income statement' },
  { id: 'balance', label: 'Balance sheet' },
  { id: 'cashFlow', label: 'Cash-flow statement' }
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
  const s = span === 'annual' ? st.annual : st.perPeriod
  const columns = span === 'annual' ? st.annual.years.map(String) : result.periods.map((p) => `${p.index} · ${p.start.slice(0, 7)}`)
  const rows = statementRows(s, kind)
  const fmt = (v: Decimal) => formatAmountIn(v, c, unit)
  const balanced = st.maxRelativeBalanceCheck.lte('1e-9')
  return (
    <section className="statements" aria-label="Statements" data-testid="statements">
      <div className="statements-controls">
        <div className="segmented" role="group" aria-label="Statement">
          {KINDS.map((k) => (
            <button key={k.id} type="button" aria-pressed={kind === k.id} className={kind === k.id ? 'on' : ''} onClick={() => setKind(k.id)}>
              {k.label}
            </button>
          ))}
        </div>
        <div className="segmented" role="group" aria-label="Columns">
          {(['annual', 'period'] as const).map((x) => (
            <button key={x} type="button" aria-pressed={span === x} className={span === x ? 'on' : ''} onClick={() => setSpan(x)}>
              {x === 'annual' ? 'Annual' : 'Per period'}
            </button>
          ))}
        </div>
      </div>
      <p className={`statements-check ${balanced ? 'ok' : 'bad'}`} role="status" data-testid="balance-check" data-max-abs={st.maxAbsBalanceCheck.toExponential(2)}>
        {balanced ? 'The balance sheet balances in every period' : 'The balance sheet does NOT balance'}: largest |assets − liabilities − equity| is{' '}
        {st.maxAbsBalanceCheck.toExponential(2)} {c} ({st.maxRelativeBalanceCheck.toExponential(1)} of total assets; the test is 1e-9).
      </p>
      <div className="waterfall-wrap" role="region" aria-label={`${KINDS.find((k) => k.id === kind)!.label}, ${span === 'annual' ? 'annual' : 'per period'}`} tabIndex={0}>
        <table className="waterfall statement" data-testid={`statement-${kind}`}>
          <caption className="visually-hidden">
            {KINDS.find((k) => k.id === kind)!.label}, {displayUnitCaption(unit, c)}
            {kind === 'balance' ? ', balances at the end of each column' : ', income and cash in positive, costs and cash out negative'}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="wf-label">
                {displayUnitCaption(unit, c)} · {kind === 'balance' ? 'end of' : 'nominal'}
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
