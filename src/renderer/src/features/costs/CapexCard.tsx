import { dec, sum } from '@shared/decimal'
import type { Project } from '@shared/model'
import { Card, IconPlus, IconTrash, Table } from '@renderer/ui'
import { formatPercent } from '@renderer/format/money'
import { formatMoneyIn } from '@shared/format/display-unit'
import { useAppStore, useDisplayUnit } from '@renderer/store'
import { evenPhasing } from './phasing'
import { FormattedMessage } from 'react-intl'
import type { MessageKey } from '@shared/i18n'
import { useT } from '@renderer/i18n'
import { taxBlockHint, taxBlockOptions } from './TaxRefinements'
import { ModelNumber, ModelSelect, ModelText, SeriesEditor, freshId, useApplyEdit, useFieldState, EditButton, EditIconButton, useReadOnlyTitle, editControl } from '../editors'

type Item = Project['costs']['capex']['items'][number]

/**
 * Capex items (each in a tax block: the general pool, land — a use of funds never depreciated — or a
 * block of the project's own, methodology §6, §14), contingency and phasing by construction period
 * (shares add up to 100 %).
 */
export function CapexCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const t = useT()
  const locale = useAppStore((s) => s.locale)
  const why = useReadOnlyTitle()
  const cur = doc.reportingCurrency
  // The totals in the reader's display unit (₹490.00 crore), not to the paisa (₹4,90,00,00,000.00, #17).
  const unit = useDisplayUnit(cur)
  const capex = doc.costs.capex
  const n = doc.timeline.constructionMonths / doc.timeline.periodMonths
  const total = sum(capex.items.map((i) => dec(i.amount)))
  const withContingency = total.times(dec(1).plus(capex.contingency))
  const phasingTotal = sum(capex.phasing.map((x) => dec(x)))
  const phasingIssue = useFieldState('costs.capex.phasing').error
  const idx = (it: Item) => capex.items.findIndex((x) => x.id === it.id)
  return (
    <Card
      title={t('costs.capex.title')}
      actions={
        <EditButton size="sm" icon={<IconPlus size={15} />} onClick={() => applyEdit(t('costs.capex.add'), (d) => void d.costs.capex.items.push({ id: freshId('capex', d.costs.capex.items.map((i) => i.id)), name: t('costs.capex.newName', { n: d.costs.capex.items.length + 1 }), amount: '0' }))}>
          {t('costs.capex.add')}
        </EditButton>
      }
    >
      <Table
        caption={t('costs.capex.caption')}
        rows={capex.items}
        rowKey={(i) => i.id}
        columns={[
          { key: 'name', header: t('costs.capex.col.item'), render: (i) => <ModelText compact path={`costs.capex.items.${idx(i)}.name`} label={t('costs.capex.itemName')} context={t('costs.capex.itemContext', { n: idx(i) + 1 })} /> },
          { key: 'amount', header: t('costs.capex.col.amount', { currency: cur }), width: '240px', render: (i) => <ModelNumber compact path={`costs.capex.items.${idx(i)}.amount`} label={t('costs.capex.amount')} context={i.name} unit={cur} money={cur} /> },
          {
            key: 'taxBlock',
            header: t('costs.capex.col.tax'),
            // Wide enough for "Buildings (non-residential)" (India's block) with the select's arrow at 1280 px.
            width: '290px',
            // The block's name in the select, its depreciation under it (names with the rate were cut).
            render: (i) => (
              <ModelSelect compact className="select-hint-left" path={`costs.capex.items.${idx(i)}.taxBlock`} label={t('costs.capex.taxBlock')} context={i.name} nullAs="depreciable"
                options={taxBlockOptions(t, doc, true, true)} hint={taxBlockHint(t, doc, i.taxBlock)} />
            )
          },
          {
            key: 'del',
            header: '',
            width: '64px',
            render: (i) =>
              capex.items.length > 1 ? <EditIconButton label={t('costs.capex.delete', { name: i.name })} icon={<IconTrash size={16} />} tone="danger" onClick={() => applyEdit(t('costs.capex.delete', { name: i.name }), (d) => void d.costs.capex.items.splice(idx(i), 1))} /> : null
          }
        ]}
      />
      <div className="form-grid wide" style={{ marginTop: 16 }}>
        <ModelNumber path="costs.capex.contingency" label={t('costs.capex.contingency')} unit={t('costs.unit.pctOfCapex')} percent />
        <div className="totals" data-testid="capex-total">
          <FormattedMessage id={'costs.capex.total' satisfies MessageKey} values={{ total: <strong>{formatMoneyIn(total, cur, unit, locale)}</strong> }} />
          <br />
          <FormattedMessage id={'costs.capex.withContingency' satisfies MessageKey} values={{ total: <strong>{formatMoneyIn(withContingency, cur, unit, locale)}</strong> }} />
        </div>
      </div>
      <h4 className="subhead">{t('costs.capex.phasingOver', { count: n })}</h4>
      <div className="row-inline">
        <div className="segmented" role="group" aria-label={t('costs.capex.phasing')}>
          <button type="button" {...editControl(why)} className={capex.phasing.length === 0 ? 'on' : ''} aria-pressed={capex.phasing.length === 0} onClick={() => applyEdit(t('costs.capex.evenEdit'), (d) => void (d.costs.capex.phasing = []))}>
            {t('costs.capex.even')}
          </button>
          <button type="button" {...editControl(why)} className={capex.phasing.length > 0 ? 'on' : ''} aria-pressed={capex.phasing.length > 0} onClick={() => capex.phasing.length === 0 && applyEdit(t('costs.capex.customEdit'), (d) => void (d.costs.capex.phasing = evenPhasing(n)))}>
            {t('costs.capex.custom')}
          </button>
        </div>
        {capex.phasing.length === 0 ? (
          <span className="muted">{t('costs.capex.eachPeriod', { pct: formatPercent(dec(1).div(n), 2) })}</span>
        ) : (
          <span className={phasingTotal.minus(1).abs().gt('1e-9') ? 'total-bad' : 'totals'} data-testid="phasing-total">
            {t('costs.capex.phasingTotal', { pct: formatPercent(phasingTotal, 4) })}
          </span>
        )}
      </div>
      {capex.phasing.length > 0 && (
        <SeriesEditor path="costs.capex.phasing" label={t('costs.capex.phasing')} itemLabel={(j) => t('editors.period', { n: j + 1 })} percent unit="%" fixedLength overlaySiblings />
      )}
      {phasingIssue && <p className="field-error" role="alert">{phasingIssue}</p>}
    </Card>
  )
}
