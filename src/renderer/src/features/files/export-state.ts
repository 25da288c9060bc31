import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'

/** Progress of the one Excel export that may run at a time (shown by the Results button and the overlay). */
export type ExportProgress = { stage: 'building' | 'saving'; step: number; of: number; label: string }

export const exportState = createStore<{ progress: ExportProgress | null }>()(() => ({ progress: null }))
export const useExportProgress = () => useStore(exportState, (s) => s.progress)

const STAGES: Record<ExportProgress['stage'], { step: number; label: string }> = {
  building: { step: 1, label: 'Running the model, building the workbook and checking every formula…' },
  saving: { step: 2, label: 'Saving…' }
}

export const setExportStage = (stage: ExportProgress['stage'] | null) =>
  exportState.setState({ progress: stage ? { stage, ...STAGES[stage], of: 2 } : null })
