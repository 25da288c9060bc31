import type { Decimal } from '../decimal'

/** Cash flow available for debt service (methodology §6): EBITDA − tax − ΔWC − maintenance capex. */
export const cfadsOf = (ebitda: Decimal, tax: Decimal, deltaWorkingCapital: Decimal, maintenanceCapex: Decimal): Decimal =>
  ebitda.minus(tax).minus(deltaWorkingCapital).minus(maintenanceCapex)
