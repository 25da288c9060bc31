import type { Project } from '@shared/model'
import { Card, formatNumberInput } from '@renderer/ui'
import { formatAmount } from '@renderer/format/money'
import { ModelNumber } from '../editors'
import { useT } from '@renderer/i18n'

type Stream = Project['feedstock'][number]

/**
 * This stream's processing costs (methodology §13): an empty field pays the project-wide rate from
 * Costs, shown greyed in the field and named under it; a typed rate is this stream's own. Escalated at
 * the opex rate like the project-wide ones.
 */
export function ProcessingCosts({ doc, stream, index }: { doc: Project; stream: Stream; index: number }) {
  const t = useT()
  const p = `feedstock.${index}`
  const cur = doc.reportingCurrency
  const opex = doc.costs.opex
  const field = (key: 'variableOpexPerTonne' | 'treatmentPerTonne' | 'variableOpexPerUnit', label: string, projectWide: string, unit: string) => {
    const own = (stream as Partial<Record<typeof key, string>>)[key]
    const wide = `${formatAmount(projectWide, cur)} ${unit}`
    return (
      <ModelNumber
        path={`${p}.${key}`}
        label={label}
        unit={unit}
        emptyDeletes
        placeholder={formatNumberInput(projectWide)}
        hint={own === undefined ? t('feedstock.processing.inherited', { rate: wide }) : t('feedstock.processing.own', { rate: wide })}
        testId={`stream-cost-${key}`}
      />
    )
  }
  return (
    <Card title={t('feedstock.processing.title')}>
      <p className="muted">{t('feedstock.processing.intro')}</p>
      <div className="form-grid">
        {field('variableOpexPerTonne', t('feedstock.processing.variable'), opex.variablePerTonne, t('feedstock.unit.perT', { currency: cur }))}
        {field('treatmentPerTonne', t('feedstock.processing.treatment'), opex.treatmentPerTonne, t('feedstock.unit.perT', { currency: cur }))}
        {stream.kind === 'catalyst' && field('variableOpexPerUnit', t('feedstock.processing.perConverter'), opex.variablePerUnit, t('feedstock.unit.perUnit', { currency: cur }))}
      </div>
    </Card>
  )
}
