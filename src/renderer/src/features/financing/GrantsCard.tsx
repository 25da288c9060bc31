import { dec, sum, toDecimalString } from '@shared/decimal'
import type { Project } from '@shared/model'
import { taxIndia } from '@shared/reference'
import { Card, IconPlus, IconTrash, Table } from '@renderer/ui'
import { formatPercent } from '@renderer/format/money'
import { ModelNumber, ModelText, SourceNote, describeSourced, freshId, useApplyEdit, EditButton, EditIconButton } from '../editors'
import { useT } from '@renderer/i18n'

type Grant = Project['financing']['grants'][number]

/** Capital grants: phased like capex, they reduce uses first (not the depreciable base). */
export function GrantsCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const t = useT()
  const cur = doc.reportingCurrency
  const subsidy = taxIndia().incentives.find((i) => i.id === 'in-critical-mineral-recycling-capex')
  const capex = sum(doc.costs.capex.items.map((i) => dec(i.amount)))
  const gi = (g: Grant) => doc.financing.grants.findIndex((x) => x.id === g.id)
  const add = (name: string, amount: string, notes?: string) =>
    applyEdit(t('financing.grants.addEdit', { name }), (d) => void d.financing.grants.push({ id: freshId('grant', d.financing.grants.map((g) => g.id)), name, amount, ...(notes ? { notes } : {}) }))
  return (
    <Card
      title={t('financing.grants.title')}
      actions={
        <div className="row-inline" style={{ margin: 0 }}>
          {subsidy && (
            <EditButton size="sm" variant="ghost" onClick={() => add(subsidy.name, toDecimalString(capex.times(subsidy.rate.value).toDecimalPlaces(2)), t('financing.grants.subsidyNote', { pct: formatPercent(subsidy.rate.value), source: subsidy.rate.source }).slice(0, 1000))}>
              {t('financing.grants.subsidy', { pct: formatPercent(subsidy.rate.value) })}
            </EditButton>
          )}
          <EditButton size="sm" icon={<IconPlus size={15} />} onClick={() => add(t('financing.grants.newName', { n: doc.financing.grants.length + 1 }), '0')}>
            {t('financing.grants.add')}
          </EditButton>
        </div>
      }
    >
      <Table
        caption={t('financing.grants.title')}
        rows={doc.financing.grants}
        rowKey={(g) => g.id}
        empty={t('financing.grants.empty')}
        columns={[
          { key: 'name', header: t('financing.grants.col.grant'), render: (g) => <ModelText compact path={`financing.grants.${gi(g)}.name`} label={t('financing.grants.name')} context={t('financing.grants.context', { n: gi(g) + 1 })} /> },
          { key: 'notes', header: t('financing.grants.col.notes'), width: '34%', render: (g) => <ModelText compact optional path={`financing.grants.${gi(g)}.notes`} label={t('financing.grants.notes')} context={g.name} /> },
          { key: 'amount', header: t('financing.grants.col.amount', { currency: cur }), width: '220px', render: (g) => <ModelNumber compact path={`financing.grants.${gi(g)}.amount`} label={t('financing.grants.amount')} context={g.name} unit={cur} money={cur} /> },
          { key: 'del', header: '', width: '64px', render: (g) => <EditIconButton label={t('financing.grants.delete', { name: g.name })} icon={<IconTrash size={16} />} tone="danger" onClick={() => applyEdit(t('financing.grants.delete', { name: g.name }), (d) => void d.financing.grants.splice(gi(g), 1))} /> }
        ]}
      />
      {subsidy && <SourceNote label={t('financing.grants.reference')}>{subsidy.name}: {describeSourced(subsidy.rate, t)}</SourceNote>}
    </Card>
  )
}
