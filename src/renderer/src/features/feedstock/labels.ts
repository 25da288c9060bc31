import type { BATTERY_FORMS } from '@shared/model'
import type { Translate } from '../editors/translate'

type BatteryForm = (typeof BATTERY_FORMS)[number]

/** A battery form's name as a choice ("Black mass") and inside a phrase ("NMC622 black mass"). */
export const batteryFormLabel = (t: Translate, form: BatteryForm): string => t(`feedstock.form.${form}`)
export const batteryKindLabel = (t: Translate, chemistry: string, form: BatteryForm): string => t('feedstock.batteryKind', { chemistry, form: t(`feedstock.formLower.${form}`) })

/** The English names, kept for the reference-library text stored in files (stream-defaults.ts). */
export const BATTERY_FORM_LABEL: Record<BatteryForm, string> = { pack: 'Packs', module: 'Modules', cell: 'Cells', blackMass: 'Black mass' }

export const quantityUnit = (t: Translate, kind: 'catalyst' | 'battery'): string => (kind === 'catalyst' ? t('feedstock.unit.unitsPerYear') : t('feedstock.unit.tPerYear'))
export const perQuantityUnit = (t: Translate, kind: 'catalyst' | 'battery', currency: string): string => (kind === 'catalyst' ? t('feedstock.unit.perUnit', { currency }) : t('feedstock.unit.perT', { currency }))
