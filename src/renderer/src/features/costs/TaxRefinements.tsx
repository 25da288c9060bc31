import { GENERAL_POOL, type Project, type TaxAssetBlock } from '@shared/model'
import { taxIndia } from '@shared/reference'
import { IconPlus, IconTrash, Table } from '@renderer/ui'
import { formatPercent } from '@renderer/format/money'
import { ModelNumber, ModelSelect, ModelText, SourceNote, describeSourced, freshId, useApplyEdit, EditButton, EditIconButton, type Translate } from '../editors'
import { useT } from '@renderer/i18n'

/** A block's depreciation in words: "WDV 10 %", "straight line 20 years". */
export const describeDepreciation = (t: Translate, d: TaxAssetBlock['depreciation']) =>
  d.method === 'wdv' ? t('costs.blocks.wdv', { pct: formatPercent(d.rate) }) : t('costs.blocks.straightLine', { years: String(d.years) })

/**
 * The tax blocks a capex item (or capitalised maintenance) can go into: the general pool (at the
 * project's depreciation), land, and the project's own blocks (methodology §6, §14). `named`: the
 * names alone, for a narrow select that says the depreciation beside it (taxBlockHint).
 */
export function taxBlockOptions(t: Translate, doc: Project, withLand = true, named = false) {
  const say = (name: string, d: TaxAssetBlock['depreciation']) => (named ? name : t('costs.blocks.withDepreciation', { name, depreciation: describeDepreciation(t, d) }))
  return [
    { value: GENERAL_POOL, label: say(t('costs.blocks.generalPool'), doc.tax.depreciation) },
    ...(withLand ? [{ value: 'land', label: t('costs.blocks.land') }] : []),
    ...(doc.tax.blocks ?? []).map((b) => ({ value: b.id, label: say(b.name, b.depreciation) }))
  ]
}

/** The depreciation of the block a capex line names, in words ("WDV 15 %"); nothing for land (its option says so). */
export function taxBlockHint(t: Translate, doc: Project, id: string | undefined): string | undefined {
  if (id === 'land') return undefined
  const block = (doc.tax.blocks ?? []).find((b) => b.id === id)
  return describeDepreciation(t, block ? block.depreciation : doc.tax.depreciation)
}

/** Drops a block and every reference to it (capex items and maintenance return to the general pool). */
function removeBlock(d: Project, id: string) {
  d.tax.blocks = (d.tax.blocks ?? []).filter((b) => b.id !== id)
  for (const it of d.costs.capex.items) if (it.taxBlock === id) delete it.taxBlock
  if (d.tax.maintenanceBlock === id) delete d.tax.maintenanceBlock
  if (d.tax.blocks.length === 0) delete d.tax.blocks
}

/**
 * Asset blocks of their own (methodology §14), each with its own method and rate or life, with India's
 * Appendix I rates one click away; and the block capitalised maintenance joins.
 */
export function TaxBlocksEditor({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const t = useT()
  const india = taxIndia()
  const blocks = doc.tax.blocks ?? []
  const idx = (b: TaxAssetBlock) => blocks.findIndex((x) => x.id === b.id)
  const add = (name: string, depreciation: TaxAssetBlock['depreciation']) =>
    applyEdit(t('costs.blocks.addEdit', { name }), (d) => {
      const taken = [...(d.tax.blocks ?? []).map((b) => b.id), 'depreciable', 'land']
      d.tax.blocks = [...(d.tax.blocks ?? []), { id: freshId(name.toLowerCase().split(/[^a-z]+/).filter(Boolean)[0] ?? 'block', taken), name, depreciation }]
    })
  return (
    <>
      <h4 className="subhead">{t('costs.blocks.head')}</h4>
      <p className="muted">{t('costs.blocks.intro')}</p>
      {blocks.length > 0 && (
        <Table
          caption={t('costs.blocks.caption')}
          rows={blocks}
          rowKey={(b) => b.id}
          columns={[
            { key: 'name', header: t('costs.blocks.col.block'), render: (b) => <ModelText compact path={`tax.blocks.${idx(b)}.name`} label={t('costs.blocks.name')} context={t('costs.blocks.context', { n: idx(b) + 1 })} /> },
            {
              key: 'method',
              header: t('costs.blocks.col.method'),
              // Wide enough for "Written-down value" with the select's arrow at 1280 px.
              width: '250px',
              render: (b) => (
                <ModelSelect
                  compact
                  path={`tax.blocks.${idx(b)}.depreciation.method`}
                  label={t('costs.blocks.method')}
                  context={b.name}
                  options={[{ value: 'wdv', label: t('costs.tax.wdv') }, { value: 'straightLine', label: t('costs.tax.straightLine') }]}
                  mutate={(d, method) => {
                    const block = d.tax.blocks?.find((x) => x.id === b.id)
                    if (!block || block.depreciation.method === method) return
                    block.depreciation = method === 'wdv' ? { method, rate: '0.1' } : { method: 'straightLine', years: 20 }
                  }}
                />
              )
            },
            {
              key: 'rate',
              header: t('costs.blocks.col.rate'),
              width: '200px',
              render: (b) =>
                b.depreciation.method === 'wdv' ? (
                  <ModelNumber compact path={`tax.blocks.${idx(b)}.depreciation.rate`} label={t('costs.tax.wdvRate')} context={b.name} unit={t('costs.unit.pctPerYear')} percent />
                ) : (
                  <ModelNumber compact path={`tax.blocks.${idx(b)}.depreciation.years`} label={t('costs.tax.life')} context={b.name} unit={t('costs.unit.years')} integer />
                )
            },
            {
              key: 'del',
              header: '',
              width: '64px',
              render: (b) => <EditIconButton label={t('costs.blocks.delete', { name: b.name })} icon={<IconTrash size={16} />} tone="danger" onClick={() => applyEdit(t('costs.blocks.delete', { name: b.name }), (d) => removeBlock(d, b.id))} />
            }
          ]}
        />
      )}
      <div className="row-inline">
        <EditButton size="sm" icon={<IconPlus size={15} />} onClick={() => add(t('costs.blocks.newName', { n: blocks.length + 1 }), { method: 'wdv', rate: '0.1' })}>
          {t('costs.blocks.add')}
        </EditButton>
        <span className="muted">{t('costs.blocks.orAppendix')}</span>
        {india.depreciation.map((p) => {
          const name = p.name.replace(/ \(WDV\)$/, '')
          const depreciation = { method: 'wdv', rate: p.rate.value } as const
          return (
            <EditButton key={p.id} variant="ghost" size="sm" onClick={() => add(name, depreciation)}>
              + {name} ({describeDepreciation(t, depreciation)})
            </EditButton>
          )
        })}
      </div>
      {blocks.length > 0 && (doc.tax.maintenanceCapex ?? 'expensed') === 'capitalised' && (
        <div className="form-grid wide" style={{ marginTop: 12 }}>
          <ModelSelect path="tax.maintenanceBlock" label={t('costs.blocks.maintenanceJoins')} nullAs={GENERAL_POOL} options={taxBlockOptions(t, doc, false)}
            toModel={(v) => (v === GENERAL_POOL ? undefined : v)} />
        </div>
      )}
    </>
  )
}

/** Business-loss expiry (India s.72: 8 years; unabsorbed depreciation never lapses) and an optional tax holiday. */
export function TaxLossesEditor({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const t = useT()
  const s72 = taxIndia().losses[0]
  const holiday = doc.tax.holiday
  return (
    <>
      <h4 className="subhead">{t('costs.losses.head')}</h4>
      <div className="form-grid wide">
        <ModelNumber path="tax.lossExpiryYears" label={t('costs.losses.carryForward')} unit={t('costs.unit.years')} integer emptyDeletes
          hint={doc.tax.lossExpiryYears === undefined ? t('costs.losses.noExpiry') : t('costs.losses.expiry')} />
        {holiday ? (
          <>
            <ModelNumber path="tax.holiday.years" label={t('costs.losses.holidayYears')} unit={t('costs.unit.years')} integer />
            <ModelNumber path="tax.holiday.rate" label={t('costs.losses.holidayRate')} unit="%" percent hint={t('costs.losses.noTax')} />
          </>
        ) : null}
      </div>
      <div className="row-inline">
        {s72 && doc.tax.lossExpiryYears === undefined && (
          <EditButton variant="ghost" size="sm" onClick={() => applyEdit(t('costs.losses.expiryEdit', { name: s72.name }), (d) => void (d.tax.lossExpiryYears = Number(s72.years.value)))}>
            {t('costs.losses.presetYears', { name: s72.name, years: s72.years.value })}
          </EditButton>
        )}
        {holiday ? (
          <EditButton variant="ghost" size="sm" onClick={() => applyEdit(t('costs.losses.removeHoliday'), (d) => void delete d.tax.holiday)}>{t('costs.losses.removeHoliday')}</EditButton>
        ) : (
          <EditButton variant="ghost" size="sm" onClick={() => applyEdit(t('costs.losses.addHoliday'), (d) => void (d.tax.holiday = { years: 5, rate: '0' }))}>{t('costs.losses.addHoliday')}</EditButton>
        )}
      </div>
      {s72 && doc.tax.lossExpiryYears !== undefined && String(doc.tax.lossExpiryYears) === s72.years.value && <SourceNote label={t('costs.tax.presetLabel')}>{s72.name}: {describeSourced(s72.years, t)}</SourceNote>}
    </>
  )
}
