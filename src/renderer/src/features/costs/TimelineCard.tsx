import type { Project } from '@shared/model'
import { Card } from '@renderer/ui'
import { ModelNumber, ModelSelect, ModelText } from '../editors'
import { fitPhasing } from './phasing'
import { operatingWindow } from '../offtake/contract-defaults'
import { useT } from '@renderer/i18n'

/** Start date, construction, operations and the period length lenders test on. */
export function TimelineCard({ doc }: { doc: Project }) {
  const { cod, end } = operatingWindow(doc)
  const t = useT()
  return (
    <Card title={t('costs.timeline.title')}>
      <div className="form-grid">
        <ModelText path="timeline.startDate" label={t('costs.timeline.start')} date hint={t('costs.timeline.startHint')} />
        <ModelNumber path="timeline.constructionMonths" label={t('costs.timeline.construction')} unit={t('costs.unit.months')} integer alsoMutate={fitPhasing} />
        <ModelNumber path="timeline.operatingYears" label={t('costs.timeline.operations')} unit={t('costs.unit.years')} integer />
        <ModelSelect
          path="timeline.periodMonths"
          label={t('costs.timeline.period')}
          options={[
            { value: '1', label: t('costs.timeline.monthly') },
            { value: '3', label: t('costs.timeline.quarterly') },
            { value: '6', label: t('costs.timeline.semiAnnual') },
            { value: '12', label: t('costs.timeline.annual') }
          ]}
          mutate={(d, v) => {
            d.timeline.periodMonths = Number(v) as Project['timeline']['periodMonths']
            fitPhasing(d)
          }}
        />
      </div>
      <p className="muted">{t('costs.timeline.cod', { cod, end })}</p>
    </Card>
  )
}
