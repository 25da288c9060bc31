import { GENERAL_POOL, type Project, type TaxAssetBlock } from '@shared/model'
import { taxIndia } from '@shared/reference'
import { IconPlus, IconTrash, Table } from '@renderer/ui'
import { formatPercent } from '@renderer/format/money'
import { ModelNumber, ModelSelect, ModelText, SourceNote, describeSourced, freshId, useApplyEdit, EditButton, EditIconButton } from '../editors'

/** A block's depreciation in words: "WDV 10 %", "straight line 20 years". */
export const describeDepreciation = (d: TaxAssetBlock['depreciation']) => (d.method === 'wdv' ? `WDV ${formatPercent(d.rate)}` : `straight line ${d.years} years`)

/**
 * The tax blocks a capex item (or capitalised maintenance) can go into: the general pool (at the
 * project's depreciation), land, and the project's own blocks (methodology §6, §14). `named`: the
 * names alone, for a narrow select that says the depreciation beside it (taxBlockHint).
 */
export function taxBlockOptions(doc: Project, withLand = true, named = false) {
  const say = (name: string, d: TaxAssetBlock['depreciation']) => (named ? name : `${name} (${describeDepreciation(d)})`)
  return [
    { value: GENERAL_POOL, label: say('General pool', doc.tax.depreciation) },
    ...(withLand ? [{ value: 'land', label: 'Land (not depreciated)' }] : []),
    ...(doc.tax.blocks ?? []).map((b) => ({ value: b.id, label: say(b.name, b.depreciation) }))
  ]
}

/** The depreciation of the block a capex line names, in words ("WDV 15 %"); nothing for land (its option says so). */
export function taxBlockHint(doc: Project, id: string | undefined): string | undefined {
  if (id === 'land') return undefined
  const block = (doc.tax.blocks ?? []).find((b) => b.id === id)
  return describeDepreciation(block ? block.depreciation : doc.tax.depreciation)
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
  const t = taxIndia()
  const blocks = doc.tax.blocks ?? []
  const idx = (b: TaxAssetBlock) => blocks.findIndex((x) => x.id === b.id)
  const add = (name: string, depreciation: TaxAssetBlock['depreciation']) =>
    applyEdit(`Add tax block ${name}`, (d) => {
      const taken = [...(d.tax.blocks ?? []).map((b) => b.id), 'depreciable', 'land']
      d.tax.blocks = [...(d.tax.blocks ?? []), { id: freshId(name.toLowerCase().split(/[^a-z]+/).filter(Boolean)[0] ?? 'block', taken), name, depreciation }]
    })
  return (
    <>
      <h4 className="subhead">Asset blocks for tax</h4>
      <p className="muted">
        Capex goes into the general pool unless its line names a block. Each block takes its share of capitalised IDC, fees and premia pro rata to its capex.
      </p>
      {blocks.length > 0 && (
        <Table
          caption="Tax asset blocks"
          rows={blocks}
          rowKey={(b) => b.id}
          columns={[
            { key: 'name', header: 'Block', render: (b) => <ModelText compact path={`tax.blocks.${idx(b)}.name`} label="Tax block name" context={`block ${idx(b) + 1}`} /> },
            {
              key: 'method',
              header: 'Method',
              // Wide enough for "Written-down value" with the select's arrow at 1280 px.
              width: '250px',
              render: (b) => (
                <ModelSelect
                  compact
                  path={`tax.blocks.${idx(b)}.depreciation.method`}
                  label="Depreciation method"
                  context={b.name}
                  options={[{ value: 'wdv', label: 'Written-down value' }, { value: 'straightLine', label: 'Straight line' }]}
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
              header: 'Rate or life',
              width: '200px',
              render: (b) =>
                b.depreciation.method === 'wdv' ? (
                  <ModelNumber compact path={`tax.blocks.${idx(b)}.depreciation.rate`} label="WDV rate" context={b.name} unit="%/yr" percent />
                ) : (
                  <ModelNumber compact path={`tax.blocks.${idx(b)}.depreciation.years`} label="Depreciation life" context={b.name} unit="years" integer />
                )
            },
            {
              key: 'del',
              header: '',
              width: '64px',
              render: (b) => <EditIconButton label={`Delete tax block ${b.name}`} icon={<IconTrash size={16} />} tone="danger" onClick={() => applyEdit(`Delete tax block ${b.name}`, (d) => removeBlock(d, b.id))} />
            }
          ]}
        />
      )}
      <div className="row-inline">
        <EditButton size="sm" icon={<IconPlus size={15} />} onClick={() => add(`Block ${blocks.length + 1}`, { method: 'wdv', rate: '0.1' })}>
          Add tax block
        </EditButton>
        <span className="muted">or from Appendix I:</span>
        {t.depreciation.map((p) => {
          const name = p.name.replace(/ \(WDV\)$/, '')
          const depreciation = { method: 'wdv', rate: p.rate.value } as const
          return (
            <EditButton key={p.id} variant="ghost" size="sm" onClick={() => add(name, depreciation)}>
              + {name} ({describeDepreciation(depreciation)})
            </EditButton>
          )
        })}
      </div>
      {blocks.length > 0 && (doc.tax.maintenanceCapex ?? 'expensed') === 'capitalised' && (
        <div className="form-grid wide" style={{ marginTop: 12 }}>
          <ModelSelect path="tax.maintenanceBlock" label="Capitalised maintenance joins" nullAs={GENERAL_POOL} options={taxBlockOptions(doc, false)}
            toModel={(v) => (v === GENERAL_POOL ? undefined : v)} />
        </div>
      )}
    </>
  )
}

/** Business-loss expiry (India s.72: 8 years; unabsorbed depreciation never lapses) and an optional tax holiday. */
export function TaxLossesEditor({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const s72 = taxIndia().losses[0]
  const holiday = doc.tax.holiday
  return (
    <>
      <h4 className="subhead">Losses and holiday</h4>
      <div className="form-grid wide">
        <ModelNumber path="tax.lossExpiryYears" label="Loss carry-forward" unit="years" integer emptyDeletes
          hint={doc.tax.lossExpiryYears === undefined ? 'Empty: no expiry. Unabsorbed depreciation never expires.' : 'Business losses, used oldest first; unabsorbed depreciation never expires'} />
        {holiday ? (
          <>
            <ModelNumber path="tax.holiday.years" label="Tax holiday from COD" unit="years" integer />
            <ModelNumber path="tax.holiday.rate" label="Tax rate in the holiday" unit="%" percent hint="0 % = no tax" />
          </>
        ) : null}
      </div>
      <div className="row-inline">
        {s72 && doc.tax.lossExpiryYears === undefined && (
          <EditButton variant="ghost" size="sm" onClick={() => applyEdit(`Loss expiry: ${s72.name}`, (d) => void (d.tax.lossExpiryYears = Number(s72.years.value)))}>
            {s72.name}: {s72.years.value} years
          </EditButton>
        )}
        {holiday ? (
          <EditButton variant="ghost" size="sm" onClick={() => applyEdit('Remove tax holiday', (d) => void delete d.tax.holiday)}>Remove tax holiday</EditButton>
        ) : (
          <EditButton variant="ghost" size="sm" onClick={() => applyEdit('Add tax holiday', (d) => void (d.tax.holiday = { years: 5, rate: '0' }))}>Add tax holiday</EditButton>
        )}
      </div>
      {s72 && doc.tax.lossExpiryYears !== undefined && String(doc.tax.lossExpiryYears) === s72.years.value && <SourceNote label="Preset">{s72.name}: {describeSourced(s72.years)}</SourceNote>}
    </>
  )
}
