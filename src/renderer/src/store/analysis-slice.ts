import { t } from '@shared/i18n'
import type { SliceArgs } from './deps'
import { messageOf } from './messages'
import type { AnalysisSlice } from './types'

/** Analyses kept with a project (the Monte Carlo's settings and last result); the feature validates what it reads. */
export function createAnalysisSlice({ get, deps }: SliceArgs): AnalysisSlice {
  const { repo } = deps
  return {
    async loadMonteCarlo(projectId) {
      try {
        return await repo.getMonteCarlo(projectId)
      } catch {
        return undefined // nothing to restore: the panel starts from its defaults
      }
    },
    async saveMonteCarlo(projectId, value) {
      // A review copy is not a project of this device: nothing is stored for it.
      if (get().workspace?.reviewCopy) return false
      try {
        await repo.putMonteCarlo(projectId, value)
        return true
      } catch (e) {
        get().pushToast({ tone: 'error', message: t(get().locale, 'store.monteCarloNotSaved', { message: messageOf(e, get().locale) }) })
        return false
      }
    }
  }
}
