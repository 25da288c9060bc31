import type { Project } from '@shared/model'
import { Card } from '@renderer/ui'
import { ModelNumber, ModelSelect, useApplyEdit, EditButton } from '../editors'
import { useT } from '@renderer/i18n'

type Waterfall = NonNullable<Project['financing']['waterfall']>

/** Add or change one mechanism of the waterfall, creating the block on first use. */
const withWaterfall = (d: Project, f: (w: Waterfall) => void) => {
  d.financing.waterfall ??= {}
  f(d.financing.waterfall)
}
/** Remove one mechanism; an empty block goes too, so a file that uses none reads as before. */
const without = (d: Project, key: keyof Waterfall) => {
  const w = d.financing.waterfall
  if (!w) return
  delete w[key]
  if (Object.keys(w).length === 0) delete d.financing.waterfall
}

/**
 * The cash sweep's terms (§11): the share of the cash left after reserves, swept every period or only
 * while the test DSCR is below a trigger, pro rata across the tranches or into one. Turning the trigger
 * on starts it at the lender's lock-up DSCR (a sweep usually bites where distributions would be trapped).
 */
function SweepFields({ doc, sweep }: { doc: Project; sweep: NonNullable<Waterfall['sweep']> }) {
  const tranches = doc.financing.tranches
  const t = useT()
  return (
    <>
      <ModelNumber path="financing.waterfall.sweep.share" label={t('financing.waterfall.sweepShare')} unit="%" percent hint={t('financing.waterfall.sweepShareHint')} />
      <ModelSelect
        path="financing.waterfall.sweep.trigger"
        label={t('financing.waterfall.sweepWhen')}
        nullAs="every"
        options={[
          { value: 'every', label: t('financing.waterfall.everyPeriod') },
          { value: 'trigger', label: t('financing.waterfall.belowTrigger') }
        ]}
        mutate={(d, v) => {
          const s = d.financing.waterfall?.sweep
          if (s) s.trigger = v === 'every' ? null : (s.trigger ?? (Number(d.lender.lockupDscr) > 0 ? d.lender.lockupDscr : '1.2'))
        }}
      />
      {sweep.trigger !== null ? <ModelNumber path="financing.waterfall.sweep.trigger" label={t('financing.waterfall.trigger')} unit="x" hint={t('financing.waterfall.triggerHint')} /> : null}
      <ModelSelect
        path="financing.waterfall.sweep.allocation"
        label={t('financing.waterfall.allocation')}
        options={[{ value: 'pro-rata', label: t('financing.waterfall.proRata') }, ...tranches.map((x) => ({ value: x.id, label: t('financing.waterfall.into', { name: x.name }) }))]}
        hint={tranches.length > 1 ? t('financing.waterfall.byBalance') : undefined}
      />
    </>
  )
}

/**
 * The cash waterfall's terms (methodology §11): how the DSRA is held, the maintenance reserve, a
 * working-capital facility, the cash sweep and the lock-up. Shortfalls are funded in the open — lock-up cash, the DSRA
 * (debt service only), the facility, then sponsor support — and a distribution is never negative.
 */
export function WaterfallCard({ doc }: { doc: Project }) {
  const applyEdit = useApplyEdit()
  const t = useT()
  const { dsra } = doc.financing
  const w = doc.financing.waterfall
  const lc = dsra.form === 'lc'
  return (
    <Card title={t('financing.waterfall.title')}>
      <p className="muted waterfall-intro">{t('financing.waterfall.intro')}</p>
      <div className="form-grid wide">
        <ModelSelect
          path="financing.dsra.form"
          label={t('financing.waterfall.dsraForm')}
          nullAs="cash"
          options={[
            { value: 'cash', label: t('financing.waterfall.cash') },
            { value: 'lc', label: t('financing.waterfall.lc') }
          ]}
          mutate={(d, v) => {
            if (v === 'lc') d.financing.dsra = { ...d.financing.dsra, form: 'lc', lcFeeRate: d.financing.dsra.lcFeeRate ?? '0.015', lcDrawRate: d.financing.dsra.lcDrawRate ?? '0.1' }
            else {
              const { form: _f, lcFeeRate: _r, lcDrawRate: _d, ...rest } = d.financing.dsra
              d.financing.dsra = rest
            }
          }}
          hint={dsra.enabled ? undefined : t('financing.terms.dsraOff')}
        />
        {lc ? (
          <>
            <ModelNumber path="financing.dsra.lcFeeRate" label={t('financing.waterfall.lcFee')} unit={t('financing.unit.pctPerYear')} percent hint={t('financing.waterfall.lcFeeHint')} />
            <ModelNumber path="financing.dsra.lcDrawRate" label={t('financing.waterfall.lcDraw')} unit={t('financing.unit.pctPerYear')} percent hint={t('financing.waterfall.lcDrawHint')} />
          </>
        ) : null}
        {w?.mraMonths !== undefined ? (
          <ModelNumber path="financing.waterfall.mraMonths" label={t('financing.waterfall.mra')} unit={t('financing.unit.months')} integer hint={t('financing.waterfall.mraHint')} />
        ) : null}
        {w?.wcFacility ? (
          <>
            <ModelNumber path="financing.waterfall.wcFacility.limit" label={t('financing.waterfall.wcLimit')} unit={doc.reportingCurrency} money={doc.reportingCurrency} hint={t('financing.waterfall.wcLimitHint')} />
            <ModelNumber path="financing.waterfall.wcFacility.rate" label={t('financing.waterfall.wcRate')} unit={t('financing.unit.pctPerYear')} percent hint={t('financing.waterfall.wcRateHint')} />
          </>
        ) : null}
        {w?.lockup ? (
          <>
            <ModelNumber path="financing.waterfall.lockup.dscr" label={t('financing.waterfall.lockupDscr')} unit="x" hint={t('financing.waterfall.lockupHint')} />
            <ModelSelect
              path="financing.waterfall.lockup.test"
              label={t('financing.waterfall.lockupTest')}
              options={[
                { value: 'trailing-12m', label: t('financing.waterfall.trailing') },
                { value: 'period', label: t('financing.waterfall.eachPeriod') }
              ]}
            />
            <ModelNumber path="financing.waterfall.lockup.releaseAfterPeriods" label={t('financing.waterfall.released')} unit={t('financing.unit.periods')} integer hint={t('financing.waterfall.releasedHint')} />
          </>
        ) : null}
        {w?.sweep ? <SweepFields doc={doc} sweep={w.sweep} /> : null}
      </div>
      <div className="row-inline">
        {w?.mraMonths === undefined ? (
          <EditButton variant="ghost" size="sm" onClick={() => applyEdit(t('financing.waterfall.addMra'), (d) => withWaterfall(d, (x) => void (x.mraMonths = 6)))}>{t('financing.waterfall.addMra')}</EditButton>
        ) : (
          <EditButton variant="ghost" size="sm" onClick={() => applyEdit(t('financing.waterfall.removeMra'), (d) => without(d, 'mraMonths'))}>{t('financing.waterfall.removeMra')}</EditButton>
        )}
        {w?.wcFacility === undefined ? (
          <EditButton variant="ghost" size="sm" onClick={() => applyEdit(t('financing.waterfall.addWc'), (d) => withWaterfall(d, (x) => void (x.wcFacility = { limit: '0', rate: '0.1' })))}>{t('financing.waterfall.addWc')}</EditButton>
        ) : (
          <EditButton variant="ghost" size="sm" onClick={() => applyEdit(t('financing.waterfall.removeWcEdit'), (d) => without(d, 'wcFacility'))}>{t('financing.waterfall.removeWc')}</EditButton>
        )}
        {w?.lockup === undefined ? (
          <EditButton variant="ghost" size="sm"
            onClick={() => applyEdit(t('financing.waterfall.addLockupEdit'), (d) => withWaterfall(d, (x) => void (x.lockup = { dscr: Number(d.lender.lockupDscr) > 0 ? d.lender.lockupDscr : '1.1', test: 'trailing-12m', releaseAfterPeriods: 2 })))}>{t('financing.waterfall.addLockup')}</EditButton>
        ) : (
          <EditButton variant="ghost" size="sm" onClick={() => applyEdit(t('financing.waterfall.removeLockup'), (d) => without(d, 'lockup'))}>{t('financing.waterfall.removeLockup')}</EditButton>
        )}
        {w?.sweep === undefined ? (
          <EditButton variant="ghost" size="sm"
            onClick={() => applyEdit(t('financing.waterfall.addSweep'), (d) => withWaterfall(d, (x) => void (x.sweep = { share: '0.5', trigger: null, allocation: 'pro-rata' })))}>{t('financing.waterfall.addSweep')}</EditButton>
        ) : (
          <EditButton variant="ghost" size="sm" onClick={() => applyEdit(t('financing.waterfall.removeSweep'), (d) => without(d, 'sweep'))}>{t('financing.waterfall.removeSweep')}</EditButton>
        )}
      </div>
    </Card>
  )
}
