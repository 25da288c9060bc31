import { EditButton, EditIconButton, useReadOnly } from '@renderer/features/editors'
import { useEffect, useRef, useState } from 'react'
import type { Decimal } from '@shared/decimal'
import { parseLotFile, valueLot, type LotValuation } from '@shared/lot'
import type { Project } from '@shared/model'
import { useAppStore } from '@renderer/store'
import type { StoredLot } from '@renderer/db/repository'
import { Button, Card, IconTrash, Select, Table } from '@renderer/ui'
import { formatMoney, formatQuantity } from '@renderer/format/money'
import { createImportClient, type ImportClient, type ImportProgress, type RunningImport } from '@renderer/workers/import-client'
import { importProgressText } from './lot-files'

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
  const readOnly = useReadOnly()
  const [sheetKind, setSheetKind] = useState<'catalyst-lots' | 'black-mass-lots'>('black-mass-lots')
  const [problems, setProblems] = useState<string[]>([])
  /** While a file is read in the import worker: its progress (null until the first rows report). */
  const [importing, setImporting] = useState<{ progress: ImportProgress | null } | null>(null)
  const [note, setNote] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const client = useRef<ImportClient | null>(null)
  const job = useRef<RunningImport | null>(null)

  useEffect(() => {
    void loadLots(doc.id)
  }, [doc.id, loadLots])
  // Leaving the card (or the project) stops a read in progress: the worker is terminated, nothing is written.
  const alive = useRef(false)
  useEffect(() => {
    alive.current = true
    return () => {
      alive.current = false
      job.current = null
      client.current?.dispose()
      client.current = null
    }
  }, [])

  const items = lots?.projectId === doc.id ? lots.items : []
  const rows: Row[] = items.flatMap((lot) => {
    const r = parseLotFile(lot.data)
    return r.ok ? [{ lot, value: valueLot(r.value) }] : []
  })

  /** Read and check the file off the UI thread (import worker); only a clean read is written. */
  const pick = async (file: File) => {
    setProblems([])
    setNote(null)
    setImporting({ progress: null })
    const bytes = await file.arrayBuffer()
    if (!alive.current) return
    client.current ??= createImportClient()
    const running = client.current.run({ name: file.name, bytes, sheetKind }, (progress) => {
      if (job.current === running) setImporting({ progress })
    })
    job.current = running
    const out = await running.result
    // Replaced by a newer file or the card unmounted: that one owns the state now.
    if (job.current !== running) return
    job.current = null
    setImporting(null)
    if (!out.ok) {
      if (out.cancelled) return setNote('Import cancelled — no lots were added.')
      return setProblems([`${file.name}: could not be read (${out.message})`])
    }
    if (!out.read.ok) return setProblems(out.read.problems)
    await addLots(doc.id, out.read.lots)
  }

  return (
    <Card
      title="Purchased lots"
      actions={
        <div className="row-inline" style={{ margin: 0 }}>
          <Select
            label="Spreadsheet template"
            disabled={readOnly}
            className="field-compact inline-select"
            value={sheetKind}
            options={[
              { value: 'black-mass-lots', label: 'Spreadsheet: black-mass lots' },
              { value: 'catalyst-lots', label: 'Spreadsheet: catalyst lots' }
            ]}
            onChange={setSheetKind}
          />
          <EditButton size="sm" onClick={() => input.current?.click()} disabled={importing !== null}>
            Import lots…
          </EditButton>
          <input
            ref={input}
            type="file"
            hidden
            disabled={readOnly}
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
      <p className="muted">Settlement value of lots bought, as the refiner (catalyst: assay × return × price − refining, treatment and lot charges) or black-mass buyer (grade × payable × index) settles them. Import a lot record (.json) or a spreadsheet in the lot template. Lots do not enter the project model.</p>
      {importing && (
        <div className="row-inline" role="status" aria-live="polite" data-testid="lot-import-progress">
          <span>{importProgressText(importing.progress)}</span>
          <progress aria-label="Lot import progress" max={importing.progress?.total ?? 1} value={importing.progress?.done} />
          <Button size="sm" onClick={() => job.current?.cancel()} data-testid="lot-import-cancel">
            Cancel
          </Button>
        </div>
      )}
      {note && (
        <p className="muted" role="status" data-testid="lot-import-note">
          {note}
        </p>
      )}
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
          { key: 'name', header: 'Lot', width: '28%', render: (r) => <span title={r.lot.data.name}>{r.lot.data.name}</span> },
          { key: 'kind', header: 'Kind', width: '100px', render: (r) => (r.value.kind === 'catalyst-lot' ? 'Catalyst' : 'Black mass') },
          { key: 'date', header: 'Pricing date', width: '124px', render: (r) => r.lot.data.pricingDate },
          { key: 'qty', header: 'Quantity', width: '110px', numeric: true, render: (r) => quantityOf(r.value) },
          { key: 'gross', header: 'Gross value', width: '130px', numeric: true, render: (r) => formatMoney(r.value.settlement.grossValue, r.value.currency) },
          { key: 'charges', header: 'Charges', width: '110px', numeric: true, render: (r) => formatMoney(chargesOf(r.value), r.value.currency) },
          { key: 'net', header: 'Net settlement', width: '140px', numeric: true, render: (r) => <strong data-testid={`lot-net-${r.lot.data.id}`}>{formatMoney(r.value.settlement.net, r.value.currency)}</strong> },
          { key: 'del', header: '', width: '60px', render: (r) => <EditIconButton label={`Delete lot ${r.lot.data.name}`} icon={<IconTrash size={16} />} tone="danger" onClick={() => void deleteLot(r.lot.id)} /> }
        ]}
      />
    </Card>
  )
}
