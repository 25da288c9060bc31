import type { Project } from '@shared/model'
import { Card, IconPlus, IconTrash, Table } from '@renderer/ui'
import { ModelNumber, ModelSelect, ModelText, freshId, useApplyEdit, EditButton, EditIconButton } from '../editors'
import { useT } from '@renderer/i18n'

type Scenario = Project['prices']['scenarios'][number]

/**
 * Price cases: multipliers on the active deck (all products, then per product; they compound). Called
 * "cases", not "scenarios" (issue 17): a project scenario under Scenarios changes any input, and the
 * two were both "scenarios" on screen.
 */
export function PriceScenariosCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const t = useT()
  const add = () =>
    applyEdit(t('prices.cases.add'), (d) =>
      void d.prices.scenarios.push({ id: freshId('price-case', d.prices.scenarios.map((s) => s.id)), name: t('prices.cases.newName', { n: d.prices.scenarios.length + 1 }), allMultiplier: '1', productMultipliers: [] })
    )
  const si = (s: Scenario) => doc.prices.scenarios.findIndex((x) => x.id === s.id)
  const multiplierOf = (s: Scenario, productId: string) => s.productMultipliers.findIndex((m) => m.productId === productId)
  return (
    <Card
      title={t('prices.cases.title')}
      actions={
        <EditButton size="sm" icon={<IconPlus size={15} />} onClick={add}>
          {t('prices.cases.add')}
        </EditButton>
      }
    >
      <p className="muted">{t('prices.cases.intro')}</p>
      <div className="form-grid wide">
        <ModelSelect
          path="prices.activeScenarioId"
          label={t('prices.cases.active')}
          nullAs="none"
          toModel={(v) => (v === 'none' ? null : v)}
          options={[{ value: 'none', label: t('prices.cases.none') }, ...doc.prices.scenarios.map((s) => ({ value: s.id, label: s.name }))]}
        />
      </div>
      {doc.prices.scenarios.length > 0 && (
        <div className="scroll-x">
          <Table
            caption={t('prices.cases.caption')}
            rows={doc.prices.scenarios}
            rowKey={(s) => s.id}
            columns={[
              { key: 'name', header: t('prices.cases.col.scenario'), width: '200px', render: (s) => <ModelText compact path={`prices.scenarios.${si(s)}.name`} label={t('prices.cases.name')} /> },
              { key: 'all', header: t('prices.cases.col.all'), width: '130px', render: (s) => <ModelNumber compact path={`prices.scenarios.${si(s)}.allMultiplier`} label={t('prices.cases.allLabel', { name: s.name })} unit="x" /> },
              ...doc.products.map((p) => ({
                key: p.id,
                header: p.metal,
                width: '120px',
                render: (s: Scenario) => {
                  const k = multiplierOf(s, p.id)
                  return k >= 0 ? (
                    <ModelNumber compact path={`prices.scenarios.${si(s)}.productMultipliers.${k}.multiplier`} label={t('prices.cases.metalLabel', { name: s.name, metal: p.metal })} unit="x" />
                  ) : (
                    <EditButton size="sm" variant="ghost" onClick={() => applyEdit(t('prices.cases.metalLabel', { name: s.name, metal: p.metal }), (d) => void d.prices.scenarios[si(s)]!.productMultipliers.push({ productId: p.id, multiplier: '1' }))}>
                      + {p.metal}
                    </EditButton>
                  )
                }
              })),
              {
                key: 'del',
                header: '',
                width: '64px',
                render: (s: Scenario) => (
                  <EditIconButton
                    label={t('prices.cases.delete', { name: s.name })}
                    icon={<IconTrash size={16} />}
                    tone="danger"
                    onClick={() =>
                      applyEdit(t('prices.cases.delete', { name: s.name }), (d) => {
                        d.prices.scenarios.splice(si(s), 1)
                        if (d.prices.activeScenarioId === s.id) d.prices.activeScenarioId = null
                      })
                    }
                  />
                )
              }
            ]}
          />
        </div>
      )}
    </Card>
  )
}
