import type { Project } from '@shared/model'
import { Card, IconPlus, IconTrash, Select } from '@renderer/ui'
import { ModelNumber, ModelSelect, ModelText, useApplyEdit, EditButton, useReadOnly } from '../editors'
import { blankByproduct, byproductChoices } from './byproducts'
import { ByproductPriceField } from './ByproductPriceField'
import { useT } from '@renderer/i18n'

type Stream = Project['feedstock'][number]

/**
 * This stream's by-products and residues (methodology §13): tonnes per tonne of input processed, each
 * sold (its own revenue line, not in offtake coverage) or disposed of (its own cost line, inside opex).
 * Lines can start from the reference library (its sources shown; judgement values flagged).
 */
export function ByproductsCard({ doc, stream, index }: { doc: Project; stream: Stream; index: number }) {
  const applyEdit = useApplyEdit()
  const t = useT()
  const readOnly = useReadOnly()
  const list = stream.byproducts ?? []
  const choices = byproductChoices(doc, stream)
  const cur = doc.reportingCurrency
  const add = (make: (taken: readonly string[]) => NonNullable<Stream['byproducts']>[number], what: string) =>
    applyEdit(t('feedstock.byproducts.addEdit', { what }), (d) => {
      const s = d.feedstock[index]!
      s.byproducts = [...(s.byproducts ?? []), make((s.byproducts ?? []).map((b) => b.id))]
    })
  return (
    <Card
      title={t('feedstock.byproducts.title')}
      actions={<EditButton size="sm" icon={<IconPlus size={15} />} onClick={() => add(blankByproduct, t('feedstock.byproducts.line'))}>{t('feedstock.byproducts.addLine')}</EditButton>}
    >
      <p className="muted">{t('feedstock.byproducts.intro', { currency: cur })}</p>
      {choices.length > 0 && (
        <div className="form-grid">
          <Select
            label={t('feedstock.byproducts.fromLibrary')}
            disabled={readOnly}
            value=""
            options={[{ value: '', label: t('feedstock.byproducts.choose') }, ...choices.map((c) => ({ value: c.id, label: t('feedstock.byproducts.choice', { name: c.name, fate: c.fate }) }))]}
            onChange={(id) => { const c = choices.find((x) => x.id === id); if (c) add(c.make, t('feedstock.byproducts.choice', { name: c.name, fate: c.fate })) }}
          />
        </div>
      )}
      {list.length === 0 && <p className="muted" data-testid="byproducts-empty">{t('feedstock.byproducts.empty')}</p>}
      {list.map((b, k) => {
        const p = `feedstock.${index}.byproducts.${k}`
        return (
          <section key={b.id} className="byproduct" data-testid={`byproduct-${k}`}>
            <div className="form-grid">
              <ModelText path={`${p}.name`} label={t('feedstock.byproducts.name')} context={stream.name} />
              <ModelNumber path={`${p}.massFraction`} label={t('feedstock.byproducts.massFraction')} context={b.name} unit={t('feedstock.unit.pctOfInput')} percent />
              <ModelSelect
                path={`${p}.fate.kind`}
                label={t('feedstock.byproducts.fate')}
                context={b.name}
                options={[{ value: 'sold', label: t('feedstock.byproducts.sold') }, { value: 'disposed', label: t('feedstock.byproducts.disposed') }]}
                mutate={(d, kind) => {
                  const x = d.feedstock[index]!.byproducts![k]!
                  if (x.fate.kind === kind) return
                  x.fate = kind === 'sold' ? { kind, pricePerTonne: '0', payable: '1', escalation: '0' } : { kind, costPerTonne: '0' }
                }}
              />
              {b.fate.kind === 'sold' ? (
                <>
                  <ByproductPriceField doc={doc} path={`${p}.fate.pricePerTonne`} kind={b.kind} context={b.name} currency={cur} />
                  <ModelNumber path={`${p}.fate.payable`} label={t('feedstock.byproducts.payable')} context={b.name} unit="%" percent />
                  <ModelNumber path={`${p}.fate.escalation`} label={t('feedstock.byproducts.escalation')} context={b.name} unit={t('feedstock.unit.pctPerYear')} percent />
                </>
              ) : (
                <ModelNumber path={`${p}.fate.costPerTonne`} label={t('feedstock.byproducts.disposalCost')} context={b.name} unit={t('feedstock.unit.perT', { currency: cur })} money={cur} />
              )}
              <EditButton variant="ghost" size="sm" icon={<IconTrash size={15} />} onClick={() => applyEdit(t('feedstock.byproducts.deleteEdit', { name: b.name }), (d) => void d.feedstock[index]!.byproducts?.splice(k, 1))}>
                {t('feedstock.byproducts.delete')}
              </EditButton>
            </div>
            {b.source && <p className="muted small" translate="no">{b.source}</p>}
          </section>
        )
      })}
    </Card>
  )
}
