import { NumberField, Select } from '@renderer/ui'
import { fxCurrencies } from '@shared/analysis/drivers'
import { nullRecord, ownValue } from '@shared/json/own'
import type { Project } from '@shared/model'
import type { McForm } from './mc-form'
import { useT } from '@renderer/i18n'

export { initialForm, type McForm } from './mc-form'

export function McSettingsForm({ project, form, onChange }: { project: Project; form: McForm; onChange: (f: McForm) => void }) {
  const set = <K extends keyof McForm>(k: K, v: McForm[K]) => onChange({ ...form, [k]: v })
  const t = useT()
  const perYear = t('scenarios.unit.perYear')
  const setCorr = (i: number, j: number, v: string) =>
    onChange({ ...form, correlation: form.correlation.map((row, a) => row.map((x, b) => ((a === i && b === j) || (a === j && b === i) ? v : x))) })
  return (
    <div className="mc-form">
      <div className="analysis-form">
        <NumberField label={t('scenarios.mc.draws')} value={form.draws} onValue={(v) => v !== null && set('draws', v)} hint="1 – 200,000" />
        <NumberField label={t('scenarios.mc.seed')} value={form.seed} onValue={(v) => v !== null && set('seed', v)} hint={t('scenarios.mc.seedHint')} />
        <Select label={t('scenarios.mc.process')} value={form.process} onChange={(v) => set('process', v)} options={[{ value: 'gbm', label: t('scenarios.mc.gbm') }, { value: 'ou', label: t('scenarios.mc.ou') }]} />
        {form.process === 'ou' && <NumberField label={t('scenarios.mc.kappa')} unit={t('scenarios.mc.perYear')} value={form.kappa} onValue={(v) => v !== null && set('kappa', v)} hint={t('scenarios.mc.halfLife', { years: (Math.log(2) / Math.max(1e-9, Number(form.kappa))).toFixed(1) })} />}
        <NumberField label={t('scenarios.mc.volatility')} unit={perYear} percent value={form.volatility} onValue={(v) => v !== null && set('volatility', v)} />
        <NumberField label={t('scenarios.mc.volumeSd')} unit="%" percent value={form.volumeSd} onValue={(v) => v !== null && set('volumeSd', v)} />
        <NumberField label={t('scenarios.mc.recoverySd')} unit="%" percent value={form.recoverySd} onValue={(v) => v !== null && set('recoverySd', v)} />
      </div>
      <FxFields project={project} form={form} onChange={onChange} />
      {project.products.length > 1 && (
        <details className="overrides">
          <summary>{t('scenarios.mc.perProduct')}</summary>
          <div className="analysis-form">
            {project.products.map((p) => (
              <NumberField
                key={p.id} label={t('scenarios.mc.productVolatility', { name: p.name })} unit={perYear} percent allowEmpty placeholder={String(Number(form.volatility) * 100)} value={ownValue(form.perProduct, p.id) ?? null}
                onValue={(v) => { const n = nullRecord(Object.entries(form.perProduct)); if (v === null) delete n[p.id]; else n[p.id] = v; set('perProduct', n) }}
              />
            ))}
          </div>
          <table className="corr-matrix" aria-label={t('scenarios.mc.matrix')}>
            <thead>
              <tr>
                <th />
                {project.products.map((p) => <th key={p.id} scope="col">{p.name}</th>)}
              </tr>
            </thead>
            <tbody>
              {project.products.map((p, i) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  {project.products.map((q, j) => (
                    <td key={q.id}>
                      <input
                        className="input input-sm input-number" aria-label={t('scenarios.mc.correlation', { a: p.name, b: q.name })} disabled={i === j}
                        value={form.correlation[i]![j]!} onChange={(e) => setCorr(i, j, e.target.value)} inputMode="decimal"
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  )
}

/** FX as a random driver: one volatility per non-USD currency of the project, the FX–price and INR–JPY correlations. */
function FxFields({ project, form, onChange }: { project: Project; form: McForm; onChange: (f: McForm) => void }) {
  const currencies = fxCurrencies(project)
  const t = useT()
  if (currencies.length === 0) return null
  const set = <K extends keyof McForm>(k: K, v: McForm[K]) => onChange({ ...form, [k]: v })
  return (
    <div className="analysis-form" data-testid="mc-fx">
      <label className="check">
        <input type="checkbox" checked={form.fxOn} onChange={(e) => set('fxOn', e.target.checked)} data-testid="mc-fx-on" />
        <span>{t('scenarios.mc.fxOn')}</span>
      </label>
      {form.fxOn && (
        <>
          {currencies.map((c) => (
            <NumberField
              key={c} label={t('scenarios.mc.fxVolatility', { currency: c })} unit={t('scenarios.unit.perYear')} percent value={form.fxVolatility[c] ?? '0.1'} hint={t('scenarios.mc.fxVolatilityHint')}
              onValue={(v) => v !== null && set('fxVolatility', { ...form.fxVolatility, [c]: v })}
            />
          ))}
          <NumberField
            label={t('scenarios.mc.fxPrice')} value={form.fxPriceCorrelation} hint={t('scenarios.mc.fxPriceHint', { currencies: currencies.join('/') })}
            onValue={(v) => v !== null && set('fxPriceCorrelation', v)}
          />
          {currencies.length > 1 && <NumberField label={t('scenarios.mc.fxCurrency')} value={form.fxCurrencyCorrelation} onValue={(v) => v !== null && set('fxCurrencyCorrelation', v)} />}
        </>
      )}
    </div>
  )
}
