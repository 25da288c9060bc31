import { CURRENCIES, METALS, type Epr, type Project } from '@shared/model'
import { Card, IconPlus, IconTrash } from '@renderer/ui'
import { ModelNumber, ModelSelect, ModelText, useApplyEdit, EditButton } from '../editors'
import { newEpr } from './epr'
import { EprDeckNote } from './EprDeckNote'
import { useT } from '@renderer/i18n'

/**
 * EPR certificates (India, Battery Waste Management Rules 2022; methodology §13): kg of certificate per
 * tonne of recovered metal, a price per kg by calendar year, from a date. Uncontracted revenue of its
 * own, never in offtake coverage. No public price series exists: the price is the user's assumption.
 */
export function EprCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const t = useT()
  const epr = doc.epr
  const recovered = METALS.filter((m) => doc.products.some((x) => x.metal === m))
  return (
    <Card
      title={t('feedstock.epr.title')}
      actions={epr
        ? <EditButton variant="ghost" size="sm" icon={<IconTrash size={15} />} onClick={() => applyEdit(t('feedstock.epr.removeEdit'), (d) => void delete d.epr)}>{t('feedstock.epr.remove')}</EditButton>
        : <EditButton size="sm" icon={<IconPlus size={15} />} onClick={() => applyEdit(t('feedstock.epr.add'), (d) => void (d.epr = newEpr(d)))}>{t('feedstock.epr.add')}</EditButton>}
    >
      <p className="muted">{t('feedstock.epr.intro')}</p>
      {!epr && <p className="muted" data-testid="epr-empty">{t('feedstock.epr.empty')}</p>}
      {epr && (
        <>
          <div className="form-grid">
            <ModelText path="epr.activeFrom" label={t('feedstock.epr.from')} date />
            <ModelSelect path="epr.currency" label={t('feedstock.epr.currency')} options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
            {recovered.map((m) => (
              <ModelNumber key={m} path={`epr.kgPerTonneRecovered.${m}`} label={t('feedstock.epr.perTonne', { metal: m })} unit="kg/t" emptyDeletes placeholder={t('feedstock.epr.none')} />
            ))}
          </div>
          <h4 className="subhead">{t('feedstock.epr.priceByYear')}</h4>
          <EprDeckNote doc={doc} />
          {epr.pricePerKg.map((row: Epr['pricePerKg'][number], k: number) => (
            <div key={k} className="form-grid" data-testid={`epr-price-${k}`}>
              <ModelNumber path={`epr.pricePerKg.${k}.year`} label={t('feedstock.epr.year')} integer />
              <ModelNumber path={`epr.pricePerKg.${k}.pricePerKg`} label={t('feedstock.epr.price')} context={String(row.year)} unit={`${epr.currency}/kg`} />
              {epr.pricePerKg.length > 1 && (
                <EditButton variant="ghost" size="sm" icon={<IconTrash size={15} />} onClick={() => applyEdit(t('feedstock.epr.deleteEdit', { year: String(row.year) }), (d) => void d.epr?.pricePerKg.splice(k, 1))}>{t('feedstock.epr.delete')}</EditButton>
              )}
            </div>
          ))}
          <EditButton size="sm" icon={<IconPlus size={15} />} onClick={() => applyEdit(t('feedstock.epr.addYearEdit'), (d) => {
            const list = d.epr!.pricePerKg
            const last = list[list.length - 1]!
            list.push({ year: last.year + 1, pricePerKg: last.pricePerKg })
          })}>{t('feedstock.epr.addYear')}</EditButton>
        </>
      )}
    </Card>
  )
}
