/** Feed volumes, contained and recovered metal per stream, and product output (methodology §2). */
import { isPgm } from '@shared/model'
import type { Metal } from '@shared/model'
import type { PeriodCtx, SheetBuilder } from '../grid'
import { capacityAvailableExcel, cutFactorExcel } from '@shared/rules/capacity-cut'
import { type ModelCtx, K, N, streamMetals } from './context'
import { capacityName, capacityScope } from './inputs-plant'
import { SCN } from './scenarios'

/** A stream's recovery in the case in view: the scenario multiplier on top, capped at 100 % (engine/feedstock.ts). */
const recovery = (i: number, m: Metal) => `MIN(1,${N.stream(i, `Rec_${m}`)}*${SCN.recovery})`

export function writeOperations(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  const capacities = p.plant?.capacities ?? []
  const routeCap = (i: number) => capacities.findIndex((c) => c.routeId !== null && c.routeId === p.feedstock[i]!.routeId)
  const plantCap = capacities.findIndex((c) => c.routeId === null)
  /** The capacities cutting stream i: its route's first, then the whole plant's (engine/capacity.ts). */
  const cutsOf = (i: number) => [routeCap(i), plantCap].filter((k) => k >= 0)
  sh.header('Operations', 'Feed quantities, contained and recovered metal, product output')
  p.feedstock.forEach((s, i) => {
    sh.section(`Stream ${i + 1}: ${s.name}`)
    const ramp = N.stream(i, 'Ramp')
    const own = (c: PeriodCtx) => sh.book.nth(ramp, `MIN(${c.at('opYear')},COUNT(${ramp}))`)
    // A scenario's ramp-up replaces every stream's (its last year repeats), as in the engine.
    const override = (c: PeriodCtx) => `IF(${SCN.rampLen}>0,INDEX(ScnTab_Ramp,MAX(1,MIN(${c.at('opYear')},${SCN.rampLen})),Scenario_Index),${own(c)})`
    sh.calc(`s${i}.ramp`, 'Ramp-up factor (the scenario\'s override, else the stream\'s)', 'x', (c) => `IF(${c.at('op')}=1,${ctx.scenarios.some((x) => x.scenario?.rampUp) ? override(c) : own(c)},0)`, { style: 'factor' })
    const qUnit = s.kind === 'catalyst' ? 'units' : 't'
    const offered = (c: PeriodCtx) => `${N.stream(i, 'Qty')}*${SCN.volume}*${c.at(`s${i}.ramp`)}*Period_Months/Months_Per_Year`
    const cuts = cutsOf(i)
    if (cuts.length === 0) sh.calc(K.streamQty(i), 'Feed quantity = nameplate × volume multiplier × ramp-up', qUnit, offered, { total: 'sum', style: 'quantity' })
    else {
      // A capacity serves this stream (methodology §13): the feed offered is cut pro rata; what is cut is not bought.
      sh.calc(`s${i}.offered`, 'Feed offered = nameplate × volume multiplier × ramp-up', qUnit, offered, { total: 'sum', style: 'quantity' })
      sh.calc(`s${i}.offeredT`, 'Tonnes of input offered', 't', (c) => s.kind === 'catalyst' ? `${c.at(`s${i}.offered`)}*${N.stream(i, 'MassKg')}/Kilograms_Per_Tonne` : c.at(`s${i}.offered`), { total: 'sum', style: 'quantity' })
      sh.calc(`s${i}.cut`, 'Share processed = product of the cut factors of the capacities serving it', 'x', (c) => cuts.map((k) => c.at(`cap${k}.factor`)).join('*'), { style: 'factor' })
      sh.calc(K.streamQty(i), 'Feed processed = offered × share processed', qUnit, (c) => `${c.at(`s${i}.offered`)}*${c.at(`s${i}.cut`)}`, { total: 'sum', style: 'quantity' })
    }
    if (s.kind === 'catalyst') {
      sh.calc(K.streamTonnes(i), 'Input tonnes', 't', (c) => `${c.at(K.streamQty(i))}*${N.stream(i, 'MassKg')}/Kilograms_Per_Tonne`, { total: 'sum', style: 'quantity' })
      for (const m of streamMetals('catalyst')) {
        sh.calc(K.streamContained(i, m), `Contained ${m}`, 'g', (c) => `${c.at(K.streamQty(i))}*${N.stream(i, `Load_${m}`)}`, { total: 'sum', style: 'quantity' })
        sh.calc(K.streamRecovered(i, m), `Recovered ${m} = contained × MIN(100 %, recovery × multiplier)`, 'g', (c) => `${c.at(K.streamContained(i, m))}*${recovery(i, m)}`, { total: 'sum', style: 'quantity' })
      }
    } else {
      sh.calc(K.streamTonnes(i), 'Input tonnes', 't', (c) => c.at(K.streamQty(i)), { total: 'sum', style: 'quantity' })
      sh.calc(`s${i}.bm`, 'Black mass', 't', (c) => `${c.at(K.streamQty(i))}*${N.stream(i, 'BMYield')}`, { total: 'sum', style: 'quantity' })
      for (const m of streamMetals('battery')) {
        sh.calc(K.streamContained(i, m), `Contained ${m}`, 't', (c) => `${c.at(`s${i}.bm`)}*${N.stream(i, `Grade_${m}`)}`, { total: 'sum', style: 'quantity' })
        sh.calc(K.streamRecovered(i, m), `Recovered ${m} = contained × MIN(100 %, recovery × multiplier)`, 't', (c) => `${c.at(K.streamContained(i, m))}*${recovery(i, m)}`, { total: 'sum', style: 'quantity' })
      }
    }
  })
  if (capacities.length > 0) writeCapacity(ctx, sh, routeCap)
  sh.section('Product output')
  p.products.forEach((prod, pi) => {
    const streams = p.feedstock.map((s, i) => ({ s, i })).filter(({ s }) => streamMetals(s.kind).includes(prod.metal))
    const unit = isPgm(prod.metal) ? 'toz' : 't product'
    sh.calc(K.productOutput(pi), `${prod.name} output`, unit, (c) => {
      if (streams.length === 0) return `0*${c.at('op')}`
      const recovered = streams.map(({ i }) => c.at(K.streamRecovered(i, prod.metal))).join('+')
      return isPgm(prod.metal) ? `(${recovered})/Grams_Per_Toz` : `(${recovered})*${N.product(pi, 'Factor')}`
    }, { total: 'sum', style: 'quantity' })
  })
}

/** Plant capacity (methodology §13): available tonnes, feed offered, the pro rata cut factor and what was processed. */
function writeCapacity(ctx: ModelCtx, sh: SheetBuilder, routeCap: (i: number) => number) {
  const p = ctx.project
  const capacities = p.plant!.capacities
  const all = p.feedstock.map((_, i) => i)
  const sum = (c: PeriodCtx, members: readonly number[], term: (i: number) => string) => (members.length ? members.map(term).join('+') : `0*${c.at('op')}`)
  sh.section('Plant capacity (feed above capacity × availability is cut pro rata, routes first, then the whole plant)')
  capacities.forEach((cap, k) => {
    const members = cap.routeId === null ? all : all.filter((i) => p.feedstock[i]!.routeId === cap.routeId)
    sh.note(`Capacity ${k + 1}: ${capacityScope(p, cap.routeId)}`)
    sh.calc(`cap${k}.avail`, 'Available = tonnes per year × availability × m/12', 't', (c) => capacityAvailableExcel(c.at('op'), capacityName(k, 'Tonnes'), capacityName(k, 'Avail')), { total: 'sum', style: 'quantity' })
    sh.calc(`cap${k}.offered`, cap.routeId === null ? 'Feed offered (after the route capacities\' cuts)' : 'Feed offered by the streams on the route', 't', (c) => sum(c, members, (i) => {
      const r = routeCap(i)
      return cap.routeId === null && r >= 0 ? `${c.at(`s${i}.offeredT`)}*${c.at(`cap${r}.factor`)}` : c.at(`s${i}.offeredT`)
    }), { total: 'sum', style: 'quantity' })
    sh.calc(`cap${k}.factor`, 'Cut factor = IF(offered > available, available / offered, 1)', 'x', (c) => cutFactorExcel(c.at(`cap${k}.offered`), c.at(`cap${k}.avail`)), { style: 'factor' })
    sh.calc(`cap${k}.processed`, 'Processed (input tonnes of the streams it serves, after every cut)', 't', (c) => sum(c, members, (i) => c.at(K.streamTonnes(i))), { total: 'sum', style: 'quantity' })
  })
  const served = all.filter((i) => capacities.some((cap) => cap.routeId === null || cap.routeId === p.feedstock[i]!.routeId))
  sh.calc('processedT', 'Tonnes of input processed (all streams)', 't', (c) => sum(c, all, (i) => c.at(K.streamTonnes(i))), { total: 'sum', style: 'quantity' })
  sh.calc('unprocessedT', 'Tonnes offered above capacity: not processed, not bought', 't', (c) => sum(c, served, (i) => `${c.at(`s${i}.offeredT`)}-${c.at(K.streamTonnes(i))}`), { total: 'sum', style: 'quantity' })
  // Utilisation of the whole plant when it has a capacity, else of the route capacities pooled (engine/capacity.ts).
  const headline = capacities.some((cap) => cap.routeId === null) ? capacities.flatMap((cap, k) => (cap.routeId === null ? [k] : [])) : capacities.map((_, k) => k)
  sh.calc('capUtil', 'Capacity utilisation = processed / available (whole plant, else the route capacities pooled)', '%', (c) => {
    const avail = headline.map((k) => c.at(`cap${k}.avail`)).join('+')
    return `IF(AND(${c.at('op')}=1,${avail}>0),(${headline.map((k) => c.at(`cap${k}.processed`)).join('+')})/(${avail}),"")`
  }, { style: 'pct' })
}
