import { BATTERY_METALS, PGM_METALS } from '@shared/model'
import { Card, Table } from '@renderer/ui'
import { formatPercent } from '@renderer/format/money'
import { useDoc } from '../editors'
import { ProductsCard } from './ProductsCard'
import { RoutesCard } from './RoutesCard'

/** Recovery: routes with recovery per metal, the products sold (forms, factors, payables), and per-stream overrides. */
export function RecoverySection() {
  const doc = useDoc()
  const overridden = doc.feedstock.filter((s) => Object.keys(s.recoveryOverrides).length > 0)
  return (
    <div className="editor-section">
      <RoutesCard doc={doc} />
      <ProductsCard doc={doc} />
      <Card title="Recovery used per stream">
        <Table
          caption="Recovery used per stream"
          rows={doc.feedstock}
          rowKey={(s) => s.id}
          empty="No feedstock streams yet."
          columns={[
            { key: 'name', header: 'Stream', render: (s) => s.name },
            { key: 'route', header: 'Route', render: (s) => doc.routes.find((r) => r.id === s.routeId)?.name ?? s.routeId },
            ...[...PGM_METALS, ...BATTERY_METALS].map((m) => ({
              key: m,
              header: m,
              width: '80px',
              numeric: true,
              render: (s: (typeof doc.feedstock)[number]) => {
                const o = s.recoveryOverrides[m]
                const r = doc.routes.find((x) => x.id === s.routeId)?.recovery[m]
                if ((s.kind === 'catalyst') !== (PGM_METALS as readonly string[]).includes(m)) return <span className="muted-cell">–</span>
                return o !== undefined ? <strong className="nowrap" title="Stream override">{formatPercent(o)}*</strong> : r !== undefined ? formatPercent(r) : <span className="muted-cell">0 %</span>
              }
            }))
          ]}
        />
        <p className="chart-legend-note">* overridden for this stream (edit in Feedstock). {overridden.length === 0 ? 'No stream overrides its route.' : `${overridden.length} stream(s) override their route.`}</p>
      </Card>
    </div>
  )
}
