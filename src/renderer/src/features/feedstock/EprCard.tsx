import { CURRENCIES, METALS, type Epr, type Project } from '@shared/model'
import { Card, IconPlus, IconTrash } from '@renderer/ui'
import { ModelNumber, ModelSelect, ModelText, useApplyEdit, EditButton } from '../editors'
import { newEpr } from './epr'
import { EprDeckNote } from './EprDeckNote'

/**
 * EPR certificates (India, Battery Waste Management Rules 2022; methodology §13): kg of certificate per
 * tonne of recovered metal, a price per kg by calendar year, from a date. Uncontracted revenue of its
 * own, never in offtake coverage. No public price series exists: the price is the user's assumption.
 */
export function EprCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const epr = doc.epr
  const recovered = METALS.filter((m) => doc.products.some((x) => x.metal === m))
  return (
    <Card
      title="EPR certificates (India)"
      actions={epr
        ? <EditButton variant="ghost" size="sm" icon={<IconTrash size={15} />} onClick={() => applyEdit('Remove EPR certificates', (d) => void delete d.epr)}>Remove</EditButton>
        : <EditButton size="sm" icon={<IconPlus size={15} />} onClick={() => applyEdit('Add EPR certificates', (d) => void (d.epr = newEpr(d)))}>Add EPR certificates</EditButton>}
    >
      <p className="muted">
        Under India’s Battery Waste Management Rules 2022 a registered recycler generates EPR certificates on the material it recovers and sells them to producers on the CPCB portal. There is no public price series: the price per kg below is your assumption. Revenue of its own, uncontracted, not in offtake coverage.
      </p>
      {!epr && <p className="muted" data-testid="epr-empty">No EPR certificates.</p>}
      {epr && (
        <>
          <div className="form-grid">
            <ModelText path="epr.activeFrom" label="Certificates from" date />
            <ModelSelect path="epr.currency" label="Certificate price currency" options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
            {recovered.map((m) => (
              <ModelNumber key={m} path={`epr.kgPerTonneRecovered.${m}`} label={`Certificates per t of ${m} recovered`} unit="kg/t" emptyDeletes placeholder="none" />
            ))}
          </div>
          <h4 className="subhead">Certificate price by calendar year (the latest year not after applies)</h4>
          <EprDeckNote doc={doc} />
          {epr.pricePerKg.map((row: Epr['pricePerKg'][number], k: number) => (
            <div key={k} className="form-grid" data-testid={`epr-price-${k}`}>
              <ModelNumber path={`epr.pricePerKg.${k}.year`} label="Year" integer />
              <ModelNumber path={`epr.pricePerKg.${k}.pricePerKg`} label="Price" context={String(row.year)} unit={`${epr.currency}/kg`} />
              {epr.pricePerKg.length > 1 && (
                <EditButton variant="ghost" size="sm" icon={<IconTrash size={15} />} onClick={() => applyEdit(`Delete EPR price ${row.year}`, (d) => void d.epr?.pricePerKg.splice(k, 1))}>Delete</EditButton>
              )}
            </div>
          ))}
          <EditButton size="sm" icon={<IconPlus size={15} />} onClick={() => applyEdit('Add EPR price year', (d) => {
            const list = d.epr!.pricePerKg
            const last = list[list.length - 1]!
            list.push({ year: last.year + 1, pricePerKg: last.pricePerKg })
          })}>Add year</EditButton>
        </>
      )}
    </Card>
  )
}
