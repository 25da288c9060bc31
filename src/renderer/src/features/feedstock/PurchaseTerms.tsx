import type { Project } from '@shared/model'
import { Card } from '@renderer/ui'
import { ModelNumber, ModelSelect } from '../editors'
import { perQuantityUnit } from './labels'
import { useT } from '@renderer/i18n'

type Stream = Project['feedstock'][number]

/** What the recycler pays for the feed: fixed per unit/tonne or a share of contained value, plus logistics. */
export function PurchaseTerms({ doc, stream, index }: { doc: Project; stream: Stream; index: number }) {
  const t = useT()
  const p = `feedstock.${index}.purchase`
  const cur = doc.reportingCurrency
  return (
    <Card title={t('feedstock.purchase.title')}>
      <div className="form-grid wide">
        <ModelSelect
          path={`${p}.basis`}
          label={t('feedstock.purchase.basis')}
          options={[
            { value: 'fixed', label: stream.kind === 'catalyst' ? t('feedstock.purchase.fixedPerConverter') : t('feedstock.purchase.fixedPerTonne') },
            { value: 'pctOfContained', label: t('feedstock.purchase.pctOfContained') }
          ]}
          mutate={(d, basis) => {
            const s = d.feedstock[index]!
            const { logisticsPerTonne, escalation } = s.purchase
            if (s.purchase.basis === basis) return
            s.purchase = basis === 'fixed' ? { basis, pricePerQuantity: '0', logisticsPerTonne, escalation } : { basis, pctOfContained: '0.7', logisticsPerTonne, escalation }
          }}
        />
        {stream.purchase.basis === 'fixed' ? (
          <ModelNumber
            path={`${p}.pricePerQuantity`}
            label={stream.kind === 'catalyst' ? t('feedstock.purchase.pricePerConverter') : t('feedstock.purchase.pricePerTonne')}
            unit={perQuantityUnit(t, stream.kind, cur)}
            hint={t('feedstock.purchase.gateFee')}
          />
        ) : (
          <ModelNumber path={`${p}.pctOfContained`} label={t('feedstock.purchase.share')} unit="%" percent hint={t('feedstock.purchase.shareHint')} />
        )}
        <ModelNumber path={`${p}.logisticsPerTonne`} label={t('feedstock.purchase.logistics')} unit={t('feedstock.unit.perT', { currency: cur })} />
        <ModelNumber path={`${p}.escalation`} label={t('feedstock.purchase.escalation')} unit={t('feedstock.unit.pctPerYear')} percent hint={t('feedstock.purchase.escalationHint')} />
      </div>
    </Card>
  )
}
