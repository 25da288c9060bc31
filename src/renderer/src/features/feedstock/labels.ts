import type { BATTERY_FORMS } from '@shared/model'

export const BATTERY_FORM_LABEL: Record<(typeof BATTERY_FORMS)[number], string> = { pack: 'Packs', module: 'Modules', cell: 'Cells', blackMass: 'Black mass' }

export const quantityUnit = (kind: 'catalyst' | 'battery'): string => (kind === 'catalyst' ? 'units/yr' : 't/yr')
export const perQuantityUnit = (kind: 'catalyst' | 'battery', currency: string): string => (kind === 'catalyst' ? `${currency}/unit` : `${currency}/t`)
