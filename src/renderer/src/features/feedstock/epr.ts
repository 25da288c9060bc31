import type { Epr, Project } from '@shared/model'
import { operatingWindow } from '../offtake/contract-defaults'

/**
 * A new EPR block (methodology §13): from COD, in INR when the project has an INR rate (else the
 * reporting currency), no metal eligible and a price of 0 — so adding it moves no figure until the user
 * says which metals earn certificates and at what (assumed) price.
 */
export function newEpr(doc: Project): Epr {
  const { cod } = operatingWindow(doc)
  const inr = doc.reportingCurrency === 'INR' || doc.fx.rates.some((r) => r.currency === 'INR')
  return {
    activeFrom: cod,
    kgPerTonneRecovered: {},
    currency: inr ? 'INR' : doc.reportingCurrency,
    pricePerKg: [{ year: Number(cod.slice(0, 4)), pricePerKg: '0' }],
    source: 'Assumption: no public EPR certificate price series (CPCB portal trades are not published)'
  }
}
