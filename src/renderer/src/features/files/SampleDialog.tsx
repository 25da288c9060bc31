import { useEffect, useState } from 'react'
import { Button, Dialog } from '@renderer/ui'
import { addProject } from './file-actions'
import { loadSamples, type Sample } from './samples'

/** Pick one of the bundled sample projects; it is added as a new project and opened on Results. */
export function SampleDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [samples, setSamples] = useState<Sample[] | null>(null)
  const [problems, setProblems] = useState<string[]>([])
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!open || samples) return
    void loadSamples().then((r) => {
      setSamples(r.samples)
      setProblems(r.problems)
    })
  }, [open, samples])

  const pick = async (s: Sample) => {
    setBusy(true)
    const id = await addProject(s.doc, undefined, 'The bundled sample')
    setBusy(false)
    if (id) onClose()
  }

  return (
    <Dialog open={open} title="Open a sample project" onClose={onClose} width={560} description="Each sample is added to your projects as a new project you can change freely." footer={<Button onClick={onClose}>Close</Button>}>
      {!samples ? (
        <p className="loading">Loading samples…</p>
      ) : samples.length === 0 ? (
        <p>No sample projects are bundled with this build.</p>
      ) : (
        <ul className="sample-list">
          {samples.map((s) => (
            <li key={s.file}>
              <button type="button" className="sample-item" disabled={busy} onClick={() => void pick(s)} data-testid={`sample-${s.file.replace(/\.json$/, '')}`}>
                <span className="sample-name">{s.doc.name}</span>
                <span className="sample-meta">
                  {s.doc.reportingCurrency} · {s.doc.feedstock.length} feedstock stream{s.doc.feedstock.length === 1 ? '' : 's'} · {s.doc.timeline.operatingYears} years
                </span>
                {s.doc.description && <span className="sample-description">{s.doc.description}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {problems.map((p) => (
        <p key={p} className="field-error">
          {p}
        </p>
      ))}
    </Dialog>
  )
}
