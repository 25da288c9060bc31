import { CREDIT_RATINGS, CURRENCIES, isInvestmentGrade, productUnitOf, type Project } from '@shared/model'
import { Badge, Card, IconTrash } from '@renderer/ui'
import { formatPercent } from '@renderer/format/money'
import { ModelNumber, ModelSelect, ModelText, useApplyEdit, EditButton } from '../editors'
import { useT } from '@renderer/i18n'

type Contract = Project['offtake'][number]

/** Every term of one offtake contract. Amounts are in the contract's currency per product unit. */
export function ContractEditor({ doc, index }: { doc: Project; index: number }) {
  const applyEdit = useApplyEdit()
  const t = useT()
  const c: Contract = doc.offtake[index]!
  const p = `offtake.${index}`
  const product = doc.products.find((x) => x.id === c.productId)
  const unit = product ? productUnitOf(product.metal) : 't'
  const perUnit = `${c.currency}/${unit}`
  const bankable = isInvestmentGrade(c.rating) && Number(c.takeOrPay) >= Number(doc.offtakePolicy.bankableTakeOrPayMin)
  return (
    <Card
      title={t('offtake.contract.title', { name: c.counterparty })}
      actions={
        <EditButton variant="ghost" size="sm" icon={<IconTrash size={15} />} onClick={() => applyEdit(t('offtake.contract.deleteEdit', { name: c.counterparty }), (d) => void d.offtake.splice(index, 1))}>
          {t('offtake.contract.delete')}
        </EditButton>
      }
    >
      <p className="row-inline">
        {bankable ? <Badge tone="success">{t('offtake.contract.bankable')}</Badge> : <Badge tone="warning">{t('offtake.contract.notBankable')}</Badge>}
        <span className="muted">
          {isInvestmentGrade(c.rating) ? t('offtake.contract.ig', { rating: c.rating }) : t('offtake.contract.subIg', { rating: c.rating })} ·{' '}
          {t('offtake.contract.top', { pct: formatPercent(c.takeOrPay, 2), threshold: formatPercent(doc.offtakePolicy.bankableTakeOrPayMin, 2) })}
        </span>
      </p>
      <h4 className="subhead">{t('offtake.contract.cpProduct')}</h4>
      <div className="form-grid">
        <ModelText path={`${p}.counterparty`} label={t('offtake.contract.counterparty')} />
        <ModelSelect path={`${p}.rating`} label={t('offtake.contract.rating')} options={CREDIT_RATINGS.map((r) => ({ value: r, label: r }))} />
        <ModelSelect path={`${p}.productId`} label={t('offtake.contract.product')} options={doc.products.map((x) => ({ value: x.id, label: x.name }))} />
        <ModelNumber path={`${p}.priority`} label={t('offtake.contract.priority')} integer hint={t('offtake.contract.priorityHint')} />
      </div>
      <h4 className="subhead">{t('offtake.contract.volumeTenor')}</h4>
      <div className="form-grid">
        <ModelSelect
          path={`${p}.volume.basis`}
          label={t('offtake.contract.basis')}
          options={[
            { value: 'share', label: t('offtake.contract.share') },
            { value: 'fixed', label: t('offtake.contract.fixed') }
          ]}
          mutate={(d, basis) => {
            const k = d.offtake[index]!
            if (k.volume.basis === basis) return
            k.volume = basis === 'share' ? { basis, share: '1' } : { basis, productUnitsPerYear: '0' }
          }}
        />
        {c.volume.basis === 'share' ? (
          <ModelNumber path={`${p}.volume.share`} label={t('offtake.contract.share')} unit="%" percent />
        ) : (
          <ModelNumber path={`${p}.volume.productUnitsPerYear`} label={t('offtake.contract.annual')} unit={t('offtake.contract.perYearUnit', { unit })} />
        )}
        <ModelText path={`${p}.startDate`} label={t('offtake.contract.start')} date />
        <ModelText path={`${p}.endDate`} label={t('offtake.contract.end')} date />
        <ModelNumber path={`${p}.takeOrPay`} label={t('offtake.contract.top.label')} unit="%" percent hint={t('offtake.contract.top.hint')} />
      </div>
      <h4 className="subhead">{t('offtake.contract.price')}</h4>
      <div className="form-grid">
        <ModelSelect path={`${p}.currency`} label={t('offtake.contract.currency')} options={CURRENCIES.map((x) => ({ value: x, label: x }))} />
        <ModelNumber path={`${p}.payable`} label={t('offtake.contract.payable')} unit={t('offtake.contract.ofIndex')} percent />
        <ModelNumber path={`${p}.premiumPerUnit`} label={t('offtake.contract.premium')} unit={perUnit} />
        <ModelNumber path={`${p}.floor`} label={t('offtake.contract.floor')} unit={perUnit} nullable placeholder={t('offtake.contract.none')} />
        <ModelNumber path={`${p}.cap`} label={t('offtake.contract.cap')} unit={perUnit} nullable placeholder={t('offtake.contract.none')} />
        <ModelNumber path={`${p}.chargePerUnit`} label={t('offtake.contract.charge')} unit={perUnit} />
      </div>
      <p className="muted">{t('offtake.contract.formula')}</p>
      <ModelText path={`${p}.notes`} label={t('offtake.contract.notes')} multiline optional />
    </Card>
  )
}
