import { useEffect, useState } from 'react'
import { Button, Dialog } from '@renderer/ui'
import { addProject } from './file-actions'
import { loadSamples, sampleStem, type Sample } from './samples'
import { useT } from '@renderer/i18n'
import { useAppStore } from '@renderer/store'
import { sampleWords } from './sample-words'

/** Pick one of the bundled sample projects; it is added as a new project and opened on Results. */
export function SampleDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [samples, setSamples] = useState<Sample[] | null>(null)
  const [problems, setProblems] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const t = useT()
  const locale = useAppStore((s) => s.locale)

  useEffect(() => {
    if (!open || samples) return
    void loadSamples(locale).then((r) => {
      setSamples(r.samples)
      setProblems(r.problems)
    })
  }, [open, samples, locale])

  const pick = async (s: Sample) => {
    setBusy(true)
    const id = await addProject(s.doc, undefined, t('filecmd.samples.fileName'))
    setBusy(false)
    if (id) onClose()
  }

  return (
    <Dialog open={open} title={t('filecmd.samples.title')} onClose={onClose} width={560} description={t('filecmd.samples.description')} footer={<Button onClick={onClose}>{t('filecmd.samples.close')}</Button>}>
      {!samples ? (
        <p className="loading">{t('filecmd.samples.loading')}</p>
      ) : samples.length === 0 ? (
        <p>{t('filecmd.samples.none')}</p>
      ) : (
        <ul className="sample-list">
          {samples.map((s) => {
            const words = sampleWords(t, sampleStem(s.file), s.doc)
            return (
            <li key={s.file}>
              <button type="button" className="sample-item" disabled={busy} onClick={() => void pick(s)} data-testid={`sample-${sampleStem(s.file)}`}>
                <span className="sample-name">{words.name}</span>
                <span className="sample-meta">
                  {t('filecmd.samples.meta', { currency: s.doc.reportingCurrency, count: s.doc.feedstock.length, years: s.doc.timeline.operatingYears })}
                </span>
                {words.description && <span className="sample-description">{words.description}</span>}
              </button>
            </li>
            )
          })}
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
