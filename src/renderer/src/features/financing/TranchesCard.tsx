import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { dec, sum, type Decimal } from '@shared/decimal'
import { LENDER_TYPE_LABELS, rateText } from '@shared/debt-report'
import { MAX_TRANCHES, TRANCHE_SHARE_TOLERANCE, type Project, type Tranche } from '@shared/model'
import { useAppStore } from '@renderer/store'
import { Badge, Card, IconPlus, IconTrash, Table, parseNumberInput } from '@renderer/ui'
import { formatPercent } from '@renderer/format/money'
import { ModelNumber, forgetSiblingDrafts, overlaySiblingDrafts, pickSelected, useApplyEdit, EditButton } from '../editors'
import { TrancheEditor } from './TrancheEditor'
import { addTranche, heirOf, removeTranche } from './tranche-edits'

const REPAYMENT: Record<Tranche['repayment'], string> = { annuity: 'Annuity', equal: 'Equal principal', sculpted: 'Sculpted' }

/**
 * The senior debt's tranches (methodology §10). One tranche — every project until a second lender
 * comes in — is edited in place, as the single debt always was. Several are listed with their shares
 * (which must add up to 100 %: an edit carries the other shares' refused drafts with it, so 50/50 →
 * 60/40 takes two edits, not a deadlock) and the chosen one is edited below the list.
 */
export function TranchesCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const tranches = doc.financing.tranches
  const [selected, setSelected] = useState<string | null>(null)
  const current = pickSelected(tranches.map((t) => t.id), selected)
  const index = tranches.findIndex((t) => t.id === current)
  const full = tranches.length >= MAX_TRANCHES
  const add = (
    <EditButton
      size="sm"
      icon={<IconPlus size={15} />}
      disabled={full}
      title={full ? `At most ${MAX_TRANCHES} tranches` : 'Another lender or currency; it takes half of the last tranche’s share'}
      onClick={() => {
        const made: { id: string | null } = { id: null }
        if (applyEdit('Add tranche', (d) => void (made.id = addTranche(d))).ok && made.id) setSelected(made.id)
      }}
    >
      Add tranche
    </EditButton>
  )
  if (tranches.length === 1) {
    const t = tranches[0]!
    return (
      <Card title="Senior debt" actions={add}>
        <p className="muted tranche-lede">
          One tranche in {t.currency}
          {t.currency === doc.reportingCurrency ? ', the reporting currency' : ''}. Add a tranche for a second lender or currency (up to {MAX_TRANCHES}, pari passu).
        </p>
        <TrancheEditor doc={doc} index={0} />
      </Card>
    )
  }
  const t = tranches[index]!
  const heir = heirOf(tranches, index)
  return (
    <>
      <Card title={`Senior debt in ${tranches.length} tranches`} actions={add}>
        <TrancheTable doc={doc} current={current} onSelect={setSelected} />
      </Card>
      <Card
        title={`Tranche: ${t.name}`}
        actions={
          <EditButton
            variant="ghost"
            size="sm"
            icon={<IconTrash size={15} />}
            title={heir ? `Its ${formatPercent(t.share, 2)} share goes to ${heir.name}` : undefined}
            onClick={() => applyEdit(`Delete tranche ${t.name} (its share to ${heir?.name ?? ''})`, (d) => removeTranche(d, index))}
          >
            Delete tranche
          </EditButton>
        }
      >
        <TrancheEditor key={t.id} doc={doc} index={index} context={t.name} />
      </Card>
    </>
  )
}

/** The tranches with their shares (edited here) and the total of the shares, refused drafts included. */
function TrancheTable({ doc, current, onSelect }: { doc: Project; current: string | null; onSelect: (id: string) => void }) {
  const tranches = doc.financing.tranches
  const reporting = doc.reportingCurrency
  const paths = tranches.map((_, i) => `financing.tranches.${i}.share`)
  const drafts = useAppStore(useShallow((s) => paths.map((p) => s.workspace?.rejected[p]?.draft ?? null)))
  const shown = tranches.map((t, i): Decimal => {
    const parsed = drafts[i] === null ? null : parseNumberInput(drafts[i]!, { percent: true })
    return parsed?.ok && parsed.value !== null ? dec(parsed.value) : dec(t.share)
  })
  const total = sum(shown)
  const adds = total.minus(1).abs().lte(TRANCHE_SHARE_TOLERANCE)
  const idx = (t: Tranche) => tranches.findIndex((x) => x.id === t.id)
  return (
    <>
      <div className="dense-table tranche-table">
        <Table
          caption="Senior debt tranches"
          rows={tranches}
          rowKey={(t) => t.id}
          rowProps={(t) => ({ className: t.id === current ? 'row-selected' : undefined, 'data-testid': `tranche-row-${idx(t)}` })}
          columns={[
            {
              key: 'name',
              header: 'Tranche',
              render: (t) => (
                <button type="button" className="link-button" title={`Edit ${t.name}`} aria-current={t.id === current ? 'true' : undefined} onClick={() => onSelect(t.id)}>
                  {t.name}
                </button>
              )
            },
            { key: 'type', header: 'Lender', width: '120px', render: (t) => LENDER_TYPE_LABELS[t.lenderType] },
            {
              key: 'cur',
              header: 'Currency',
              width: '140px',
              render: (t) =>
                t.currency === reporting ? (
                  t.currency
                ) : (
                  <span className="row-inline tight">
                    {t.currency} {t.hedge.hedged ? <Badge tone="success">hedged</Badge> : <Badge tone="warning">unhedged</Badge>}
                  </span>
                )
            },
            {
              key: 'share',
              header: 'Share',
              width: '112px',
              render: (t) => {
                const path = `financing.tranches.${idx(t)}.share`
                return (
                  <ModelNumber
                    compact
                    path={path}
                    label="Share of senior debt"
                    context={t.name}
                    unit="%"
                    percent
                    alsoMutate={(d) => overlaySiblingDrafts(d, paths, path, true)}
                    onApplied={(ok) => ok && forgetSiblingDrafts(paths, path)}
                  />
                )
              }
            },
            { key: 'rate', header: 'Rate', width: '120px', render: (t) => rateText(t) },
            { key: 'tenor', header: 'Tenor', width: '130px', render: (t) => `${t.tenorYears} yr${t.graceMonths ? ` after ${t.graceMonths} mo grace` : ''}` },
            { key: 'rep', header: 'Repayment', width: '104px', render: (t) => REPAYMENT[t.repayment] }
          ]}
        />
      </div>
      <p className={adds ? 'totals share-total' : 'total-bad share-total'} data-testid="tranche-share-total" role={adds ? undefined : 'alert'}>
        {adds
          ? `Shares add up to ${formatPercent(total, 2)}.`
          : `Shares add up to ${formatPercent(total, 2)}, not 100 %. Change the other shares to match: the edits apply together once they add up to 100 %.`}
      </p>
    </>
  )
}
