import { useEffect, useRef, useState } from 'react'
import type { Decimal } from '@shared/decimal'
import { parseLotFile, valueLot, type LotValuation } from '@shared/lot'
import type { Project } from '@shared/model'
import { useAppStore } from '@renderer/store'
import type { StoredLot } from '@renderer/db/repository'
import { Button, Card, IconButton, IconTrash, Select, Table } from '@renderer/ui'
import { formatMoney, formatQuantity } from '@renderer/format/money'
import { readLotFile } from './lot-files'

type Row = { lot: StoredLot; value: LotValuation }

const quantityOf = (v: LotValuation): string => (v.kind === 'catalyst-lot' ? `${formatQuantity(v.netDryKg, 1)} kg dry` : `${formatQuantity(v.dryTonnes, 3)} t dry`)
const chargesOf = (v: LotValuation): Decimal => (v.kind === 'catalyst-lot' ? v.settlement.refiningCharges.plus(v.settlement.treatmentCharge).plus(v.settlement.lotCharges).plus(v.settlement.financingCost) : v.settlement.lotCharges)

/**
 * Purchased lots and what they settle for, valued as a refiner or black-mass buyer settles them
 * (src/shared/lot). Lots live beside the project (Dexie `lots` table); they do not enter the model.
 */
export function LotsCard({ doc }: { doc: Project }) {
  const lots = useAppStore((s) => s.lots)
  const loadLots = useAppStore((s) => s.loadLots)
  const addLots = useAppStore((s) => s.addLots)
  const deleteLot = useAppStore((s) => s.deleteLot)
  const [sheetKind, setSheetKind] = useState<'catalyst-lots' | 'black-mass-lots'>('black-mass-lots')
  const [problems, setProblems] = useState<string[]>([])
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    void loadLots(doc.id)
  }, [doc.id, loadLots])

  const items = lots?.projectId === doc.id ? lots.items : []
  const rows: Row[] = items.flatMap((lot) => {
    const r = parseLotFile(lot.data)
    return r.ok ? [{ lot, value: valueLot(r.value) }] : []
  })

  const pick = async (file: File) => {
    const read = readLotFile(file.name, new Uint8Array(await file.arrayBuffer()), sheetKind)
    if (!read.ok) return setProblems(read.problems)
    const invalid = read.lots.flatMap((l, i) => {
      const r = parseLotFile(l)
      return r.ok ? [] : r.issues.slice(0, 4).map((x) => `lot ${i + 1}: ${x.path} ${x.message}`)
    })
    if (invalid.length) return setProblems(invalid)
    setProblems([])
    await addLots(doc.id, read.lots)
  }

  return (
    <Card
      title="Purchased lots"
      actions={
        <div className="row-inline" style={{ margin: 0 }}>
          <Select
            label="Spreadsheet template"
            className="field-compact inline-select"
            value={sheetKind}
            options={[
              { value: 'black-mass-lots', label: 'Spreadsheet: black-mass lots' },
              { value: 'catalyst-lots', label: 'Spreadsheet: catalyst lots' }
            ]}
            onChange={setSheetKind}
          />
          <Button size="sm" onClick={() => input.current?.click()}>
            Import lots…
          </Button>
          <input
            ref={input}
            type="file"
            hidden
            accept=".json,.xlsx,.csv"
            aria-label="Lot file"
            data-testid="lot-file-input"
            onChange={(e) => {
              const f = e.target.files?.[0]
              e.target.value = ''
              if (f) void pick(f)
            }}
          />
        </div>
      }
    >
      <p className="muted">Settlement value of lots bought, as the refiner (catalyst: assay × return × price − refining, treatment and lot charges) or black-mass buyer (grade × payable × index) settles them. Import a lot file (.json, as the CLI `lot` command reads) or a spreadsheet in the lot template. Lots do not enter the project model.</p>
      {problems.length > 0 && (
        <ul className="issue-list" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <Table
        caption="Purchased lots"
        rows={rows}
        rowKey={(r) => r.lot.id}
        empty="No lots yet."
        columns={[
          { key: 'name', header: 'Lot', render: (r) => r.lot.data.name },
          { key: 'kind', header: 'Kind', width: '110px', render: (r) => (r.value.kind === 'catalyst-lot' ? 'Catalyst' : 'Black mass') },
          { key: 'date', header: 'Pricing date', width: '120px', render: (r) => r.lot.data.pricingDate },
          { key: 'qty', header: 'Quantity', width: '130px', numeric: true, render: (r) => quantityOf(r.value) },
          { key: 'gross', header: 'Gross value', width: '150px', numeric: true, render: (r) => formatMoney(r.value.settlement.grossValue, r.value.currency) },
          { key: 'charges', header: 'Charges', width: '140px', numeric: true, render: (r) => formatMoney(chargesOf(r.value), r.value.currency) },
          { key: 'net', header: 'Net settlement', width: '160px', numeric: true, render: (r) => <strong data-testid={`lot-net-${r.lot.data.id}`}>{formatMoney(r.value.settlement.net, r.value.currency)}</strong> },
          { key: 'del', header: '', width: '56px', render: (r) => <IconButton label={`Delete lot ${r.lot.data.name}`} icon={<IconTrash size={16} />} tone="danger" onClick={() => void deleteLot(r.lot.id)} /> }
        ]}
      />
    </Card>
  )
}
