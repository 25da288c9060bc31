import { useEffect, useState } from 'react'
import { streamQuantityPerYear, type Project } from '@shared/model'
import { Card, EmptyState, IconFeedstock, IconPlus, Table, type Column } from '@renderer/ui'
import { formatPercent, formatQuantity } from '@renderer/format/money'
import { pickSelected, useDoc, EditButton } from '../editors'
import { itemIndexOfPath, onRevealPath } from '../field-places'
import { AddStreamDialog } from './AddStreamDialog'
import { BATTERY_FORM_LABEL, quantityUnit } from './labels'
import { LotsCard } from './LotsCard'
import { PlantCapacityCard } from './PlantCapacityCard'
import { SupplyContractsCard } from './SupplyContractsCard'
import { EprCard } from './EprCard'
import { StreamEditor } from './StreamEditor'

type Stream = Project['feedstock'][number]

const describeKind = (s: Stream) => (s.kind === 'catalyst' ? 'Converters' : `${s.chemistry} ${BATTERY_FORM_LABEL[s.form].toLowerCase()}`)
const describePurchase = (s: Stream, cur: string) =>
  s.purchase.basis === 'fixed' ? `Fixed ${formatQuantity(s.purchase.pricePerQuantity)} ${cur}/${s.kind === 'catalyst' ? 'unit' : 't'}` : `${formatPercent(s.purchase.pctOfContained)} of metal value`

/** Feedstock: the streams table, "Add stream" from the reference library, the selected stream's editor, plant capacity, and lots. */
export function FeedstockSection() {
  const doc = useDoc()
  const [selected, setSelected] = useState<string | null>(null)
  const [adding, setAdding] = useState(false)
  const current = pickSelected(
    doc.feedstock.map((s) => s.id),
    selected
  )
  const index = doc.feedstock.findIndex((s) => s.id === current)
  // A link to a field of another stream ("Incomplete: no feed price for …", "1 field not saved") selects that stream.
  const streams = doc.feedstock
  useEffect(
    () =>
      onRevealPath((path) => {
        const i = itemIndexOfPath(path, 'feedstock')
        const s = i === null ? undefined : streams[i]
        if (s) setSelected(s.id)
      }),
    [streams]
  )
  const routeName = (id: string) => doc.routes.find((r) => r.id === id)?.name ?? id

  const columns: Column<Stream>[] = [
    {
      key: 'name',
      header: 'Stream',
      render: (s) => (
        <button type="button" className="link-button" aria-current={s.id === current ? 'true' : undefined} onClick={() => setSelected(s.id)}>
          {s.name}
        </button>
      )
    },
    { key: 'kind', header: 'Kind', width: '170px', render: describeKind },
    { key: 'qty', header: 'Annual quantity', width: '170px', numeric: true, render: (s) => `${formatQuantity(streamQuantityPerYear(s))} ${quantityUnit(s.kind)}` },
    { key: 'route', header: 'Route', width: '22%', render: (s) => routeName(s.routeId) },
    { key: 'purchase', header: 'Purchase basis', width: '200px', render: (s) => describePurchase(s, doc.reportingCurrency) }
  ]

  return (
    <div className="editor-section">
      <Card
        title="Feedstock streams"
        actions={
          <EditButton variant="primary" size="sm" icon={<IconPlus size={15} />} onClick={() => setAdding(true)}>
            Add stream
          </EditButton>
        }
      >
        {doc.feedstock.length === 0 ? (
          <EmptyState icon={<IconFeedstock size={28} />} title="No feedstock yet">
            <p>Add a stream: pick a converter class or a battery chemistry and form; the reference library fills loadings, grades, yields and the route.</p>
          </EmptyState>
        ) : (
          <Table
            caption="Feedstock streams"
            columns={columns}
            rows={doc.feedstock}
            rowKey={(s) => s.id}
            rowProps={(s) => ({ className: s.id === current ? 'row-selected' : undefined, 'data-testid': `stream-row-${s.id}` })}
          />
        )}
      </Card>
      {index >= 0 && <StreamEditor key={current} doc={doc} index={index} />}
      {doc.feedstock.length > 0 && <PlantCapacityCard doc={doc} />}
      {doc.feedstock.length > 0 && <SupplyContractsCard doc={doc} />}
      {doc.feedstock.length > 0 && <EprCard doc={doc} />}
      <LotsCard doc={doc} />
      <AddStreamDialog
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={(id) => {
          setSelected(id)
          setAdding(false)
        }}
      />
    </div>
  )
}
