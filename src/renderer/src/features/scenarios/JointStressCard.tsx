import { useState } from 'react'
import { Card, Select } from '@renderer/ui'
import { exposureDrivers, jointSentence, type JointStress } from '@shared/analysis/exposure'
import { useDoc } from '../editors'
import { RunBar } from './RunBar'
import { useAnalysisJob } from './use-analysis-job'
import { useT } from '@renderer/i18n'
import type { Translate } from '../results/translate'
import { useAppStore } from '@renderer/store'
import { driverIdLabelText } from '@shared/analysis/localized'

const moveText = (m: string) => `${Number(m) > 0 ? '+' : Number(m) < 0 ? '−' : '±'}${Math.abs(Number(m) * 100).toFixed(0)} %`

/** A cell's colour: red below 1.00x, amber below the covenant, green at or above it; stronger the further from the covenant. */
function tone(dscr: number | null, covenant: number): string {
  if (dscr === null) return 'var(--surface-2)'
  const band = dscr < 1 ? 'var(--danger)' : dscr < covenant ? 'var(--warning)' : 'var(--success)'
  const strength = Math.min(60, 18 + Math.abs(dscr - covenant) * 40)
  return `color-mix(in srgb, ${band} ${strength.toFixed(0)}%, var(--surface))`
}

/**
 * Two drivers at once ("Li falls 30 % and INR weakens 10 %") on a 5 × 5 grid of the loan-life minimum
 * DSCR, debt held as sized, run in the analysis worker; a cell picked reads as one plain sentence.
 */
export function JointStressCard() {
  const doc = useDoc()
  const drivers = exposureDrivers(doc)
  const [a, setA] = useState(drivers[0]?.id ?? '')
  const [b, setB] = useState(drivers.find((d) => d.kind === 'fx')?.id ?? drivers[1]?.id ?? '')
  const [picked, setPicked] = useState<[number, number] | null>(null)
  const job = useAnalysisJob('jointStress')
  const t = useT()
  const locale = useAppStore((s) => s.locale)
  // The drivers' names in the reader's language; the analysis keeps its English labels.
  const name = (d: { id: string; label: string }) => driverIdLabelText(d, doc.products, locale)
  const options = drivers.map((d) => ({ value: d.id, label: name(d) }))
  const run = () => {
    setPicked(null)
    job.run({ kind: 'jointStress', project: doc, settings: { a, b } })
  }
  const same = a === b
  return (
    <Card title={t('scenarios.joint.title')}>
      <p className="panel-note">{t('scenarios.joint.note')}</p>
      {drivers.length < 2 ? (
        <p className="panel-empty">{t('scenarios.joint.single', { driver: drivers[0] ? name(drivers[0]) : t('scenarios.joint.none') })}</p>
      ) : (
        <>
          <div className="analysis-form">
            <Select label={t('scenarios.joint.rows')} value={a} onChange={setA} options={options} />
            <Select label={t('scenarios.joint.columns')} value={b} onChange={setB} options={options} error={same ? t('scenarios.joint.same') : undefined} />
          </div>
          <RunBar idleHint state={job.state} label={t('scenarios.joint.run')} onRun={run} onCancel={job.cancel} disabled={same} testId="joint" />
          {job.state.status === 'done' && <HeatMap j={job.state.output.result} picked={picked ?? [0, job.state.output.result.bMoves.length - 1]} onPick={setPicked} t={t} name={name} />}
        </>
      )}
    </Card>
  )
}

function HeatMap({ j, picked, onPick, t, name }: { j: JointStress; picked: [number, number]; onPick: (c: [number, number]) => void; t: Translate; name: (d: { id: string; label: string }) => string }) {
  const covenant = Number(j.covenantDscr)
  return (
    <div className="joint">
      <table className="heat-map" aria-label={t('scenarios.joint.map', { a: name(j.a), b: name(j.b) })}>
        <thead>
          <tr>
            <th scope="col" className="heat-corner">{name(j.a)} ↓ · {name(j.b)} →</th>
            {j.bMoves.map((m) => <th key={m} scope="col">{moveText(m)}</th>)}
          </tr>
        </thead>
        <tbody>
          {j.cells.map((row, i) => (
            <tr key={j.aMoves[i]}>
              <th scope="row">{moveText(j.aMoves[i]!)}</th>
              {row.map((c, k) => {
                const x = c.minDscr === null ? null : Number(c.minDscr)
                const on = picked[0] === i && picked[1] === k
                return (
                  <td key={c.bMove} style={{ background: tone(x, covenant) }} className={on ? 'on' : undefined}>
                    <button type="button" aria-pressed={on} data-testid={`joint-cell-${i}-${k}`} onClick={() => onPick([i, k])}>
                      {x === null ? 'n/a' : `${x.toFixed(2)}x`}
                    </button>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="joint-sentence" role="status" data-testid="joint-sentence">{jointSentence(j, picked[0], picked[1])}</p>
      <p className="panel-note">{t('scenarios.joint.legend', { covenant: covenant.toFixed(2) })}</p>
    </div>
  )
}
