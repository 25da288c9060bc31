import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'
import type { MessageKey } from '@shared/i18n'

/** Progress of the one Excel export that may run at a time (shown by the Results button and the overlay); `label` is a catalog key. */
export type ExportProgress = { stage: 'building' | 'saving'; step: number; of: number; label: MessageKey }

export const exportState = createStore<{ progress: ExportProgress | null }>()(() => ({ progress: null }))
export const useExportProgress = () => useStore(exportState, (s) => s.progress)

const STAGES: Record<ExportProgress['stage'], { step: number; label: MessageKey }> = {
  building: { step: 1, label: 'filecmd.stage.building' },
  saving: { step: 2, label: 'filecmd.stage.saving' }
}

export const setExportStage = (stage: ExportProgress['stage'] | null) =>
  exportState.setState({ progress: stage ? { stage, ...STAGES[stage], of: 2 } : null })
