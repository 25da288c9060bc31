import { useState } from 'react'
import { METALS, ROUTE_TYPES, type Project } from '@shared/model'
import { referenceRoutes, routeForProject } from '@shared/reference'
import { Card, IconPlus, IconTrash, Select } from '@renderer/ui'
import { ModelNumber, ModelSelect, ModelText, SourceNote, freshId, useApplyEdit, EditButton, EditIconButton, useReadOnly, type Translate } from '../editors'
import { useT } from '@renderer/i18n'

export const routeTypeLabel = (t: Translate, type: (typeof ROUTE_TYPES)[number]): string => t(`recovery.routeType.${type}`)

/** Process routes and their recovery per metal (feed to saleable product); empty = not recovered. */
export function RoutesCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const t = useT()
  const readOnly = useReadOnly()
  const available = referenceRoutes().filter((r) => !doc.routes.some((x) => x.id === r.id))
  const [pick, setPick] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const choice = pick === 'custom' || available.some((r) => r.id === pick) ? pick : (available[0]?.id ?? 'custom')

  const add = () => {
    const route = choice === 'custom' ? { id: freshId('route', doc.routes.map((r) => r.id)), name: t('recovery.routes.custom'), type: 'hydro' as const, recovery: {} } : routeForProject(choice)
    if (!route) return
    applyEdit(t('recovery.routes.addEdit', { name: route.name }), (d) => void d.routes.push(route))
    setMessage(null)
  }
  const remove = (i: number) => {
    const r = applyEdit(t('recovery.routes.deleteEdit', { name: doc.routes[i]!.name }), (d) => void d.routes.splice(i, 1))
    const users = doc.feedstock.filter((s) => s.routeId === doc.routes[i]!.id)
    setMessage(r.ok ? null : t('recovery.routes.inUse', { streams: users.map((s) => s.name).join(', ') || t('recovery.routes.itIsInUse'), count: users.length }))
  }

  return (
    <Card
      title={t('recovery.routes.title')}
      actions={
        <div className="row-inline" style={{ margin: 0 }}>
          <Select
            label={t('recovery.routes.toAdd')}
            disabled={readOnly}
            className="field-compact inline-select"
            value={choice}
            options={[...available.map((r) => ({ value: r.id, label: t('recovery.routes.reference', { name: r.name }) })), { value: 'custom', label: t('recovery.routes.custom') }]}
            onChange={setPick}
          />
          <EditButton size="sm" icon={<IconPlus size={15} />} onClick={add}>
            {t('recovery.routes.add')}
          </EditButton>
        </div>
      }
    >
      {message && <p className="field-error" role="alert">{message}</p>}
      {doc.routes.length === 0 && <p className="muted">{t('recovery.routes.empty')}</p>}
      {doc.routes.map((r, i) => (
        <section className="route-block" key={r.id} aria-label={t('recovery.routes.aria', { name: r.name })} data-testid={`route-${r.id}`}>
          <div className="form-grid wide">
            <ModelText path={`routes.${i}.name`} label={t('recovery.routes.name')} />
            <ModelSelect path={`routes.${i}.type`} label={t('recovery.routes.type')} options={ROUTE_TYPES.map((x) => ({ value: x, label: routeTypeLabel(t, x) }))} />
            <div className="route-delete">
              <EditIconButton label={t('recovery.routes.delete', { name: r.name })} icon={<IconTrash size={16} />} tone="danger" onClick={() => remove(i)} />
            </div>
          </div>
          <div className="form-grid metals-grid">
            {METALS.map((m) => (
              <ModelNumber key={m} path={`routes.${i}.recovery.${m}`} label={t('recovery.routes.recovery', { metal: m })} unit="%" percent emptyDeletes editLabel={t('recovery.routes.recoveryEdit', { route: r.name, metal: m })} />
            ))}
          </div>
          {r.source && <SourceNote label={t('recovery.routes.source')}>{r.source}</SourceNote>}
        </section>
      ))}
    </Card>
  )
}
