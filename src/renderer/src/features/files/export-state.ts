import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'

/** Progress of the one Excel export that may run at a time (shown by the Results button and the overlay). */
export type ExportProgress = { stage: 'model' | 'building' | 'writing' | 'saving'; step: number; of: number; label: string }

export const exportState = createStore<{ progress: ExportProgress | null }>()(() => ({ progress: null }))
export const useExportProgress = () => useStore(exportState, (s) => s.progress)

const STAGES: Record<ExportProgress['stage'], { step: number; label: string }> = {
  model: { step: 1, label: 'Waiting for the latest results…' },
  building: { step: 2, label: 'Building the workbook and checking every formula…' },
  writing: { step: 3, label: 'Writing the .xlsx file…' },
  saving: { step: 4, label: 'Saving…' }
}

export const setExportStage = (stage: ExportProgress['stage'] | null) =>
  exportState.setState({ progress: stage ? { stage, ...STAGES[stage], of: 4 } : null })
