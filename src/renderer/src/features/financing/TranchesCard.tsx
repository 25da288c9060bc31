import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { dec, sum, type Decimal } from '@shared/decimal'
import { MAX_TRANCHES, TRANCHE_SHARE_TOLERANCE, type Project, type Tranche } from '@shared/model'
import { useAppStore } from '@renderer/store'
import { Badge, Card, IconPlus, IconTrash, Table, parseNumberInput } from '@renderer/ui'
import { formatPercent } from '@renderer/format/money'
import { ModelNumber, forgetSiblingDrafts, overlaySiblingDrafts, pickSelected, useApplyEdit, EditButton } from '../editors'
import { TrancheEditor } from './TrancheEditor'
import { trancheRateText } from './tranche-text'
import { addTranche, heirOf, removeTranche } from './tranche-edits'
import { useT } from '@renderer/i18n'

const repaymentKey = (r: Tranche['repayment']) => `financing.tranches.repayment.${r}` as const

/**
 * The senior debt's tranches (methodology §10). One tranche — every project until a second lender
 * comes in — is edited in place, as the single debt always was. Several are listed with their shares
 * (which must add up to 100 %: an edit carries the other shares' refused drafts with it, so 50/50 →
 * 60/40 takes two edits, not a deadlock) and the chosen one is edited below the list.
 */
export function TranchesCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const t = useT()
  const tranches = doc.financing.tranches
  const [selected, setSelected] = useState<string | null>(null)
  const current = pickSelected(tranches.map((x) => x.id), selected)
  const index = tranches.findIndex((x) => x.id === current)
  const full = tranches.length >= MAX_TRANCHES
  const add = (
    <EditButton
      size="sm"
      icon={<IconPlus size={15} />}
      disabled={full}
      title={full ? t('financing.tranches.atMost', { max: MAX_TRANCHES }) : t('financing.tranches.addTitle')}
      onClick={() => {
        const made: { id: string | null } = { id: null }
        if (applyEdit(t('financing.tranches.add'), (d) => void (made.id = addTranche(d))).ok && made.id) setSelected(made.id)
      }}
    >
      {t('financing.tranches.add')}
    </EditButton>
  )
  if (tranches.length === 1) {
    const only = tranches[0]!
    return (
      <Card title={t('financing.tranches.senior')} actions={add}>
        <p className="muted tranche-lede">
          {t('financing.tranches.oneIn', { currency: only.currency, reporting: only.currency === doc.reportingCurrency ? 'yes' : 'no', max: MAX_TRANCHES })}
        </p>
        <TrancheEditor doc={doc} index={0} />
      </Card>
    )
  }
  const tranche = tranches[index]!
  const heir = heirOf(tranches, index)
  return (
    <>
      <Card title={t('financing.tranches.seniorIn', { count: tranches.length })} actions={add}>
        <TrancheTable doc={doc} current={current} onSelect={setSelected} />
      </Card>
      <Card
        title={t('financing.tranches.title', { name: tranche.name })}
        actions={
          <EditButton
            variant="ghost"
            size="sm"
            icon={<IconTrash size={15} />}
            title={heir ? t('financing.tranches.shareGoes', { pct: formatPercent(tranche.share, 2), heir: heir.name }) : undefined}
            onClick={() => applyEdit(t('financing.tranches.deleteEdit', { name: tranche.name, heir: heir?.name ?? '' }), (d) => removeTranche(d, index))}
          >
            {t('financing.tranches.delete')}
          </EditButton>
        }
      >
        <TrancheEditor key={tranche.id} doc={doc} index={index} context={tranche.name} />
      </Card>
    </>
  )
}

/** The tranches with their shares (edited here) and the total of the shares, refused drafts included. */
function TrancheTable({ doc, current, onSelect }: { doc: Project; current: string | null; onSelect: (id: string) => void }) {
  const t = useT()
  const tranches = doc.financing.tranches
  const reporting = doc.reportingCurrency
  const paths = tranches.map((_, i) => `financing.tranches.${i}.share`)
  const drafts = useAppStore(useShallow((s) => paths.map((p) => s.workspace?.rejected[p]?.draft ?? null)))
  const shown = tranches.map((tr, i): Decimal => {
    const parsed = drafts[i] === null ? null : parseNumberInput(drafts[i]!, { percent: true })
    return parsed?.ok && parsed.value !== null ? dec(parsed.value) : dec(tr.share)
  })
  const total = sum(shown)
  const adds = total.minus(1).abs().lte(TRANCHE_SHARE_TOLERANCE)
  const idx = (tr: Tranche) => tranches.findIndex((x) => x.id === tr.id)
  return (
    <>
      <div className="dense-table tranche-table">
        <Table
          caption={t('financing.tranches.caption')}
          rows={tranches}
          rowKey={(t) => t.id}
          rowProps={(tr) => ({ className: tr.id === current ? 'row-selected' : undefined, 'data-testid': `tranche-row-${idx(tr)}` })}
          columns={[
            {
              key: 'name',
              header: t('financing.tranches.col.tranche'),
              render: (tr) => (
                <button type="button" className="link-button" translate="no" title={t('financing.tranches.edit', { name: tr.name })} aria-current={tr.id === current ? 'true' : undefined} onClick={() => onSelect(tr.id)}>
                  {tr.name}
                </button>
              )
            },
            { key: 'type', header: t('financing.tranches.col.lender'), width: '120px', render: (tr) => t(`financing.lenderType.${tr.lenderType}`) },
            {
              key: 'cur',
              header: t('financing.tranches.col.currency'),
              width: '140px',
              render: (tr) =>
                tr.currency === reporting ? (
                  tr.currency
                ) : (
                  <span className="row-inline tight">
                    {tr.currency} {tr.hedge.hedged ? <Badge tone="success">{t('financing.tranches.hedged')}</Badge> : <Badge tone="warning">{t('financing.tranches.unhedged')}</Badge>}
                  </span>
                )
            },
            {
              key: 'share',
              header: t('financing.tranches.col.share'),
              width: '112px',
              render: (tr) => {
                const path = `financing.tranches.${idx(tr)}.share`
                return (
                  <ModelNumber
                    compact
                    path={path}
                    label={t('financing.tranches.shareLabel')}
                    context={tr.name}
                    unit="%"
                    percent
                    alsoMutate={(d) => overlaySiblingDrafts(d, paths, path, true)}
                    onApplied={(ok) => ok && forgetSiblingDrafts(paths, path)}
                  />
                )
              }
            },
            { key: 'rate', header: t('financing.tranches.col.rate'), width: '120px', render: (tr) => trancheRateText(t, tr) },
            {
              key: 'tenor', header: t('financing.tranches.col.tenor'), width: '130px',
              render: (tr) => (tr.graceMonths ? t('financing.tranches.tenorGrace', { years: String(tr.tenorYears), months: String(tr.graceMonths) }) : t('financing.tranches.tenor', { years: String(tr.tenorYears) }))
            },
            { key: 'rep', header: t('financing.tranches.col.repayment'), width: '104px', render: (tr) => t(repaymentKey(tr.repayment)) }
          ]}
        />
      </div>
      <p className={adds ? 'totals share-total' : 'total-bad share-total'} data-testid="tranche-share-total" role={adds ? undefined : 'alert'}>
        {adds
          ? t('financing.tranches.sharesAdd', { pct: formatPercent(total, 2) })
          : t('financing.tranches.sharesOff', { pct: formatPercent(total, 2) })}
      </p>
    </>
  )
}
