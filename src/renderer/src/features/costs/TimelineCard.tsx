import type { Project } from '@shared/model'
import { Card } from '@renderer/ui'
import { ModelNumber, ModelSelect, ModelText } from '../editors'
import { fitPhasing } from './phasing'
import { operatingWindow } from '../offtake/contract-defaults'

/** Start date, construction, operations and the period length lenders test on. */
export function TimelineCard({ doc }: { doc: Project }) {
  const { cod, end } = operatingWindow(doc)
  return (
    <Card title="Timeline">
      <div className="form-grid">
        <ModelText path="timeline.startDate" label="Construction starts" date hint="First day of a month" />
        <ModelNumber path="timeline.constructionMonths" label="Construction" unit="months" integer alsoMutate={fitPhasing} />
        <ModelNumber path="timeline.operatingYears" label="Operations" unit="years" integer />
        <ModelSelect
          path="timeline.periodMonths"
          label="Period length"
          options={[
            { value: '1', label: 'Monthly' },
            { value: '3', label: 'Quarterly' },
            { value: '6', label: 'Semi-annual' },
            { value: '12', label: 'Annual' }
          ]}
          mutate={(d, v) => {
            d.timeline.periodMonths = Number(v) as Project['timeline']['periodMonths']
            fitPhasing(d)
          }}
        />
      </div>
      <p className="muted">
        Commercial operation (COD) {cod}; operations end {end}.
      </p>
    </Card>
  )
}
