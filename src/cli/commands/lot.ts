import { Decimal } from '@shared/decimal'
import { parseLotFile, valueLot, lotValuationToJson, MINOR_UNITS, type LotValuation } from '@shared/lot'
import type { BlackMassLotValuation } from '@shared/lot/black-mass-lot'
import type { CatalystLotValuation } from '@shared/lot/catalyst-lot'
import { amount, percent, quantity, table } from '../text'
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseArgs, parseJsonSafely, readTextFile, type Output } from '../io'
import { LOT_USAGE } from './usages'
export { LOT_USAGE }


/**
 * `lot FILE [--json]`: value a catalyst or black-mass lot file. Prints a settlement table, or with
 * `--json` every intermediate at full precision plus the rounded `settlement` block.
 */
export async function lotCommand(args: string[], out: Output): Promise<number> {
  const parsed = parseArgs(args, ['--json'])
  if (!parsed.ok) return usage(out, parsed.message)
  if (parsed.positionals.length !== 1) return usage(out, parsed.positionals.length === 0 ? 'missing FILE' : 'expects exactly one FILE')
  const file = parsed.positionals[0]!
  const read = await readTextFile(file)
  if (!read.ok) {
    out.stderr(`${read.message}\n`)
    return EXIT_PROBLEMS
  }
  const json = parseJsonSafely(read.text)
  if (!json.ok) {
    out.stdout(`${json.path}: ${json.message}\n`)
    return EXIT_PROBLEMS
  }
  const lot = parseLotFile(json.value)
  if (!lot.ok) {
    for (const i of lot.issues) out.stdout(`${i.path}: ${i.message}\n`)
    out.stderr(`${file}: ${lot.issues.length} problem${lot.issues.length === 1 ? '' : 's'}\n`)
    return EXIT_PROBLEMS
  }
  const valuation = valueLot(lot.value)
  if (parsed.flags.has('--json')) {
    out.stdout(JSON.stringify({ lot: { id: lot.value.id, name: lot.value.name, kind: lot.value.kind, pricingDate: lot.value.pricingDate }, valuation: lotValuationToJson(valuation) }, null, 2) + '\n')
    return EXIT_OK
  }
  out.stdout(`${lot.value.name}\n${lot.value.kind}, ${valuation.currency}, pricing date ${lot.value.pricingDate}\n\n`)
  out.stdout(renderTable(valuation))
  return EXIT_OK
}

function renderTable(v: LotValuation): string {
  return v.kind === 'catalyst-lot' ? catalystTable(v) : blackMassTable(v)
}

function catalystTable(v: CatalystLotValuation): string {
  const dp = MINOR_UNITS[v.currency]
  const money = (x: Decimal) => amount(x, v.currency, dp)
  const weights = `Net wet ${quantity(v.netWetKg)} kg, moisture ${percent(v.moistureFraction)}, net dry ${quantity(v.netDryKg)} kg\n\n`
  const metals = table([
    ['Metal', 'ppm', 'Return', 'Contained toz', 'Payable toz', `Price/toz`, 'Gross', 'RC/toz', 'Refining charge'],
    ...v.metals.map((m, i) => [
      m.metal, m.ppm.toFixed(), percent(m.returnFraction), amount(m.containedToz, v.currency, 3), amount(m.payableToz, v.currency, 3),
      money(m.pricePerToz), money(v.settlement.metals[i]!.grossValue), money(m.refiningChargePerToz), money(v.settlement.metals[i]!.refiningCharge)
    ])
  ])
  const s = v.settlement
  const totals = table([
    ['Gross value', money(s.grossValue)],
    ['Refining charges', money(s.refiningCharges)],
    ['Treatment charge', money(s.treatmentCharge)],
    ['Lot charges', money(s.lotCharges)],
    ['Financing cost', money(s.financingCost)],
    [`Net settlement (${v.currency})`, money(s.net)]
  ])
  const note = `\nCharges are negative. Lines are rounded half-up to ${dp} decimals for display; the net is the exact sum rounded once.\n`
  return weights + metals + '\n' + totals + note
}

function blackMassTable(v: BlackMassLotValuation): string {
  const dp = MINOR_UNITS[v.currency]
  const money = (x: Decimal) => amount(x, v.currency, dp)
  const lines = table([
    ['Metal', 'Grade', 'Index price/t', 'Contained value/t', 'Payable', 'Payable value/t'],
    ...v.lines.map((l, i) => [
      l.metal === 'Li' ? 'Li (as LCE)' : l.metal, percent(l.grade), money(l.indexPricePerTonne), money(l.containedValuePerTonne),
      percent(l.payableFraction), money(v.settlement.lines[i]!.payableValuePerTonne)
    ])
  ])
  const s = v.settlement
  const totals = table([
    ['Value per dry t', money(s.valuePerTonne)],
    ['Dry tonnes', quantity(v.dryTonnes)],
    ['Gross value', money(s.grossValue)],
    ['Lot charges', money(s.lotCharges)],
    [`Net (${v.currency})`, money(s.net)]
  ])
  const eq = v.equivalent
  const equivalent =
    eq === null
      ? ''
      : eq.convention === 'li-inclusive'
        ? `\nPayables convention ${v.convention}; the same value Li-inclusive: Ni ${percent(new Decimal(eq.nickel), 2)}, Co ${percent(new Decimal(eq.cobalt), 2)}.\n`
        : `\nPayables convention ${v.convention}.\n`
  return lines + '\n' + totals + equivalent
}

function usage(out: Output, message: string): number {
  out.stderr(`lot: ${message}\nusage: ${LOT_USAGE}\n`)
  return EXIT_USAGE
}
