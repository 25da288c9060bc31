import type { BATTERY_CHEMISTRIES, BATTERY_FORMS } from '../model/feedstock'

export type BatteryChemistry = (typeof BATTERY_CHEMISTRIES)[number]
export type BatteryForm = (typeof BATTERY_FORMS)[number]
