import { lazy, Suspense, useMemo, useState } from 'react'
import type { Project } from '@shared/model'
import { debtByTranche } from '@shared/debt-report'
import { Card, Table } from '@renderer/ui'
import { formatPercentOf } from '@shared/format/percent'
import { displayUnitCaption, formatAmountIn } from '@shared/format/display-unit'
import { useAppStore, useDisplayUnit } from '@renderer/store'
import { useModelResult } from '@renderer/model'
import { moneyHint } from '../editors/money-hint'
import { debtChartRows, debtSchedule, type DebtYear } from './debt-schedule'
import { TrancheSchedule } from './TrancheSchedule'
import { useT } from '@renderer/i18n'

const DebtChart = lazy(() => import('./DebtChart'))

/**
 * The debt as the model sized it: key figures, the schedule by year and its chart (from the live
 * results) — for all the senior debt, or, with several tranches or a foreign-currency one, for each
 * tranche in its own currency and in the reporting currency.
 */
export function DebtScheduleCard({ doc }: { doc: Project }) {
  const { result, resultDoc, stale } = useModelResult()
  const t = useT()
  const locale = useAppStore((s) => s.locale)
  const [view, setView] = useState<string>('all')
  const byTranche = useMemo(() => (result ? debtByTranche(resultDoc ?? doc, result) : null), [result, resultDoc, doc])
  const unit = useDisplayUnit(result?.currency ?? doc.reportingCurrency)
  if (!result || !byTranche) return <Card title={t('financing.schedule.title')}><p className="muted">{t('financing.schedule.notRun')}</p></Card>
  const lines = byTranche.lines
  const perTranche = lines.length > 1 || lines.some((l) => l.currency !== result.currency)
  const line = perTranche ? lines.find((l) => l.id === view) : undefined
  return (
    <Card
      title={
        line
          ? t('financing.schedule.titleOf', { name: line.name, stale: stale ? 'yes' : 'no' })
          : t('financing.schedule.titleIn', { unit: displayUnitCaption(unit, result.currency, locale), stale: stale ? 'yes' : 'no' })
      }
      actions={
        perTranche && (
          <div className="segmented" role="group" aria-label={t('financing.schedule.of')}>
            {[{ id: 'all', name: t('financing.schedule.all') }, ...lines].map((l) => (
              <button key={l.id} type="button" className={(line?.id ?? 'all') === l.id ? 'on' : ''} aria-pressed={(line?.id ?? 'all') === l.id} onClick={() => setView(l.id)}>
                {l.name}
              </button>
            ))}
          </div>
        )
      }
    >
      {line ? <TrancheSchedule result={result} line={line} /> : <AllTranches doc={doc} />}
    </Card>
  )
}

/** The aggregate: every tranche together, in the reporting currency. */
function AllTranches({ doc }: { doc: Project }) {
  const { result } = useModelResult()
  const t = useT()
  const locale = useAppStore((s) => s.locale)
  const unit = useDisplayUnit(result?.currency ?? doc.reportingCurrency)
  if (!result) return null
  const cur = result.currency
  const f = result.financing
  const rows = debtSchedule(result)
  // The schedule in the reader's display unit (crore, lakh, million or every digit), named in the title and caption.
  const amt = (v: DebtYear['balance']) => formatAmountIn(v, cur, unit)
  // Key figures in whole units with their size in words, whatever unit the schedule below reads in.
  const big = (v: DebtYear['balance']) => moneyHint(v.toDecimalPlaces(0).toFixed(), cur, locale)
  const hedgeCost = rows.some((r) => !r.debtFees.isZero())
  const sizedBy =
    f.sizingMode === 'sculpted' ? t(f.capBinding ? 'financing.schedule.capBinds' : 'financing.schedule.sculpting') : f.sizingMode === 'gearing' ? t('financing.schedule.byGearing') : t('financing.schedule.held')
  return (
    <>
      <dl className="kv debt-kv">
        <dt>{t('financing.schedule.debtAtCod')}</dt>
        <dd data-testid="debt-at-cod">{big(result.metrics.debtAtCod)}</dd>
        <dt>{t('financing.schedule.gearing')}</dt>
        <dd>{formatPercentOf('cover', f.gearing)}</dd>
        <dt>{t('financing.schedule.sizedBy')}</dt>
        <dd>{f.sculptingDscr ? t('financing.schedule.sculptingDscr', { sized: sizedBy, dscr: f.sculptingDscr.toFixed(2) }) : sizedBy}</dd>
        <dt>{t('financing.schedule.idc')}</dt>
        <dd>{big(f.totalIdc)}</dd>
        <dt>{doc.financing.tranches.length > 1 || doc.financing.tranches.some((x) => x.currency !== cur) ? t('financing.schedule.feesAll') : t('financing.schedule.feesUpfront')}</dt>
        <dd>{big(f.totalFees)}</dd>
        <dt>{t('financing.schedule.equity')}</dt>
        <dd>{big(f.totalEquity)}</dd>
      </dl>
      {rows.length === 0 ? (
        <p className="muted">{t('financing.schedule.noDebt')}</p>
      ) : (
        <>
          <Suspense fallback={<div className="chart-box" />}>
            <DebtChart rows={debtChartRows(rows)} currency={cur} />
          </Suspense>
          <div className="scroll-x dense-table debt-schedule-table">
            <Table
              caption={t('financing.schedule.caption', { unit: displayUnitCaption(unit, cur, locale) })}
              rows={rows}
              rowKey={(r) => String(r.year)}
              columns={[
                { key: 'year', header: t('financing.col.year'), width: '60px', render: (r) => r.year },
                { key: 'draw', header: t('financing.col.drawdowns'), numeric: true, render: (r) => amt(r.drawdowns) },
                { key: 'idc', header: t('financing.col.idc'), numeric: true, render: (r) => amt(r.idc) },
                { key: 'int', header: t('financing.col.interest'), numeric: true, render: (r) => amt(r.interest) },
                ...(hedgeCost ? [{ key: 'hedge', header: t('financing.col.hedge'), numeric: true, render: (r: DebtYear) => amt(r.debtFees) }] : []),
                { key: 'prin', header: t('financing.col.principal'), numeric: true, render: (r) => amt(r.principal) },
                { key: 'ds', header: t('financing.col.debtService'), numeric: true, render: (r) => amt(r.debtService) },
                { key: 'cfads', header: 'CFADS', numeric: true, render: (r) => amt(r.cfads) },
                { key: 'dscr', header: t('financing.col.minDscr'), width: '90px', numeric: true, render: (r) => (r.minDscr ? `${r.minDscr.toFixed(2)}x` : '—') },
                { key: 'bal', header: t('financing.col.balance'), numeric: true, render: (r) => amt(r.balance) }
              ]}
            />
          </div>
        </>
      )}
    </>
  )
}
