import { BATTERY_METALS, PGM_METALS } from '@shared/model'
import { Card, Table } from '@renderer/ui'
import { formatPercent } from '@renderer/format/money'
import { useDoc } from '../editors'
import { ProductsCard } from './ProductsCard'
import { RoutesCard } from './RoutesCard'
import { useT } from '@renderer/i18n'

/** Recovery: routes with recovery per metal, the products sold (forms, factors, payables), and per-stream overrides. */
export function RecoverySection() {
  const doc = useDoc()
  const t = useT()
  const overridden = doc.feedstock.filter((s) => Object.keys(s.recoveryOverrides).length > 0)
  return (
    <div className="editor-section">
      <RoutesCard doc={doc} />
      <ProductsCard doc={doc} />
      <Card title={t('recovery.perStream.title')}>
        <Table
          caption={t('recovery.perStream.title')}
          rows={doc.feedstock}
          rowKey={(s) => s.id}
          empty={t('recovery.perStream.empty')}
          columns={[
            { key: 'name', header: t('recovery.perStream.stream'), render: (s) => <span translate="no">{s.name}</span> },
            { key: 'route', header: t('recovery.perStream.route'), render: (s) => <span translate="no">{doc.routes.find((r) => r.id === s.routeId)?.name ?? s.routeId}</span> },
            ...[...PGM_METALS, ...BATTERY_METALS].map((m) => ({
              key: m,
              header: m,
              width: '80px',
              numeric: true,
              render: (s: (typeof doc.feedstock)[number]) => {
                const o = s.recoveryOverrides[m]
                const r = doc.routes.find((x) => x.id === s.routeId)?.recovery[m]
                if ((s.kind === 'catalyst') !== (PGM_METALS as readonly string[]).includes(m)) return <span className="muted-cell">–</span>
                return o !== undefined ? <strong className="nowrap" title={t('recovery.perStream.override')}>{formatPercent(o)}*</strong> : r !== undefined ? formatPercent(r) : <span className="muted-cell">0 %</span>
              }
            }))
          ]}
        />
        <p className="chart-legend-note">{t('recovery.perStream.note', { count: overridden.length })}</p>
      </Card>
    </div>
  )
}
