import { EditButton, EditIconButton, useReadOnly } from '@renderer/features/editors'
import { HiddenFileInput } from '@renderer/features/editors/HiddenFileInput'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { Decimal } from '@shared/decimal'
import { parseLotFile, valueLot, type LotValuation } from '@shared/lot'
import type { Project } from '@shared/model'
import { fxPerUsdIn } from '@shared/model/convert-currency'
import { useAppStore, useDisplayUnit } from '@renderer/store'
import { displayUnitCaption, formatAmountIn, type DisplayUnit } from '@shared/format/display-unit'
import { useT } from '@renderer/i18n'
import type { Translate } from '../editors/translate'
import type { StoredLot } from '@renderer/db/repository'
import { Button, Card, IconTrash, Table } from '@renderer/ui'
import { formatMoney, formatQuantity } from '@renderer/format/money'
import { createImportClient, type ImportClient, type ImportProgress, type RunningImport } from '@renderer/workers/import-client'
import { importProgressText } from './lot-files'
import './feedstock.css'

type Row = { lot: StoredLot; value: LotValuation }
/** A file read whose lots share lot ids with lots already here: waiting for replace, skip or cancel. */
type Pending = { name: string; lots: unknown[]; duplicates: string[] }

/** An amount of the lot's currency in the reporting currency, at the project's FX of the lot's pricing year; null without a rate. */
function inReporting(amount: Decimal, v: LotValuation, pricingDate: string, doc: Project): Decimal | null {
  if (v.currency === doc.reportingCurrency) return amount
  const year = Number(pricingDate.slice(0, 4))
  const lotPerUsd = fxPerUsdIn(doc, v.currency, year)
  const repPerUsd = fxPerUsdIn(doc, doc.reportingCurrency, year)
  return lotPerUsd && repPerUsd ? amount.times(repPerUsd).div(lotPerUsd) : null
}

const lotIdOf = (l: unknown): string | null => (typeof l === 'object' && l !== null && typeof (l as { id?: unknown }).id === 'string' ? (l as { id: string }).id : null)

const quantityOf = (t: Translate, v: LotValuation): string => (v.kind === 'catalyst-lot' ? t('feedstock.lots.kgDry', { kg: formatQuantity(v.netDryKg, 1) }) : t('feedstock.lots.tDry', { t: formatQuantity(v.dryTonnes, 3) }))
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
  const t = useT()
  const locale = useAppStore((s) => s.locale)
  // Money in the reporting currency and the reader's display unit, like the other tables (#17: USD to the cent in an INR project).
  const unit = useDisplayUnit(doc.reportingCurrency)
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

  const items = useMemo(() => (lots?.projectId === doc.id ? lots.items : []), [lots, doc.id])
  // Parsing and valuing every lot is work: once per change of the lots, not on every render (#17).
  const rows: Row[] = useMemo(
    () =>
      items.flatMap((lot) => {
        const r = parseLotFile(lot.data)
        return r.ok ? [{ lot, value: valueLot(r.value) }] : []
      }),
    [items]
  )

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
      if (out.cancelled) return setNote(t('feedstock.lots.cancelled'))
      return setProblems([t('feedstock.lots.unreadable', { file: file.name, message: out.message })])
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
    if (lots.length === 0) return setNote(t('feedstock.lots.nothingAdded', { file: pending.name }))
    if (await addLots(doc.id, lots, { replace: choice === 'replace' }))
      setNote(
        choice === 'replace'
          ? t('feedstock.lots.replaced', { replaced: pending.duplicates.length, added: String(lots.length - pending.duplicates.length) })
          : t('feedstock.lots.skipped', { skipped: String(pending.duplicates.length), added: String(lots.length) })
      )
  }
  const caption = displayUnitCaption(unit, doc.reportingCurrency, locale)
  const money = (r: Row, amount: (v: LotValuation) => Decimal) => <Money t={t} row={r} doc={doc} unit={unit} amount={amount(r.value)} />

  return (
    <Card
      title={t('feedstock.lots.title')}
      actions={
        <div className="row-inline" style={{ margin: 0 }}>
          <EditButton size="sm" onClick={() => input.current?.click()} disabled={importing !== null}>
            {t('feedstock.lots.import')}
          </EditButton>
          <HiddenFileInput inputRef={input} disabled={readOnly} accept=".json,.xlsx,.csv" label={t('feedstock.lots.fileLabel')} testId="lot-file-input" onFile={(f) => void pick(f)} />
        </div>
      }
    >
      <p className="muted">{t('feedstock.lots.intro')}</p>
      {importing && (
        <div className="row-inline" role="status" aria-live="polite" data-testid="lot-import-progress">
          <span>{importProgressText(importing.progress, t)}</span>
          <progress aria-label={t('feedstock.lots.progress')} max={importing.progress?.total ?? 1} value={importing.progress?.done} />
          <Button size="sm" onClick={() => job.current?.cancel()} data-testid="lot-import-cancel">
            {t('feedstock.lots.cancel')}
          </Button>
        </div>
      )}
      {note && (
        <p className="muted" role="status" data-testid="lot-import-note">
          {note}
        </p>
      )}
      {pending && (
        <div className="callout" role="alertdialog" aria-label={t('feedstock.lots.already')} data-testid="lot-duplicates">
          <p>
            {t('feedstock.lots.duplicates', {
              dup: pending.duplicates.length,
              total: String(pending.lots.length),
              file: pending.name,
              ids: pending.duplicates.slice(0, 3).join(', '),
              more: Math.max(0, pending.duplicates.length - 3)
            })}
          </p>
          <div className="row-inline">
            <Button size="sm" variant="primary" onClick={() => void settle('replace')}>
              {t('feedstock.lots.replace')}
            </Button>
            <Button size="sm" onClick={() => void settle('skip')}>
              {t('feedstock.lots.skip')}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setPending(null)}>
              {t('feedstock.lots.cancel')}
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
        caption={t('feedstock.lots.title')}
        rows={rows}
        rowKey={(r) => r.lot.id}
        empty={t('feedstock.lots.empty')}
        columns={[
          {
            key: 'name',
            header: t('feedstock.lots.col.lot'),
            render: (r) => (
              <span className="cell-stack" title={r.lot.data.name}>
                <span className="cell-clip" translate="no">{r.lot.data.name}</span>
                <span className="muted small">
                  {r.value.kind === 'catalyst-lot' ? t('feedstock.lots.catalyst') : t('feedstock.lots.blackMass')} · {r.lot.data.pricingDate}
                </span>
              </span>
            )
          },
          { key: 'qty', header: t('feedstock.lots.col.quantity'), width: '120px', numeric: true, render: (r) => quantityOf(t, r.value) },
          // In the reporting currency (a USD lot in an INR project at the project's FX of its pricing year), in the header's unit.
          { key: 'gross', header: `${t('feedstock.lots.col.gross')} (${caption})`, width: '150px', numeric: true, render: (r) => money(r, (v) => v.settlement.grossValue) },
          { key: 'charges', header: `${t('feedstock.lots.col.charges')} (${caption})`, width: '140px', numeric: true, render: (r) => money(r, chargesOf) },
          {
            key: 'net', header: `${t('feedstock.lots.col.net')} (${caption})`, width: '170px', numeric: true,
            render: (r) => (
              <span className="cell-stack">
                <strong data-testid={`lot-rep-net-${r.lot.data.id}`}>{money(r, (v) => v.settlement.net)}</strong>
                {/* The settlement as the refiner pays it, in the lot's own currency to the cent. */}
                <span className="muted small" data-testid={`lot-net-${r.lot.data.id}`}>{formatMoney(r.value.settlement.net, r.value.currency)}</span>
              </span>
            )
          },
          { key: 'del', header: '', width: '56px', render: (r) => <EditIconButton label={t('feedstock.lots.delete', { name: r.lot.data.name })} icon={<IconTrash size={16} />} tone="danger" onClick={() => void deleteLot(r.lot.id)} /> }
        ]}
      />
    </Card>
  )
}

/**
 * One money cell of a lot: the amount in the reporting currency and display unit; a lot in another
 * currency without a project rate for its year shows a dash that says which rate is missing.
 */
function Money({ t, row, doc, unit, amount }: { t: Translate; row: Row; doc: Project; unit: DisplayUnit; amount: Decimal }) {
  const v = inReporting(amount, row.value, row.lot.data.pricingDate, doc)
  if (!v) return <span title={t('feedstock.lots.noRate', { from: row.value.currency, to: doc.reportingCurrency })}>—</span>
  return <>{formatAmountIn(v, doc.reportingCurrency, unit)}</>
}
