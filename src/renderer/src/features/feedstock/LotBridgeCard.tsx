import { useEffect } from 'react'
import { bridgeStreamFromLots, parseLotFile, type BridgeChange, type LotFile } from '@shared/lot'
import type { Project } from '@shared/model'
import { useAppStore } from '@renderer/store'
import { Card, Table } from '@renderer/ui'
import { formatPercent, formatQuantity } from '@renderer/format/money'
import { EditButton, useApplyEdit } from '../editors'

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
  useEffect(() => {
    if (lots?.projectId !== doc.id) void loadLots(doc.id)
  }, [doc.id, lots?.projectId, loadLots])
  const files: LotFile[] = (lots?.projectId === doc.id ? lots.items : []).flatMap((l) => {
    const r = parseLotFile(l.data)
    return r.ok ? [r.value] : []
  })
  const kind = stream.kind === 'catalyst' ? 'catalyst' : 'black-mass'
  if (!files.some((f) => f.kind === `${kind}-lot`)) return null
  const b = bridgeStreamFromLots(stream, files)
  return (
    <Card title="From purchased lots" className="lot-bridge">
      {!b.ok ? (
        <p className="muted" data-testid="lot-bridge-reason">Cannot take this stream's feed from the lots: {b.reason}.</p>
      ) : (
        <>
          <p className="muted">
            {b.lots} settled {kind} lot{b.lots === 1 ? '' : 's'} ({formatQuantity(b.dryMass, b.massUnit === 'kg dry' ? 0 : 3)} {b.massUnit}): grades weighted by dry mass, the
            price paid as their net settlement over their contained metal value at the lots' own prices. Escalation and logistics stay as entered.
          </p>
          <Table
            caption={`${stream.name}: inputs from lots`}
            rows={b.changes}
            rowKey={(c) => c.field}
            columns={[
              { key: 'label', header: 'Input', render: (c) => c.label },
              { key: 'from', header: 'Now', numeric: true, width: '150px', render: (c) => shown(c, c.from) },
              { key: 'to', header: 'From the lots', numeric: true, width: '150px', render: (c) => <strong>{shown(c, c.to)}</strong> }
            ]}
          />
          {b.pctNote && (
            <p className="muted" data-testid="lot-bridge-note">
              Purchase terms not taken: {b.pctNote}.
            </p>
          )}
          <div className="row-inline" style={{ marginTop: 12 }}>
            <EditButton
              size="sm"
              disabled={b.changes.every((c) => c.from === c.to)}
              onClick={() => applyEdit(`Take ${stream.name}'s grades and price from ${b.lots} lot${b.lots === 1 ? '' : 's'}`, (d) => void (d.feedstock[index] = b.stream))}
            >
              Take grades and price from lots
            </EditButton>
          </div>
        </>
      )}
    </Card>
  )
}
