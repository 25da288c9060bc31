import { useState } from 'react'
import { METALS, ROUTE_TYPES, type Project } from '@shared/model'
import { referenceRoutes, routeForProject } from '@shared/reference'
import { Card, IconPlus, IconTrash, Select } from '@renderer/ui'
import { ModelNumber, ModelSelect, ModelText, SourceNote, freshId, useApplyEdit, EditButton, EditIconButton, useReadOnly } from '../editors'

export const ROUTE_TYPE_LABEL: Record<(typeof ROUTE_TYPES)[number], string> = {
  pyro: 'Pyrometallurgical',
  hydro: 'Hydrometallurgical',
  direct: 'Direct recycling',
  pgmSmeltRefine: 'PGM smelting and refining'
}

/** Process routes and their recovery per metal (feed to saleable product); empty = not recovered. */
export function RoutesCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const readOnly = useReadOnly()
  const available = referenceRoutes().filter((r) => !doc.routes.some((x) => x.id === r.id))
  const [pick, setPick] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const choice = pick === 'custom' || available.some((r) => r.id === pick) ? pick : (available[0]?.id ?? 'custom')

  const add = () => {
    const route = choice === 'custom' ? { id: freshId('route', doc.routes.map((r) => r.id)), name: 'Custom route', type: 'hydro' as const, recovery: {} } : routeForProject(choice)
    if (!route) return
    applyEdit(`Add route ${route.name}`, (d) => void d.routes.push(route))
    setMessage(null)
  }
  const remove = (i: number) => {
    const r = applyEdit(`Delete route ${doc.routes[i]!.name}`, (d) => void d.routes.splice(i, 1))
    setMessage(r.ok ? null : `Cannot delete: ${doc.feedstock.filter((s) => s.routeId === doc.routes[i]!.id).map((s) => s.name).join(', ') || 'it is in use'} use${doc.feedstock.filter((s) => s.routeId === doc.routes[i]!.id).length === 1 ? 's' : ''} this route. Move those streams to another route first.`)
  }

  return (
    <Card
      title="Process routes and recovery"
      actions={
        <div className="row-inline" style={{ margin: 0 }}>
          <Select
            label="Route to add"
            disabled={readOnly}
            className="field-compact inline-select"
            value={choice}
            options={[...available.map((r) => ({ value: r.id, label: `${r.name} (reference)` })), { value: 'custom', label: 'Custom route' }]}
            onChange={setPick}
          />
          <EditButton size="sm" icon={<IconPlus size={15} />} onClick={add}>
            Add route
          </EditButton>
        </div>
      }
    >
      {message && <p className="field-error" role="alert">{message}</p>}
      {doc.routes.length === 0 && <p className="muted">No route yet: add one from the reference library (EverBatt 2019 defaults, PGM refining) or a custom one.</p>}
      {doc.routes.map((r, i) => (
        <section className="route-block" key={r.id} aria-label={`Route ${r.name}`} data-testid={`route-${r.id}`}>
          <div className="form-grid wide">
            <ModelText path={`routes.${i}.name`} label="Route name" />
            <ModelSelect path={`routes.${i}.type`} label="Route type" options={ROUTE_TYPES.map((t) => ({ value: t, label: ROUTE_TYPE_LABEL[t] }))} />
            <div className="route-delete">
              <EditIconButton label={`Delete route ${r.name}`} icon={<IconTrash size={16} />} tone="danger" onClick={() => remove(i)} />
            </div>
          </div>
          <div className="form-grid metals-grid">
            {METALS.map((m) => (
              <ModelNumber key={m} path={`routes.${i}.recovery.${m}`} label={`${m} recovery`} unit="%" percent emptyDeletes editLabel={`${r.name}: ${m} recovery`} />
            ))}
          </div>
          {r.source && <SourceNote label="Source">{r.source}</SourceNote>}
        </section>
      ))}
    </Card>
  )
}
