import { CREDIT_RATINGS, isInvestmentGrade, type Project } from '@shared/model'
import { Badge, Card, IconPlus, IconTrash } from '@renderer/ui'
import { ModelNumber, ModelSelect, ModelText, useApplyEdit, EditButton } from '../editors'
import { newSupplyContract, supplyPriceUnit } from './supply-contracts'
import { useT } from '@renderer/i18n'

/**
 * Feedstock supply contracts (methodology §13): who commits part of a stream's feed, for how long and at
 * what price. Committed tonnes are bought at the contract's price, the rest at the stream's own terms;
 * supply coverage (committed / processed feed over the loan life) is graded on Results.
 */
export function SupplyContractsCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const t = useT()
  const list = doc.supplyContracts ?? []
  return (
    <Card
      title={t('feedstock.supply.title')}
      actions={
        <EditButton size="sm" icon={<IconPlus size={15} />} disabled={doc.feedstock.length === 0} onClick={() => applyEdit(t('feedstock.supply.add'), (d) => {
          const stream = d.feedstock[0]
          if (!stream) return
          d.supplyContracts = [...(d.supplyContracts ?? []), newSupplyContract(d, stream)]
        })}>
          {t('feedstock.supply.add')}
        </EditButton>
      }
    >
      <p className="muted">{t('feedstock.supply.intro')}</p>
      {list.length === 0 && <p className="muted" data-testid="supply-empty">{t('feedstock.supply.empty')}</p>}
      {list.map((c, k) => {
        const p = `supplyContracts.${k}`
        const stream = doc.feedstock.find((s) => s.id === c.streamId)
        const unit = supplyPriceUnit(t, doc, stream)
        return (
          <section key={c.id} className="supply-contract" data-testid={`supply-${k}`}>
            <h4 className="subhead row-inline">
              <span translate="no">{c.supplier}</span>
              {isInvestmentGrade(c.rating) ? <Badge tone="success">{t('feedstock.supply.investmentGrade', { rating: c.rating })}</Badge> : <Badge tone="warning">{t('feedstock.supply.rated', { rating: c.rating })}</Badge>}
              <EditButton variant="ghost" size="sm" icon={<IconTrash size={15} />} onClick={() => applyEdit(t('feedstock.supply.deleteEdit', { supplier: c.supplier }), (d) => void d.supplyContracts?.splice(k, 1))}>
                {t('feedstock.supply.delete')}
              </EditButton>
            </h4>
            <div className="form-grid">
              <ModelText path={`${p}.supplier`} label={t('feedstock.supply.supplier')} />
              <ModelSelect path={`${p}.streamId`} label={t('feedstock.supply.stream')} options={doc.feedstock.map((s) => ({ value: s.id, label: s.name }))} />
              <ModelSelect path={`${p}.rating`} label={t('feedstock.supply.rating')} options={CREDIT_RATINGS.map((r) => ({ value: r, label: r }))} />
              <ModelSelect
                path={`${p}.volume.basis`}
                label={t('feedstock.supply.volume')}
                context={c.supplier}
                options={[{ value: 'share', label: t('feedstock.supply.shareOfFeed') }, { value: 'fixed', label: t('feedstock.supply.tonnesPerYear') }]}
                mutate={(d, basis) => {
                  const x = d.supplyContracts![k]!
                  if (x.volume.basis === basis) return
                  x.volume = basis === 'share' ? { basis, share: '0.5' } : { basis, tonnesPerYear: '0' }
                }}
              />
              {c.volume.basis === 'share'
                ? <ModelNumber path={`${p}.volume.share`} label={t('feedstock.supply.share')} context={c.supplier} unit="%" percent />
                : <ModelNumber path={`${p}.volume.tonnesPerYear`} label={t('feedstock.supply.tonnes')} context={c.supplier} unit={t('feedstock.unit.tInputPerYear')} />}
              <ModelText path={`${p}.startDate`} label={t('feedstock.supply.start')} context={c.supplier} date />
              <ModelText path={`${p}.endDate`} label={t('feedstock.supply.end')} context={c.supplier} date />
              <ModelSelect
                path={`${p}.price.basis`}
                label={t('feedstock.supply.priceBasis')}
                context={c.supplier}
                options={[{ value: 'fixed', label: t('feedstock.supply.fixed') }, { value: 'pctOfContained', label: t('feedstock.supply.pct') }]}
                mutate={(d, basis) => {
                  const x = d.supplyContracts![k]!
                  if (x.price.basis === basis) return
                  x.price = basis === 'fixed' ? { basis, pricePerQuantity: '0', escalation: '0' } : { basis, pctOfContained: '0.5', floorPerQuantity: null, capPerQuantity: null }
                }}
              />
              {c.price.basis === 'fixed' ? (
                <>
                  <ModelNumber path={`${p}.price.pricePerQuantity`} label={t('feedstock.supply.price')} context={c.supplier} unit={unit} money={doc.reportingCurrency} />
                  <ModelNumber path={`${p}.price.escalation`} label={t('feedstock.supply.escalation')} context={c.supplier} unit={t('feedstock.unit.pctPerYear')} percent />
                </>
              ) : (
                <>
                  <ModelNumber path={`${p}.price.pctOfContained`} label={t('feedstock.supply.shareOfValue')} context={c.supplier} unit="%" percent />
                  <ModelNumber path={`${p}.price.floorPerQuantity`} label={t('feedstock.supply.floor')} context={c.supplier} unit={unit} nullable placeholder={t('feedstock.supply.none')} />
                  <ModelNumber path={`${p}.price.capPerQuantity`} label={t('feedstock.supply.cap')} context={c.supplier} unit={unit} nullable placeholder={t('feedstock.supply.none')} />
                </>
              )}
            </div>
          </section>
        )
      })}
    </Card>
  )
}
