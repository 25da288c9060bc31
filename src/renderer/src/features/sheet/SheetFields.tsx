import { freshId, ModelText, useApplyEdit, useDoc, EditButton, EditIconButton } from '@renderer/features/editors'
import { IconTrash } from '@renderer/ui'

/** The sheet's own words beside the preview: sponsor, location, summary, key risks and mitigants. */
export function SheetFields() {
  const doc = useDoc()
  const applyEdit = useApplyEdit()
  const risks = doc.sheet.risks
  const addRisk = () =>
    applyEdit('Add risk', (d) => {
      d.sheet.risks.push({ id: freshId('risk', d.sheet.risks.map((r) => r.id)), risk: '', mitigant: '' })
    })
  const removeRisk = (id: string) =>
    applyEdit('Remove risk', (d) => {
      d.sheet.risks = d.sheet.risks.filter((r) => r.id !== id)
    })
  return (
    <div className="sheet-side">
      <ModelText path="sheet.sponsor" label="Sponsor" placeholder="Company behind the project" />
      <ModelText path="sheet.location" label="Location" placeholder="Site, state, country" />
      <ModelText path="sheet.summary" label="Summary" multiline hint="Three lines on the sheet; the project description is used when empty." />
      <fieldset className="sheet-risks">
        <legend>Key risks and mitigants</legend>
        <p className="sheet-risks-hint">
          {risks.length} entered; the sheet shows up to 6.
        </p>
        {risks.map((r, i) => (
          <div className="risk-row" key={r.id}>
            <div className="risk-fields">
              <ModelText path={`sheet.risks.${i}.risk`} label={`Risk ${i + 1}`} context={`risk ${i + 1}`} multiline compact />
              <ModelText path={`sheet.risks.${i}.mitigant`} label="Mitigant" context={`risk ${i + 1}`} multiline compact />
            </div>
            <EditIconButton label={`Remove risk ${i + 1}`} icon={<IconTrash size={16} />} onClick={() => removeRisk(r.id)} />
          </div>
        ))}
        <EditButton onClick={addRisk} disabled={risks.length >= 30}>
          Add risk
        </EditButton>
      </fieldset>
    </div>
  )
}
