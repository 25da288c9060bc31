import { freshId, ModelText, useApplyEdit, useDoc, EditButton, EditIconButton } from '@renderer/features/editors'
import { IconTrash } from '@renderer/ui'
import { useT } from '@renderer/i18n'

/** The sheet's own words beside the preview: sponsor, location, summary, key risks and mitigants. */
export function SheetFields() {
  const doc = useDoc()
  const applyEdit = useApplyEdit()
  const t = useT()
  const risks = doc.sheet.risks
  const addRisk = () =>
    applyEdit(t('sheettab.addRisk'), (d) => {
      d.sheet.risks.push({ id: freshId('risk', d.sheet.risks.map((r) => r.id)), risk: '', mitigant: '' })
    })
  const removeRisk = (id: string) =>
    applyEdit(t('sheettab.removeRiskUndo'), (d) => {
      d.sheet.risks = d.sheet.risks.filter((r) => r.id !== id)
    })
  return (
    <div className="sheet-side">
      <ModelText path="sheet.sponsor" label={t('sheettab.sponsor')} placeholder={t('sheettab.sponsorPlaceholder')} />
      <ModelText path="sheet.location" label={t('sheettab.location')} placeholder={t('sheettab.locationPlaceholder')} />
      <ModelText path="sheet.summary" label={t('sheettab.summary')} multiline hint={t('sheettab.summaryHint')} />
      <fieldset className="sheet-risks">
        <legend>{t('sheettab.risks')}</legend>
        <p className="sheet-risks-hint">{t('sheettab.risksCount', { count: String(risks.length) })}</p>
        {risks.map((r, i) => (
          <div className="risk-row" key={r.id}>
            <div className="risk-fields">
              <ModelText path={`sheet.risks.${i}.risk`} label={t('sheettab.risk', { n: String(i + 1) })} context={t('sheettab.riskContext', { n: String(i + 1) })} multiline compact />
              <ModelText path={`sheet.risks.${i}.mitigant`} label={t('sheettab.mitigant')} context={t('sheettab.riskContext', { n: String(i + 1) })} multiline compact />
            </div>
            <EditIconButton label={t('sheettab.removeRisk', { n: String(i + 1) })} icon={<IconTrash size={16} />} onClick={() => removeRisk(r.id)} />
          </div>
        ))}
        <EditButton onClick={addRisk} disabled={risks.length >= 30}>
          {t('sheettab.addRisk')}
        </EditButton>
      </fieldset>
    </div>
  )
}
