import { useEffect, useState } from 'react'
import { streamQuantityPerYear, type Project } from '@shared/model'
import { Card, EmptyState, IconFeedstock, IconPlus, Table, type Column } from '@renderer/ui'
import { formatPercent, formatQuantity } from '@renderer/format/money'
import { pickSelected, useDoc, EditButton } from '../editors'
import { itemIndexOfPath, onRevealPath } from '../field-places'
import { AddStreamDialog } from './AddStreamDialog'
import { batteryKindLabel, quantityUnit } from './labels'
import { useT } from '@renderer/i18n'
import type { Translate } from '../editors'
import { LotsCard } from './LotsCard'
import { PlantCapacityCard } from './PlantCapacityCard'
import { SupplyContractsCard } from './SupplyContractsCard'
import { EprCard } from './EprCard'
import { StreamEditor } from './StreamEditor'

type Stream = Project['feedstock'][number]

const describeKind = (t: Translate, s: Stream) => (s.kind === 'catalyst' ? t('feedstock.kind.converters') : batteryKindLabel(t, s.chemistry, s.form))
const describePurchase = (t: Translate, s: Stream, currency: string) =>
  s.purchase.basis === 'fixed'
    ? t(s.kind === 'catalyst' ? 'feedstock.purchase.fixedUnit' : 'feedstock.purchase.fixedT', { price: formatQuantity(s.purchase.pricePerQuantity), currency })
    : t('feedstock.purchase.pct', { pct: formatPercent(s.purchase.pctOfContained) })

/** Feedstock: the streams table, "Add stream" from the reference library, the selected stream's editor, plant capacity, and lots. */
export function FeedstockSection() {
  const doc = useDoc()
  const t = useT()
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
      header: t('feedstock.col.stream'),
      render: (s) => (
        <button type="button" className="link-button" translate="no" aria-current={s.id === current ? 'true' : undefined} onClick={() => setSelected(s.id)}>
          {s.name}
        </button>
      )
    },
    { key: 'kind', header: t('feedstock.col.kind'), width: '170px', render: (s) => describeKind(t, s) },
    { key: 'qty', header: t('feedstock.col.quantity'), width: '170px', numeric: true, render: (s) => `${formatQuantity(streamQuantityPerYear(s))} ${quantityUnit(t, s.kind)}` },
    { key: 'route', header: t('feedstock.col.route'), width: '22%', render: (s) => <span translate="no">{routeName(s.routeId)}</span> },
    { key: 'purchase', header: t('feedstock.col.purchase'), width: '200px', render: (s) => describePurchase(t, s, doc.reportingCurrency) }
  ]

  return (
    <div className="editor-section">
      <Card
        title={t('feedstock.streams')}
        actions={
          <EditButton variant="primary" size="sm" icon={<IconPlus size={15} />} onClick={() => setAdding(true)}>
            {t('feedstock.addStream')}
          </EditButton>
        }
      >
        {doc.feedstock.length === 0 ? (
          <EmptyState icon={<IconFeedstock size={28} />} title={t('feedstock.empty.title')}>
            <p>{t('feedstock.empty.body')}</p>
          </EmptyState>
        ) : (
          <Table
            caption={t('feedstock.streams')}
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
