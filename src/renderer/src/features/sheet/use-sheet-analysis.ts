import { useEffect, useRef, useState } from 'react'
import type { ModelResult } from '@shared/engine'
import type { Project } from '@shared/model'
import { SHEET_EXPOSURE_STEP, sheetBreakevensFrom, sheetExposureFrom, sheetTornadoFrom, sheetTornadoSettings, type SheetBreakevens, type SheetExposure, type SheetTornado } from '@shared/sheet'
import { createAnalysisClient, type AnalysisClient } from '@renderer/workers/analysis-client'

export type SheetAnalysis = { tornado: SheetTornado | null; breakevens: SheetBreakevens | null; exposure: SheetExposure | null; running: boolean; error: string | null }

/**
 * Tornado, breakevens and the natural-hedge ledger for the sheet, in the analysis worker (seconds of work must not freeze
 * typing), re-run a moment after the document settles. The sheet shows "not computed" until they land.
 */
export function useSheetAnalysis(doc: Project | null, result: ModelResult | null): SheetAnalysis {
  const client = useRef<AnalysisClient | null>(null)
  const [state, setState] = useState<SheetAnalysis>({ tornado: null, breakevens: null, exposure: null, running: false, error: null })
  useEffect(() => () => client.current?.dispose(), [])
  useEffect(() => {
    if (!doc || !result) return
    let cancelled = false
    const cancels: (() => void)[] = []
    const timer = setTimeout(() => {
      client.current ??= createAnalysisClient()
      setState((s) => ({ ...s, running: true }))
      const t = client.current.run({ kind: 'tornado', project: doc, settings: sheetTornadoSettings(result) }, () => undefined)
      cancels.push(t.cancel)
      void t.result.then((o) => {
        if (cancelled) return
        const out = o.ok ? o.output : null
        if (out?.kind === 'tornado') {
          const tornado = sheetTornadoFrom(out.result)
          setState((s) => ({ ...s, tornado }))
        }
        else if (!o.ok && !o.cancelled) setState((s) => ({ ...s, error: o.message }))
        const b = client.current!.run({ kind: 'breakeven', project: doc }, () => undefined)
        cancels.push(b.cancel)
        void b.result.then((ob) => {
          if (cancelled) return
          const outB = ob.ok ? ob.output : null
          if (outB?.kind === 'breakeven') {
            const breakevens = sheetBreakevensFrom(outB.result)
            setState((s) => ({ ...s, breakevens }))
          }
          else if (!ob.ok && !ob.cancelled) setState((s) => ({ ...s, error: ob.message }))
          const e = client.current!.run({ kind: 'exposure', project: doc, settings: { step: SHEET_EXPOSURE_STEP } }, () => undefined)
          cancels.push(e.cancel)
          void e.result.then((oe) => {
            if (cancelled) return
            const outE = oe.ok ? oe.output : null
            if (outE?.kind === 'exposure') {
              const exposure = sheetExposureFrom(outE.result)
              setState((s) => ({ ...s, exposure, running: false }))
            }
            else setState((s) => ({ ...s, running: false, error: oe.ok ? s.error : oe.cancelled ? s.error : oe.message }))
          })
        })
      })
    }, 600)
    return () => {
      cancelled = true
      clearTimeout(timer)
      cancels.forEach((c) => c())
    }
  }, [doc, result])
  return state
}
