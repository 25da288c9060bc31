import { mergeCatalogs } from '../merge'
import { costsEn, costsJa } from './costs'
import { editorsEn, editorsJa } from './editors'
import { feedstockEn, feedstockJa } from './feedstock'
import { financingEn, financingJa } from './financing'
import { offtakeEn, offtakeJa } from './offtake'
import { pricesEn, pricesJa } from './prices'
import { recoveryEn, recoveryJa } from './recovery'
import { sectionsEn, sectionsJa } from './sections'

/**
 * The input sections' areas (Feedstock to Financing, their shared editors and the section registry),
 * joined here so the catalogs register them in one line each.
 */
export const inputsEn = mergeCatalogs(editorsEn, sectionsEn, feedstockEn, recoveryEn, pricesEn, offtakeEn, costsEn, financingEn)
export const inputsJa = mergeCatalogs(editorsJa, sectionsJa, feedstockJa, recoveryJa, pricesJa, offtakeJa, costsJa, financingJa)
