import { lazy, Suspense, useState } from 'react'
import type { Metric } from '@shared/engine'
import { isInvestmentGrade, productUnitOf, type Project } from '@shared/model'
import { Badge, Card, EmptyState, IconOfftake, IconPlus, Table, type Column } from '@renderer/ui'
import { formatPercent, formatQuantity } from '@renderer/format/money'
import { useModelResult } from '@renderer/model'
import { ModelNumber, pickSelected, useApplyEdit, useDoc, EditButton } from '../editors'
import { ContractEditor } from './ContractEditor'
import { newContract } from './contract-defaults'
import { coverageRows, loanMaturityYear } from './coverage-data'
import { useT } from '@renderer/i18n'

const OfftakeChart = lazy(() => import('./OfftakeChart'))
type Contract = Project['offtake'][number]

const metricText = (t: ReturnType<typeof useT>, m: Metric) => (m.ok ? formatPercent(m.value) : t('offtake.notAvailable', { reason: m.reason }))

/** Offtake: contracts and their terms, the bankable take-or-pay threshold, and coverage against the loan tenor. */
export function OfftakeSection() {
  const doc = useDoc()
  const applyEdit = useApplyEdit()
  const t = useT()
  const { result } = useModelResult()
  const [selected, setSelected] = useState<string | null>(null)
  const current = pickSelected(doc.offtake.map((c) => c.id), selected)
  const index = doc.offtake.findIndex((c) => c.id === current)
  const productOf = (c: Contract) => doc.products.find((p) => p.id === c.productId)
  const bankable = (c: Contract) => isInvestmentGrade(c.rating) && Number(c.takeOrPay) >= Number(doc.offtakePolicy.bankableTakeOrPayMin)

  const columns: Column<Contract>[] = [
    {
      key: 'cp',
      header: t('offtake.col.counterparty'),
      render: (c) => (
        <button type="button" className="link-button" translate="no" title={c.counterparty} aria-current={c.id === current ? 'true' : undefined} onClick={() => setSelected(c.id)}>
          {c.counterparty}
        </button>
      )
    },
    { key: 'rating', header: t('offtake.col.rating'), width: '80px', render: (c) => c.rating },
    { key: 'product', header: t('offtake.col.product'), width: '170px', render: (c) => <span translate="no">{productOf(c)?.name ?? c.productId}</span> },
    { key: 'prio', header: t('offtake.col.priority'), width: '78px', numeric: true, render: (c) => c.priority },
    {
      key: 'vol',
      header: t('offtake.col.volume'),
      width: '124px',
      numeric: true,
      render: (c) =>
        c.volume.basis === 'share'
          ? t('offtake.shareOfOutput', { pct: formatPercent(c.volume.share) })
          : t('offtake.perYear', { qty: formatQuantity(c.volume.productUnitsPerYear), unit: productOf(c) ? productUnitOf(productOf(c)!.metal) : '' })
    },
    { key: 'dates', header: t('offtake.col.tenor'), width: '136px', render: (c) => `${c.startDate} → ${c.endDate}` },
    { key: 'bank', header: t('offtake.col.bankable'), width: '100px', render: (c) => (bankable(c) ? <Badge tone="success">{t('offtake.yes')}</Badge> : <Badge tone="warning">{t('offtake.no')}</Badge>) }
  ]

  const rows = result ? coverageRows(result) : []
  return (
    <div className="editor-section">
      <Card
        title={t('offtake.contracts')}
        actions={
          <EditButton
            variant="primary"
            size="sm"
            icon={<IconPlus size={15} />}
            disabled={doc.products.length === 0}
            onClick={() => {
              const c = newContract(doc, doc.products[0]!.id)
              if (applyEdit(t('offtake.addEdit', { name: c.counterparty }), (d) => void d.offtake.push(c)).ok) setSelected(c.id)
            }}
          >
            {t('offtake.add')}
          </EditButton>
        }
      >
        {doc.offtake.length === 0 ? (
          <EmptyState icon={<IconOfftake size={28} />} title={t('offtake.empty.title')}>
            <p>{doc.products.length === 0 ? t('offtake.empty.noProducts') : t('offtake.empty.merchant')}</p>
          </EmptyState>
        ) : (
          <Table caption={t('offtake.contracts')} columns={columns} rows={doc.offtake} rowKey={(c) => c.id} rowProps={(c) => ({ className: c.id === current ? 'row-selected' : undefined })} />
        )}
        <div className="form-grid wide" style={{ marginTop: 16 }}>
          <ModelNumber path="offtakePolicy.bankableTakeOrPayMin" label={t('offtake.threshold')} unit="%" percent hint={t('offtake.thresholdHint')} />
        </div>
      </Card>
      {index >= 0 && <ContractEditor key={current} doc={doc} index={index} />}
      <Card title={t('offtake.revenue.title')}>
        {result ? (
          <>
            <dl className="kv">
              <dt>{t('offtake.revenue.coverage')}</dt>
              <dd data-testid="coverage-loan-life">{metricText(t, result.metrics.offtakeCoverage)}</dd>
              <dt>{t('offtake.revenue.bankable')}</dt>
              <dd data-testid="coverage-bankable">{metricText(t, result.metrics.bankableOfftakeCoverage)}</dd>
              <dt>{t('offtake.revenue.lenderMin')}</dt>
              <dd>{formatPercent(doc.lender.minBankableCoverage)}</dd>
            </dl>
            {rows.length > 0 ? (
              <Suspense fallback={<div className="chart-box" />}>
                <OfftakeChart rows={rows} currency={doc.reportingCurrency} maturityYear={loanMaturityYear(result)} minCoveragePct={Number(doc.lender.minBankableCoverage) * 100} />
              </Suspense>
            ) : (
              <p className="muted">{t('offtake.revenue.none')}</p>
            )}
          </>
        ) : (
          <p className="muted">{t('offtake.revenue.notRun')}</p>
        )}
      </Card>
    </div>
  )
}
