import type { Project } from '@shared/model'
import { Card } from '@renderer/ui'
import { ModelNumber, ModelSelect, useApplyEdit, EditButton } from '../editors'

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
  return (
    <>
      <ModelNumber path="financing.waterfall.sweep.share" label="Cash sweep share" unit="%" percent hint="Of the cash left after reserves, prepays senior debt (last instalments first)" />
      <ModelSelect
        path="financing.waterfall.sweep.trigger"
        label="Sweep when"
        nullAs="every"
        options={[
          { value: 'every', label: 'Every period' },
          { value: 'trigger', label: 'DSCR below a trigger' }
        ]}
        mutate={(d, v) => {
          const s = d.financing.waterfall?.sweep
          if (s) s.trigger = v === 'every' ? null : (s.trigger ?? (Number(d.lender.lockupDscr) > 0 ? d.lender.lockupDscr : '1.2'))
        }}
      />
      {sweep.trigger !== null ? <ModelNumber path="financing.waterfall.sweep.trigger" label="Sweep trigger DSCR" unit="x" hint="Sweeps while the test DSCR is below it (the lock-up's test)" /> : null}
      <ModelSelect
        path="financing.waterfall.sweep.allocation"
        label="Sweep allocation"
        options={[{ value: 'pro-rata', label: 'Pro rata across tranches' }, ...tranches.map((t) => ({ value: t.id, label: `Into ${t.name}, then the others` }))]}
        hint={tranches.length > 1 ? 'By reporting-currency balance' : undefined}
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
  const { dsra } = doc.financing
  const w = doc.financing.waterfall
  const lc = dsra.form === 'lc'
  return (
    <Card title="Cash waterfall and reserves">
      <p className="muted waterfall-intro">
        Each period CFADS pays senior debt service, then the reserves, the facility, any cash sweep and lock-up; a shortfall is met by trapped cash, the DSRA
        (debt service only), the working-capital facility, then sponsor support — never by a negative distribution.
      </p>
      <div className="form-grid wide">
        <ModelSelect
          path="financing.dsra.form"
          label="DSRA held as"
          nullAs="cash"
          options={[
            { value: 'cash', label: 'Cash, funded by equity at COD' },
            { value: 'lc', label: 'Letter of credit (fee, no cash held)' }
          ]}
          mutate={(d, v) => {
            if (v === 'lc') d.financing.dsra = { ...d.financing.dsra, form: 'lc', lcFeeRate: d.financing.dsra.lcFeeRate ?? '0.015', lcDrawRate: d.financing.dsra.lcDrawRate ?? '0.1' }
            else {
              const { form: _f, lcFeeRate: _r, lcDrawRate: _d, ...rest } = d.financing.dsra
              d.financing.dsra = rest
            }
          }}
          hint={dsra.enabled ? undefined : 'Used when the DSRA is on'}
        />
        {lc ? (
          <>
            <ModelNumber path="financing.dsra.lcFeeRate" label="LC fee" unit="%/yr" percent hint="On the LC amount (the DSRA target)" />
            <ModelNumber path="financing.dsra.lcDrawRate" label="Interest on LC draws" unit="%/yr" percent hint="Until reimbursed, before distributions" />
          </>
        ) : null}
        {w?.mraMonths !== undefined ? (
          <ModelNumber path="financing.waterfall.mraMonths" label="Maintenance reserve (MRA)" unit="months" integer hint="Of next maintenance capex, built from cash" />
        ) : null}
        {w?.wcFacility ? (
          <>
            <ModelNumber path="financing.waterfall.wcFacility.limit" label="Working-capital facility limit" unit={doc.reportingCurrency} money={doc.reportingCurrency} hint="Drawn after the DSRA, before sponsor support" />
            <ModelNumber path="financing.waterfall.wcFacility.rate" label="Facility interest" unit="%/yr" percent hint="On the drawn balance; repaid before distributions" />
          </>
        ) : null}
        {w?.lockup ? (
          <>
            <ModelNumber path="financing.waterfall.lockup.dscr" label="Lock-up DSCR" unit="x" hint="Below it, distributions are trapped" />
            <ModelSelect
              path="financing.waterfall.lockup.test"
              label="Lock-up test"
              options={[
                { value: 'trailing-12m', label: 'Trailing 12 months' },
                { value: 'period', label: 'Each period' }
              ]}
            />
            <ModelNumber path="financing.waterfall.lockup.releaseAfterPeriods" label="Released after" unit="periods passed" integer hint="Consecutive periods meeting the test" />
          </>
        ) : null}
        {w?.sweep ? <SweepFields doc={doc} sweep={w.sweep} /> : null}
      </div>
      <div className="row-inline">
        {w?.mraMonths === undefined ? (
          <EditButton variant="ghost" size="sm" onClick={() => applyEdit('Add maintenance reserve', (d) => withWaterfall(d, (x) => void (x.mraMonths = 6)))}>Add maintenance reserve</EditButton>
        ) : (
          <EditButton variant="ghost" size="sm" onClick={() => applyEdit('Remove maintenance reserve', (d) => without(d, 'mraMonths'))}>Remove maintenance reserve</EditButton>
        )}
        {w?.wcFacility === undefined ? (
          <EditButton variant="ghost" size="sm" onClick={() => applyEdit('Add working-capital facility', (d) => withWaterfall(d, (x) => void (x.wcFacility = { limit: '0', rate: '0.1' })))}>Add working-capital facility</EditButton>
        ) : (
          <EditButton variant="ghost" size="sm" onClick={() => applyEdit('Remove working-capital facility', (d) => without(d, 'wcFacility'))}>Remove facility</EditButton>
        )}
        {w?.lockup === undefined ? (
          <EditButton variant="ghost" size="sm"
            onClick={() => applyEdit('Add lock-up', (d) => withWaterfall(d, (x) => void (x.lockup = { dscr: Number(d.lender.lockupDscr) > 0 ? d.lender.lockupDscr : '1.1', test: 'trailing-12m', releaseAfterPeriods: 2 })))}>Add lock-up test</EditButton>
        ) : (
          <EditButton variant="ghost" size="sm" onClick={() => applyEdit('Remove lock-up', (d) => without(d, 'lockup'))}>Remove lock-up</EditButton>
        )}
        {w?.sweep === undefined ? (
          <EditButton variant="ghost" size="sm"
            onClick={() => applyEdit('Add cash sweep', (d) => withWaterfall(d, (x) => void (x.sweep = { share: '0.5', trigger: null, allocation: 'pro-rata' })))}>Add cash sweep</EditButton>
        ) : (
          <EditButton variant="ghost" size="sm" onClick={() => applyEdit('Remove cash sweep', (d) => without(d, 'sweep'))}>Remove cash sweep</EditButton>
        )}
      </div>
    </Card>
  )
}
