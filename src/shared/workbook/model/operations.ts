/** Feed volumes, contained and recovered metal per stream, and product output (methodology §2). */
import { isPgm } from '@shared/model'
import type { Metal } from '@shared/model'
import type { PeriodCtx, SheetBuilder } from '../grid'
import { type ModelCtx, K, N, streamMetals } from './context'
import { SCN } from './scenarios'

/** A stream's recovery in the case in view: the scenario multiplier on top, capped at 100 % (engine/feedstock.ts). */
const recovery = (i: number, m: Metal) => `MIN(1,${N.stream(i, `Rec_${m}`)}*${SCN.recovery})`

export function writeOperations(ctx: ModelCtx, sh: SheetBuilder) {
  const p = ctx.project
  sh.header('Operations', 'Feed quantities, contained and recovered metal, product output')
  p.feedstock.forEach((s, i) => {
    sh.section(`Stream ${i + 1}: ${s.name}`)
    const ramp = N.stream(i, 'Ramp')
    const own = (c: PeriodCtx) => sh.book.nth(ramp, `MIN(${c.at('opYear')},COUNT(${ramp}))`)
    // A scenario's ramp-up replaces every stream's (its last year repeats), as in the engine.
    const override = (c: PeriodCtx) => `IF(${SCN.rampLen}>0,INDEX(ScnTab_Ramp,MAX(1,MIN(${c.at('opYear')},${SCN.rampLen})),Scenario_Index),${own(c)})`
    sh.calc(`s${i}.ramp`, 'Ramp-up factor (the scenario\'s override, else the stream\'s)', 'x', (c) => `IF(${c.at('op')}=1,${ctx.scenarios.some((x) => x.scenario?.rampUp) ? override(c) : own(c)},0)`, { style: 'factor' })
    const qUnit = s.kind === 'catalyst' ? 'units' : 't'
    sh.calc(K.streamQty(i), 'Feed quantity = nameplate × volume multiplier × ramp-up', qUnit, (c) => `${N.stream(i, 'Qty')}*${SCN.volume}*${c.at(`s${i}.ramp`)}*Period_Months/Months_Per_Year`, { total: 'sum', style: 'quantity' })
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
