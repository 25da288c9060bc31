import { useEffect, useMemo } from 'react'
import { bridgeStreamFromLots, parseLotFile, type BridgeChange, type LotFile } from '@shared/lot'
import type { Project } from '@shared/model'
import { useAppStore } from '@renderer/store'
import { Card, Table } from '@renderer/ui'
import { formatPercent, formatQuantity } from '@renderer/format/money'
import { EditButton, useApplyEdit } from '../editors'
import { useT } from '@renderer/i18n'

type Stream = Project['feedstock'][number]

/** A change as the form shows it: ppm and grades as numbers, shares as percentages. */
function shown(c: BridgeChange, v: string): string {
  if (v === '') return '—'
  return c.field.startsWith('loading.ppm') ? `${formatQuantity(v, 2)} ppm` : formatPercent(v, c.field.startsWith('purchase') ? 2 : 3)
}

/**
 * The lot-to-project bridge (issue 16): the stream's grades and price paid as the settled lots of its
 * kind have them (weights: dry mass; price: Σ net ÷ Σ contained value), previewed, then taken in one
 * undoable edit.
 */
export function LotBridgeCard({ doc, stream, index }: { doc: Project; stream: Stream; index: number }) {
  const lots = useAppStore((s) => s.lots)
  const loadLots = useAppStore((s) => s.loadLots)
  const applyEdit = useApplyEdit()
  const t = useT()
  useEffect(() => {
    if (lots?.projectId !== doc.id) void loadLots(doc.id)
  }, [doc.id, lots?.projectId, loadLots])
  // Parsed once per change of the lots, not on every render of the stream's editor (#17).
  const files: LotFile[] = useMemo(
    () =>
      (lots?.projectId === doc.id ? lots.items : []).flatMap((l) => {
        const r = parseLotFile(l.data)
        return r.ok ? [r.value] : []
      }),
    [lots, doc.id]
  )
  const kind = stream.kind === 'catalyst' ? 'catalyst' : 'black-mass'
  if (!files.some((f) => f.kind === `${kind}-lot`)) return null
  const b = bridgeStreamFromLots(stream, files)
  return (
    <Card title={t('feedstock.bridge.title')} className="lot-bridge">
      {!b.ok ? (
        <p className="muted" data-testid="lot-bridge-reason">{t('feedstock.bridge.cannot', { reason: b.reason })}</p>
      ) : (
        <>
          <p className="muted">
            {t('feedstock.bridge.intro', {
              count: b.lots,
              kind: kind === 'catalyst' ? t('feedstock.bridge.kind.catalyst') : t('feedstock.bridge.kind.blackMass'),
              mass: formatQuantity(b.dryMass, b.massUnit === 'kg dry' ? 0 : 3),
              unit: b.massUnit
            })}
          </p>
          <Table
            caption={t('feedstock.bridge.caption', { name: stream.name })}
            rows={b.changes}
            rowKey={(c) => c.field}
            columns={[
              { key: 'label', header: t('feedstock.bridge.input'), render: (c) => c.label },
              { key: 'from', header: t('feedstock.bridge.now'), numeric: true, width: '150px', render: (c) => shown(c, c.from) },
              { key: 'to', header: t('feedstock.bridge.fromLots'), numeric: true, width: '150px', render: (c) => <strong>{shown(c, c.to)}</strong> }
            ]}
          />
          {b.pctNote && (
            <p className="muted" data-testid="lot-bridge-note">
              {t('feedstock.bridge.pctNote', { note: b.pctNote })}
            </p>
          )}
          <div className="row-inline" style={{ marginTop: 12 }}>
            <EditButton
              size="sm"
              disabled={b.changes.every((c) => c.from === c.to)}
              onClick={() => applyEdit(t('feedstock.bridge.takeEdit', { name: stream.name, count: b.lots }), (d) => void (d.feedstock[index] = b.stream))}
            >
              {t('feedstock.bridge.take')}
            </EditButton>
          </div>
        </>
      )}
    </Card>
  )
}
