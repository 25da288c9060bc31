import type { Project } from '@shared/model'
import { Card, formatNumberInput } from '@renderer/ui'
import { formatAmount } from '@renderer/format/money'
import { ModelNumber } from '../editors'

type Stream = Project['feedstock'][number]

/**
 * This stream's processing costs (methodology §13): an empty field pays the project-wide rate from
 * Costs, shown greyed in the field and named under it; a typed rate is this stream's own. Escalated at
 * the opex rate like the project-wide ones.
 */
export function ProcessingCosts({ doc, stream, index }: { doc: Project; stream: Stream; index: number }) {
  const p = `feedstock.${index}`
  const cur = doc.reportingCurrency
  const opex = doc.costs.opex
  const field = (key: 'variableOpexPerTonne' | 'treatmentPerTonne' | 'variableOpexPerUnit', label: string, projectWide: string, unit: string) => {
    const own = (stream as Partial<Record<typeof key, string>>)[key]
    const wide = `${formatAmount(projectWide, cur)} ${cur}/${unit}`
    return (
      <ModelNumber
        path={`${p}.${key}`}
        label={label}
        unit={`${cur}/${unit}`}
        emptyDeletes
        placeholder={formatNumberInput(projectWide)}
        hint={own === undefined ? `Project-wide ${wide} (inherited)` : `This stream’s own · project-wide ${wide}`}
        testId={`stream-cost-${key}`}
      />
    )
  }
  return (
    <Card title="Processing costs for this stream">
      <p className="muted">Empty fields use the project-wide rates in Costs (shown greyed). Type a rate to give this stream its own; clear it to inherit again. Money of the start date, escalated at the opex rate.</p>
      <div className="form-grid">
        {field('variableOpexPerTonne', 'Variable opex', opex.variablePerTonne, 't')}
        {field('treatmentPerTonne', 'Treatment charge', opex.treatmentPerTonne, 't')}
        {stream.kind === 'catalyst' && field('variableOpexPerUnit', 'Variable per converter', opex.variablePerUnit, 'unit')}
      </div>
    </Card>
  )
}
