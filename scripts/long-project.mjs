// Writes a long copy of a sample project for timing the export: monthly periods, with construction and
// operating years stretched so the model has the asked-for number of periods (at most 120 + 480 = 600).
// usage: node scripts/long-project.mjs PERIODS OUT.json [SAMPLE] (a file name in resources/samples, or a path with a "/"; the PGM sample by default)
import { readFileSync, writeFileSync } from 'node:fs'

const periods = Number(process.argv[2])
const out = process.argv[3]
const sample = process.argv[4] ?? 'pgm-catalyst-recovery.json'
if (!Number.isInteger(periods) || periods < 13 || periods > 600 || !out) {
  console.error('usage: node scripts/long-project.mjs PERIODS(13..600) OUT.json [SAMPLE.json]')
  process.exit(2)
}
// Construction takes a fifth of the periods (1 to 120 months); operations the rest in whole years.
let construction = Math.min(120, Math.max(1, Math.round(periods / 5)))
let years = Math.floor((periods - construction) / 12)
construction = periods - years * 12
while (construction > 120) { years++; construction -= 12 }
if (years < 1 || years > 40 || construction < 1) {
  console.error(`cannot make ${periods} monthly periods`)
  process.exit(2)
}
const p = JSON.parse(readFileSync(sample.includes('/') ? sample : new URL(`../resources/samples/${sample}`, import.meta.url), 'utf8'))
p.timeline = { ...p.timeline, periodMonths: 1, constructionMonths: construction, operatingYears: years }
p.costs.capex.phasing = []
p.financing.tenorYears = Math.max(1, Math.min(p.financing.tenorYears, years - Math.ceil(p.financing.graceMonths / 12)))
writeFileSync(out, `${JSON.stringify(p, null, 2)}\n`)
console.log(`${out}: ${construction} construction + ${years * 12} operating = ${construction + years * 12} periods`)
