import type { Project } from '@shared/model'
import { BATTERY_METALS, PGM_METALS } from '@shared/model'
import { Card } from '@renderer/ui'
import { formatPercent } from '@renderer/format/money'
import { ModelNumber } from '../editors'

/** Per-stream recovery overrides: empty = the route's recovery applies. */
export function RecoveryOverrides({ doc, stream, index }: { doc: Project; stream: Project['feedstock'][number]; index: number }) {
  const route = doc.routes.find((r) => r.id === stream.routeId)
  const metals = stream.kind === 'catalyst' ? PGM_METALS : BATTERY_METALS
  return (
    <Card title="Recovery overrides for this stream">
      <p className="muted">Leave empty to use the route “{route?.name ?? stream.routeId}”. An override replaces the route’s recovery for this stream only.</p>
      <div className="form-grid">
        {metals.map((m) => {
          const fromRoute = route?.recovery[m]
          return (
            <ModelNumber
              key={m}
              path={`feedstock.${index}.recoveryOverrides.${m}`}
              label={`${m} recovery`}
              unit="%"
              percent
              emptyDeletes
              hint={fromRoute !== undefined ? `Route: ${formatPercent(fromRoute)}` : 'Route: not recovered'}
            />
          )
        })}
      </div>
    </Card>
  )
}
