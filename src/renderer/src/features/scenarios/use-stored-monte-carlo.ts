import { useEffect, useRef, useState } from 'react'
import type { McResult } from '@shared/analysis/monte-carlo/simulate'
import type { Project } from '@shared/model'
import { projectSha256 } from '@shared/review'
import { getStore, useAppStore } from '@renderer/store'
import { lastResults, recordResult } from './last-results'
import { initialForm, type McForm } from './mc-form'
import { parseStoredMonteCarlo, type StoredMonteCarlo } from './mc-stored'

export type RestoredRun = { result: McResult; computedAt: string; stale: boolean }

/** The stored form fitted to the project as it is now: a correlation matrix of another size (products added or removed) starts again from independent. */
export function fitForm(form: McForm, project: Project): McForm {
  const n = project.products.length
  const fits = form.correlation.length === n && form.correlation.every((row) => row.length === n)
  return fits ? form : { ...form, correlation: initialForm(project).correlation }
}

const SAVE_DELAY_MS = 400

/**
 * The Monte Carlo form and last result, kept with the project: loaded once per project, the form
 * saved shortly after each change, a finished run saved with the fingerprint of the document it ran
 * on. A review copy (a file open for review, not a project here) keeps nothing.
 */
export function useStoredMonteCarlo(doc: Project, finished: McResult | null) {
  const [form, setFormState] = useState<McForm>(() => initialForm(doc))
  const [last, setLast] = useState<RestoredRun | null>(null)
  const reviewCopy = useAppStore((s) => s.workspace?.reviewCopy != null)
  const value = useRef<StoredMonteCarlo | null>(null)
  const loaded = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const projectId = doc.id
  const docRef = useRef(doc)
  docRef.current = doc

  const save = (next: StoredMonteCarlo) => {
    value.current = next
    if (!loaded.current || reviewCopy) return
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => void getStore().getState().saveMonteCarlo(projectId, next), SAVE_DELAY_MS)
  }

  useEffect(() => {
    if (reviewCopy) return
    let live = true
    void getStore()
      .getState()
      .loadMonteCarlo(projectId)
      .then((raw) => {
        if (!live) return
        const stored = parseStoredMonteCarlo(raw)
        loaded.current = true
        if (!stored) return
        const current = docRef.current
        value.current = stored
        setFormState(fitForm(stored.form, current))
        if (stored.last) {
          const stale = stored.last.projectSha256 !== projectSha256(current)
          setLast({ result: stored.last.result, computedAt: stored.last.computedAt, stale })
          // A result of this very document is as good as a fresh one for "Export Excel with analysis".
          if (!stale) recordResult(current, { kind: 'monteCarlo', result: stored.last.result }, new Date(stored.last.computedAt))
        }
      })
    return () => {
      live = false
    }
  }, [projectId, reviewCopy])

  // Flush a pending save when the panel goes (leaving the section within the delay).
  useEffect(
    () => () => {
      if (timer.current && value.current && loaded.current) {
        clearTimeout(timer.current)
        void getStore().getState().saveMonteCarlo(projectId, value.current)
      }
    },
    [projectId]
  )

  useEffect(() => {
    if (!finished) return
    // The document the run described: the one recorded with it (the project may have changed while it ran).
    const ran = lastResults.getState().monteCarlo
    const source = ran && ran.output.kind === 'monteCarlo' && ran.output.result === finished ? ran.project : docRef.current
    const entry = { projectSha256: projectSha256(source), computedAt: new Date().toISOString(), result: finished }
    setLast({ result: finished, computedAt: entry.computedAt, stale: false })
    save({ version: 1, form: value.current?.form ?? form, last: entry })
    // Only a new result saves here; form edits save through setForm.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [finished])

  const setForm = (f: McForm) => {
    setFormState(f)
    save({ version: 1, form: f, ...(value.current?.last ? { last: value.current.last } : {}) })
  }
  return { form, setForm, last }
}
