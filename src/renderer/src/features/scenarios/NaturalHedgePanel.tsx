import { lazy, Suspense, useState } from 'react'
import { Card, NumberField, Table, type Column } from '@renderer/ui'
import { OFFSET_KEYS, offsetLabel, type ExposureLedger, type LedgerRow } from '@shared/analysis/exposure'
import type { Currency } from '@shared/model'
import { useDoc } from '../editors'
import { compactMoney, money, pct, times } from './format'
import { JointStressCard } from './JointStressCard'
import { RunBar } from './RunBar'
import { useAnalysisJob } from './use-analysis-job'
import { useT } from '@renderer/i18n'
import type { Translate } from '../results/translate'
import { useAppStore } from '@renderer/store'
import { driverIdLabelText } from '@shared/analysis/localized'
import type { Locale } from '@shared/i18n'

const HedgeChart = lazy(() => import('./HedgeChart').then((m) => ({ default: m.HedgeChart })))

/**
 * The natural-hedge ledger (issue 19): per metal and FX, what a price move does to CFADS before and
 * after every offset the project has, read from the engine's own lines (finite differences, debt held
 * as sized); and the joint stress of two drivers at once.
 */
export function NaturalHedgePanel() {
  const doc = useDoc()
  const [step, setStep] = useState('0.1')
  const job = useAnalysisJob('exposure')
  const t = useT()
  const locale = useAppStore((s) => s.locale)
  const run = () => job.run({ kind: 'exposure', project: doc, settings: { step } })
  return (
    <div className="analysis-panel">
      <Card title={t('scenarios.hedge.title')}>
        <p className="panel-note">{t('scenarios.hedge.note')}</p>
        <div className="analysis-form">
          <NumberField label={t('scenarios.hedge.step')} unit="%" percent value={step} onValue={(v) => v !== null && setStep(v)} hint={t('scenarios.hedge.stepHint')} />
        </div>
        <RunBar state={job.state} label={t('scenarios.hedge.run')} onRun={run} onCancel={job.cancel} testId="hedge" idleHint />
      </Card>
      {job.state.status === 'done' && <LedgerView ledger={job.state.output.result} t={t} locale={locale} name={(r) => driverIdLabelText({ id: r.driverId, label: r.label }, doc.products, locale)} />}
      <JointStressCard />
    </div>
  )
}

function LedgerView({ ledger, t, locale, name }: { ledger: ExposureLedger; t: Translate; locale: Locale; name: (r: LedgerRow) => string }) {
  const cur: Currency = ledger.currency
  const step = `${(Number(ledger.step) * 100).toFixed(0)} %`
  // Offsets this project has (some row moves them); the others would be columns of zeros.
  // Each driver by its name in the reader's language (the ledger keeps the analysis' English).
  const rows = ledger.rows.map((r) => ({ ...r, label: name(r) }))
  const keys = OFFSET_KEYS.filter((k) => ledger.rows.some((r) => Number(r.removed[k]) !== 0))
  const cash = (s: string) => <span title={money(Number(s), cur)}>{compactMoney(Number(s), cur)}</span>
  const dscr = (s: string | null) => {
    const base = ledger.baseMinDscr === null ? null : Number(ledger.baseMinDscr)
    const x = s === null ? null : Number(s)
    return <span title={x !== null && base !== null ? t('scenarios.hedge.fromBase', { change: `${x - base >= 0 ? '+' : '−'}${Math.abs(x - base).toFixed(3)}`, base: times(base) }) : undefined}>{times(x)}</span>
  }
  const cols: Column<LedgerRow>[] = [
    { key: 'driver', header: t('scenarios.hedge.driver'), width: '150px', render: (r) => r.label },
    { key: 'gross', header: t('scenarios.hedge.gross'), numeric: true, render: (r) => cash(r.gross) },
    ...keys.map((k): Column<LedgerRow> => ({ key: k, header: offsetLabel(k, locale), numeric: true, render: (r) => cash(r.removed[k]) })),
    { key: 'net', header: <strong>{t('scenarios.hedge.net')}</strong>, numeric: true, render: (r) => <strong data-testid={`hedge-net-${r.driverId}`}>{cash(r.net)}</strong> },
    { key: 'share', header: t('scenarios.hedge.share'), numeric: true, render: (r) => <span data-testid={`hedge-share-${r.driverId}`}>{pct(r.shareOfCfads === null ? null : Number(r.shareOfCfads))}</span> },
    { key: 'dscrUp', header: t('scenarios.hedge.dscrUp', { step }), numeric: true, render: (r) => dscr(r.minDscrUp) },
    { key: 'netDown', header: t('scenarios.hedge.netDown', { step }), numeric: true, render: (r) => cash(r.netDown) },
    { key: 'dscrDown', header: t('scenarios.hedge.dscrDown', { step }), numeric: true, render: (r) => dscr(r.minDscrDown) }
  ]
  const w = ledger.window
  const hidden = OFFSET_KEYS.filter((k) => !keys.includes(k)).map((k) => offsetLabel(k, locale))
  return (
    <>
      <Card title={t(w.kind === 'loanLife' ? 'scenarios.hedge.titleLoan' : 'scenarios.hedge.titleOperating', { step, currency: cur, from: w.from.slice(0, 7), to: w.to.slice(0, 7) })}>
        <p className="panel-note">
          {t('scenarios.hedge.base', {
            cfads: money(Number(ledger.baseCfads), cur),
            debtService: money(Number(ledger.baseDebtService), cur),
            minDscr: times(ledger.baseMinDscr === null ? null : Number(ledger.baseMinDscr)),
            covenant: times(Number(ledger.covenantDscr))
          })}
          {hidden.length > 0 ? ` ${t('scenarios.hedge.hidden', { list: hidden.join(locale === 'en' ? '; ' : '、') })}` : ''}
        </p>
        <div className="hedge-ledger">
          <Table caption={t('scenarios.hedge.caption')} columns={cols} rows={rows} rowKey={(r) => r.driverId} rowProps={(r) => ({ 'data-testid': `hedge-row-${r.driverId}` })} />
        </div>
      </Card>
      <Card title={t('scenarios.hedge.chart')}>
        <Suspense fallback={<p className="panel-empty">{t('scenarios.loadingChart')}</p>}>
          <div data-testid="chart-hedge">
            <HedgeChart rows={rows} currency={cur} keys={keys} locale={locale} />
          </div>
        </Suspense>
      </Card>
    </>
  )
}
