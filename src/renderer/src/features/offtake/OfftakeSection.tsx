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

const OfftakeChart = lazy(() => import('./OfftakeChart'))
type Contract = Project['offtake'][number]

const metricText = (m: Metric) => (m.ok ? formatPercent(m.value) : `— (${m.reason})`)

/** Offtake: contracts and their terms, the bankable take-or-pay threshold, and coverage against the loan tenor. */
export function OfftakeSection() {
  const doc = useDoc()
  const applyEdit = useApplyEdit()
  const { result } = useModelResult()
  const [selected, setSelected] = useState<string | null>(null)
  const current = pickSelected(doc.offtake.map((c) => c.id), selected)
  const index = doc.offtake.findIndex((c) => c.id === current)
  const productOf = (c: Contract) => doc.products.find((p) => p.id === c.productId)
  const bankable = (c: Contract) => isInvestmentGrade(c.rating) && Number(c.takeOrPay) >= Number(doc.offtakePolicy.bankableTakeOrPayMin)

  const columns: Column<Contract>[] = [
    {
      key: 'cp',
      header: 'Counterparty',
      render: (c) => (
        <button type="button" className="link-button" title={c.counterparty} aria-current={c.id === current ? 'true' : undefined} onClick={() => setSelected(c.id)}>
          {c.counterparty}
        </button>
      )
    },
    { key: 'rating', header: 'Rating', width: '80px', render: (c) => c.rating },
    { key: 'product', header: 'Product', width: '170px', render: (c) => productOf(c)?.name ?? c.productId },
    { key: 'prio', header: 'Priority', width: '78px', numeric: true, render: (c) => c.priority },
    {
      key: 'vol',
      header: 'Volume',
      width: '124px',
      numeric: true,
      render: (c) => (c.volume.basis === 'share' ? `${formatPercent(c.volume.share)} of output` : `${formatQuantity(c.volume.productUnitsPerYear)} ${productOf(c) ? productUnitOf(productOf(c)!.metal) : ''}/yr`)
    },
    { key: 'dates', header: 'Tenor', width: '136px', render: (c) => `${c.startDate} → ${c.endDate}` },
    { key: 'bank', header: 'Bankable', width: '100px', render: (c) => (bankable(c) ? <Badge tone="success">Yes</Badge> : <Badge tone="warning">No</Badge>) }
  ]

  const rows = result ? coverageRows(result) : []
  return (
    <div className="editor-section">
      <Card
        title="Offtake contracts"
        actions={
          <EditButton
            variant="primary"
            size="sm"
            icon={<IconPlus size={15} />}
            disabled={doc.products.length === 0}
            onClick={() => {
              const c = newContract(doc, doc.products[0]!.id)
              if (applyEdit(`Add contract ${c.counterparty}`, (d) => void d.offtake.push(c)).ok) setSelected(c.id)
            }}
          >
            Add contract
          </EditButton>
        }
      >
        {doc.offtake.length === 0 ? (
          <EmptyState icon={<IconOfftake size={28} />} title="No offtake contracts">
            <p>{doc.products.length === 0 ? 'Add products in Recovery first.' : 'Everything is sold merchant at the deck price × merchant payable. Lenders look at how much is contracted with creditworthy buyers.'}</p>
          </EmptyState>
        ) : (
          <Table caption="Offtake contracts" columns={columns} rows={doc.offtake} rowKey={(c) => c.id} rowProps={(c) => ({ className: c.id === current ? 'row-selected' : undefined })} />
        )}
        <div className="form-grid wide" style={{ marginTop: 16 }}>
          <ModelNumber path="offtakePolicy.bankableTakeOrPayMin" label="Bankable take-or-pay threshold" unit="%" percent hint="A contract counts as bankable at or above this, with an investment-grade buyer" />
        </div>
      </Card>
      {index >= 0 && <ContractEditor key={current} doc={doc} index={index} />}
      <Card title="Contracted vs merchant revenue">
        {result ? (
          <>
            <dl className="kv">
              <dt>Offtake coverage over the loan life</dt>
              <dd data-testid="coverage-loan-life">{metricText(result.metrics.offtakeCoverage)}</dd>
              <dt>Bankable coverage over the loan life</dt>
              <dd data-testid="coverage-bankable">{metricText(result.metrics.bankableOfftakeCoverage)}</dd>
              <dt>Lender minimum bankable coverage</dt>
              <dd>{formatPercent(doc.lender.minBankableCoverage)}</dd>
            </dl>
            {rows.length > 0 ? (
              <Suspense fallback={<div className="chart-box" />}>
                <OfftakeChart rows={rows} currency={doc.reportingCurrency} maturityYear={loanMaturityYear(result)} minCoveragePct={Number(doc.lender.minBankableCoverage) * 100} />
              </Suspense>
            ) : (
              <p className="muted">No revenue yet: add feedstock, products and prices.</p>
            )}
          </>
        ) : (
          <p className="muted">Results appear once the project runs.</p>
        )}
      </Card>
    </div>
  )
}
