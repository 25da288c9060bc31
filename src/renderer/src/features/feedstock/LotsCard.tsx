import { EditButton, EditIconButton, useReadOnly } from '@renderer/features/editors'
import { HiddenFileInput } from '@renderer/features/editors/HiddenFileInput'
import { useEffect, useRef, useState } from 'react'
import type { Decimal } from '@shared/decimal'
import { parseLotFile, valueLot, type LotValuation } from '@shared/lot'
import type { Project } from '@shared/model'
import { fxPerUsdIn } from '@shared/model/convert-currency'
import { useAppStore } from '@renderer/store'
import type { StoredLot } from '@renderer/db/repository'
import { Button, Card, IconTrash, Table } from '@renderer/ui'
import { formatMoney, formatQuantity } from '@renderer/format/money'
import { createImportClient, type ImportClient, type ImportProgress, type RunningImport } from '@renderer/workers/import-client'
import { importProgressText } from './lot-files'
import './feedstock.css'

type Row = { lot: StoredLot; value: LotValuation }
/** A file read whose lots share lot ids with lots already here: waiting for replace, skip or cancel. */
type Pending = { name: string; lots: unknown[]; duplicates: string[] }

/** The net settlement in the reporting currency, at the project's FX of the lot's pricing year; null without a rate. */
function inReporting(v: LotValuation, pricingDate: string, doc: Project): Decimal | null {
  const year = Number(pricingDate.slice(0, 4))
  const lotPerUsd = fxPerUsdIn(doc, v.currency, year)
  const repPerUsd = fxPerUsdIn(doc, doc.reportingCurrency, year)
  return lotPerUsd && repPerUsd ? v.settlement.net.times(repPerUsd).div(lotPerUsd) : null
}

const lotIdOf = (l: unknown): string | null => (typeof l === 'object' && l !== null && typeof (l as { id?: unknown }).id === 'string' ? (l as { id: string }).id : null)

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
  const [pending, setPending] = useState<Pending | null>(null)
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
    // The template is detected from the header; black mass is only the fallback for a header that names neither.
    const running = client.current.run({ name: file.name, bytes, sheetKind: 'black-mass-lots' }, (progress) => {
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
    // Re-importing a sheet must not double its lots: same lot ids ask first.
    const here = new Set(items.map((l) => l.data.id))
    const duplicates = [...new Set(out.read.lots.map(lotIdOf).filter((id): id is string => id !== null && here.has(id)))]
    if (duplicates.length) return setPending({ name: file.name, lots: out.read.lots, duplicates })
    await addLots(doc.id, out.read.lots)
  }

  const settle = async (choice: 'replace' | 'skip') => {
    if (!pending) return
    const dup = new Set(pending.duplicates)
    const lots = choice === 'replace' ? pending.lots : pending.lots.filter((l) => !dup.has(lotIdOf(l) ?? ''))
    setPending(null)
    if (lots.length === 0) return setNote(`Nothing added: every lot in ${pending.name} is already here.`)
    if (await addLots(doc.id, lots, { replace: choice === 'replace' }))
      setNote(choice === 'replace' ? `${pending.duplicates.length} lot${pending.duplicates.length === 1 ? '' : 's'} replaced, ${lots.length - pending.duplicates.length} added.` : `${pending.duplicates.length} already here skipped, ${lots.length} added.`)
  }
  const foreign = rows.some((r) => r.value.currency !== doc.reportingCurrency)

  return (
    <Card
      title="Purchased lots"
      actions={
        <div className="row-inline" style={{ margin: 0 }}>
          <EditButton size="sm" onClick={() => input.current?.click()} disabled={importing !== null}>
            Import lots…
          </EditButton>
          <HiddenFileInput inputRef={input} disabled={readOnly} accept=".json,.xlsx,.csv" label="Lot file" testId="lot-file-input" onFile={(f) => void pick(f)} />
        </div>
      }
    >
      <p className="muted">Settlement value of lots bought, as the refiner (catalyst: assay × return × price − refining, treatment and lot charges) or black-mass buyer (grade × payable × index) settles them. Import a lot record (.json) or a spreadsheet in either lot template (catalyst or black mass: told apart by the header row). Lots enter the model only when a stream takes its grades and price paid from them (“From purchased lots” in the stream’s editor).</p>
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
      {pending && (
        <div className="callout" role="alertdialog" aria-label="Lots already imported" data-testid="lot-duplicates">
          <p>
            {pending.duplicates.length} of the {pending.lots.length} lots in {pending.name} {pending.duplicates.length === 1 ? 'is' : 'are'} already here (lot ID{' '}
            {pending.duplicates.slice(0, 3).join(', ')}
            {pending.duplicates.length > 3 ? ` and ${pending.duplicates.length - 3} more` : ''}).
          </p>
          <div className="row-inline">
            <Button size="sm" variant="primary" onClick={() => void settle('replace')}>
              Replace them
            </Button>
            <Button size="sm" onClick={() => void settle('skip')}>
              Skip them, add the new ones
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setPending(null)}>
              Cancel
            </Button>
          </div>
        </div>
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
          {
            key: 'name',
            header: 'Lot',
            render: (r) => (
              <span className="cell-stack" title={r.lot.data.name}>
                <span className="cell-clip">{r.lot.data.name}</span>
                <span className="muted small">
                  {r.value.kind === 'catalyst-lot' ? 'Catalyst' : 'Black mass'} · {r.lot.data.pricingDate}
                </span>
              </span>
            )
          },
          { key: 'qty', header: 'Quantity', width: '120px', numeric: true, render: (r) => quantityOf(r.value) },
          { key: 'gross', header: 'Gross value', width: '130px', numeric: true, render: (r) => formatMoney(r.value.settlement.grossValue, r.value.currency) },
          { key: 'charges', header: 'Charges', width: '120px', numeric: true, render: (r) => formatMoney(chargesOf(r.value), r.value.currency) },
          { key: 'net', header: 'Net settlement', width: '140px', numeric: true, render: (r) => <strong data-testid={`lot-net-${r.lot.data.id}`}>{formatMoney(r.value.settlement.net, r.value.currency)}</strong> },
          // In an INR project, USD lots read in rupees too (at the project's FX of the pricing year).
          ...(foreign
            ? [{
                key: 'rep', header: `Net in ${doc.reportingCurrency}`, width: '150px', numeric: true,
                render: (r: Row) => {
                  if (r.value.currency === doc.reportingCurrency) return formatMoney(r.value.settlement.net, r.value.currency)
                  const v = inReporting(r.value, r.lot.data.pricingDate, doc)
                  return v ? <span data-testid={`lot-net-rep-${r.lot.data.id}`}>{formatMoney(v, doc.reportingCurrency)}</span> : <span title={`No ${r.value.currency}/${doc.reportingCurrency} rate under Prices → FX`}>—</span>
                }
              }]
            : []),
          { key: 'del', header: '', width: '56px', render: (r) => <EditIconButton label={`Delete lot ${r.lot.data.name}`} icon={<IconTrash size={16} />} tone="danger" onClick={() => void deleteLot(r.lot.id)} /> }
        ]}
      />
    </Card>
  )
}
