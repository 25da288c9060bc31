import type { DecimalString } from '@shared/decimal'
import { productUnitOf, type Project } from '@shared/model'
import { editedThresholds, lenderThresholds, presetChoices, presetName } from '@shared/format/lender-thresholds'
import { lenderForProject, lenderPresets } from '@shared/reference/accessors'
import type { ReviewCase } from '@shared/review'
import { fxCurrencies } from '@shared/analysis/drivers'
import { Button, NumberField, Select } from '@renderer/ui'
import { useT } from '@renderer/i18n'
import { useAppStore } from '@renderer/store'
import type { Locale } from '@shared/i18n'
import type { Translate } from '../results/translate'

type Props = { project: Project; value: ReviewCase; onChange: (next: ReviewCase) => void }

const firstOperatingYear = (p: Project) => Number(p.timeline.startDate.slice(0, 4)) + Math.floor(p.timeline.constructionMonths / 12)

/** A deck of flat prices (no escalation) seeded from the project's active deck in the first operating year. */
function ownDeck(project: Project): NonNullable<ReviewCase['priceDeck']> {
  const active = project.prices.decks.find((d) => d.id === project.prices.activeDeckId) ?? project.prices.decks[0]!
  const year = firstOperatingYear(project)
  return {
    id: 'review-deck', name: 'Reviewer deck', currency: active.currency, source: 'Reviewer’s price deck', asOf: new Date().toISOString().slice(0, 10),
    prices: project.products.map((p) => {
      const src = active.prices.find((x) => x.productId === p.id)
      const base = !src ? '0' : src.mode === 'escalating' ? src.basePricePerUnit : (src.points.find((pt) => pt.year >= year) ?? src.points.at(-1)!).price
      return { productId: p.id, mode: 'escalating' as const, basePricePerUnit: base, baseYear: year, escalation: '0' }
    })
  }
}

/** The financier's case: price deck, haircuts, delay, lender thresholds, debt held or re-sized. */
export function ReviewCaseForm({ project, value, onChange }: Props) {
  const t = useT()
  const set = (patch: Partial<ReviewCase>) => onChange({ ...value, ...patch })
  const pct = (label: string, key: 'priceHaircut' | 'recoveryHaircut' | 'volumeHaircut' | 'capexOverrun', hint?: string) => (
    <NumberField label={label} percent unit="%" value={value[key] as DecimalString} hint={hint} onValue={(v) => v !== null && set({ [key]: v })} />
  )
  // An edited threshold keeps the preset it came from, so the picker can say "JBIC-style, edited" and offer a reset (#17).
  const setThreshold = (key: 'minDscr' | 'lockupDscr' | 'minLlcr' | 'maxGearing' | 'minBankableCoverage', v: DecimalString) => set({ lender: { ...value.lender, [key]: v } })
  const lender = (key: 'minDscr' | 'lockupDscr' | 'minLlcr', label: string) => <NumberField label={label} unit="x" value={value.lender[key] as DecimalString} onValue={(v) => v !== null && setThreshold(key, v)} />
  const locale = useAppStore((s) => s.locale)
  const picker = thresholdPicker(project, value.lender, t, locale)
  const deck = value.priceDeck
  return (
    <div className="review-case">
      <div className="review-grid">
        <Select
          label={t('review.form.deck')}
          value={deck ? 'own' : 'project'}
          options={[{ value: 'project', label: t('review.form.projectDeck') }, { value: 'own', label: t('review.form.ownDeck') }]}
          onChange={(v) => set({ priceDeck: v === 'own' ? ownDeck(project) : null })}
        />
        {pct(t('review.form.priceHaircut'), 'priceHaircut', t('review.form.priceHaircutHint'))}
        {pct(t('review.form.recoveryHaircut'), 'recoveryHaircut')}
        {pct(t('review.form.volumeHaircut'), 'volumeHaircut')}
        {pct(t('review.form.capexOverrun'), 'capexOverrun')}
        <NumberField label={t('review.form.delay')} unit={t('review.form.months')} value={String(value.delayMonths) as DecimalString} onValue={(v) => v !== null && /^\d+$/.test(v) && Number(v) <= 60 && set({ delayMonths: Number(v) })} />
      </div>
      <FxStress project={project} value={value} onChange={onChange} />
      {deck && (
        <div className="review-grid">
          {deck.prices.map((pp, i) => {
            const product = project.products.find((p) => p.id === pp.productId)
            return pp.mode === 'escalating' ? (
              <NumberField
                key={pp.productId}
                label={t('review.form.productPrice', { name: product?.name ?? pp.productId })}
                unit={`${deck.currency}/${product ? productUnitOf(product.metal) : 't'}`}
                value={pp.basePricePerUnit as DecimalString}
                onValue={(v) => v !== null && set({ priceDeck: { ...deck, prices: deck.prices.map((x, k) => (k === i && x.mode === 'escalating' ? { ...x, basePricePerUnit: v } : x)) } })}
              />
            ) : null
          })}
        </div>
      )}
      <div className="review-grid">
        <div className="review-threshold-picker">
          <Select label={t('review.form.thresholds')} value={picker.value} options={picker.options} onChange={(id) => id !== OWN && set({ lender: id === PROJECT ? { ...project.lender } : (lenderForProject(id) ?? value.lender) })} />
          {picker.reset && (
            <Button size="sm" onClick={() => set({ lender: lenderForProject(picker.reset!.presetId) ?? value.lender })} title={t('review.form.resetTitle', { preset: picker.reset.presetName })}>
              {t('review.form.reset', { name: picker.reset.shortName })}
            </Button>
          )}
        </div>
        {lender('minDscr', t('review.form.covenant'))}
        {lender('lockupDscr', t('review.form.lockup'))}
        {lender('minLlcr', t('review.form.minLlcr'))}
        <NumberField label={t('review.form.maxGearing')} percent unit="%" value={value.lender.maxGearing as DecimalString} onValue={(v) => v !== null && setThreshold('maxGearing', v)} />
        <NumberField label={t('review.form.bankable')} percent unit="%" value={value.lender.minBankableCoverage as DecimalString} onValue={(v) => v !== null && setThreshold('minBankableCoverage', v)} />
        <label className="checkbox">
          <input type="checkbox" checked={value.resizeDebt} onChange={(e) => set({ resizeDebt: e.target.checked })} /> {t('review.form.resize')}
        </label>
      </div>
    </div>
  )
}

const PROJECT = '__project__'
const OWN = '__own__'

/**
 * The reviewer's threshold choices, named as a person says them: the project's own thresholds (as the
 * recycler set them), a preset, or a preset edited ("JBIC-style, edited", with a reset) — the same
 * preset options as Financing's picker (`presetChoices`). Editing a threshold keeps the preset it came
 * from; "My own thresholds" only names thresholds that follow no preset (it is not a choice that
 * would drop the preset and leave its values unnamed).
 */
function thresholdPicker(project: Project, lender: Project['lender'], t: Translate, locale: Locale) {
  const presets = presetChoices(lender, locale)
  const isProject = (lender.presetId ?? null) === (project.lender.presetId ?? null) && editedThresholds(lender, project.lender).length === 0
  const value = isProject ? PROJECT : (presets.selected ?? OWN)
  const options = [
    { value: PROJECT, label: t('review.form.projectThresholds', { name: lenderThresholds(project.lender, locale).name }) },
    // While the project's own thresholds are chosen (an edited preset, perhaps), picking a preset
    // means the preset as it comes: its option carries its plain name.
    ...(isProject ? lenderPresets().map((p) => ({ value: p.id, label: presetName(p, locale) })) : presets.options),
    ...(value === OWN ? [{ value: OWN, label: t('review.form.ownThresholds') }] : [])
  ]
  return { value, options, reset: isProject ? null : presets.reset }
}

/**
 * FX stress on the review case, shown when some amount is in INR or JPY: a multiplier on every FX rate and
 * an annual depreciation from financial close. Empty = none (the key is left out, so a review without FX
 * stress is the file it always was). Debt is held in each tranche's currency, so an unhedged foreign
 * tranche's service moves; a hedged one's does not.
 */
function FxStress({ project, value, onChange }: Props) {
  const currencies = fxCurrencies(project)
  const t = useT()
  if (currencies.length === 0) return null
  const names = currencies.join('/')
  const setOptional = (key: 'fxMultiplier' | 'fxDepreciationPerYear', v: DecimalString | null) => {
    const next = { ...value }
    if (v === null) delete next[key]
    else next[key] = v
    onChange(next)
  }
  return (
    <div className="review-grid" data-testid="review-fx">
      <NumberField
        label={t('review.form.fxMultiplier')} unit={t('review.form.fxUnit', { names })} allowEmpty placeholder="1" value={(value.fxMultiplier ?? null) as DecimalString | null}
        hint={t('review.form.fxHint', { names })} onValue={(v) => setOptional('fxMultiplier', v)}
      />
      <NumberField
        label={t('review.form.depreciation', { names })} unit={t('review.form.perYear')} percent allowEmpty placeholder="0" value={(value.fxDepreciationPerYear ?? null) as DecimalString | null}
        hint={t('review.form.depreciationHint')} onValue={(v) => setOptional('fxDepreciationPerYear', v)}
      />
    </div>
  )
}
