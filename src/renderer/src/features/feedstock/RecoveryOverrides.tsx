import type { Project } from '@shared/model'
import { BATTERY_METALS, PGM_METALS } from '@shared/model'
import { Card } from '@renderer/ui'
import { formatPercent } from '@renderer/format/money'
import { ModelNumber } from '../editors'
import { useT } from '@renderer/i18n'

/** Per-stream recovery overrides: empty = the route's recovery applies. */
export function RecoveryOverrides({ doc, stream, index }: { doc: Project; stream: Project['feedstock'][number]; index: number }) {
  const t = useT()
  const route = doc.routes.find((r) => r.id === stream.routeId)
  const metals = stream.kind === 'catalyst' ? PGM_METALS : BATTERY_METALS
  return (
    <Card title={t('feedstock.overrides.title')}>
      <p className="muted">{t('feedstock.overrides.intro', { route: route?.name ?? stream.routeId })}</p>
      <div className="form-grid">
        {metals.map((m) => {
          const fromRoute = route?.recovery[m]
          return (
            <ModelNumber
              key={m}
              path={`feedstock.${index}.recoveryOverrides.${m}`}
              label={t('feedstock.overrides.recovery', { metal: m })}
              unit="%"
              percent
              emptyDeletes
              hint={fromRoute !== undefined ? t('feedstock.overrides.fromRoute', { pct: formatPercent(fromRoute) }) : t('feedstock.overrides.notRecovered')}
            />
          )
        })}
      </div>
    </Card>
  )
}
