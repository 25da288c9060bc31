import { useState } from 'react'
import { Button, IconFolder } from '@renderer/ui'
import { openForReviewFile, openProjectFile } from './file-actions'
import { SampleDialog } from './SampleDialog'
import { useT } from '@renderer/i18n'

/** "Open…", "Open for review…" (a financier's read-only copy) and "Open sample" on the project list. */
export function ProjectFileButtons() {
  const [samplesOpen, setSamplesOpen] = useState(false)
  const t = useT()
  return (
    <>
      <Button onClick={() => setSamplesOpen(true)}>{t('files.openSample')}</Button>
      <Button icon={<IconFolder />} onClick={() => void openProjectFile()} title={t('files.openTitle')}>
        {t('files.open')}
      </Button>
      <Button onClick={() => void openForReviewFile()} title={t('files.openForReviewTitle')}>
        {t('files.openForReview')}
      </Button>
      <SampleDialog open={samplesOpen} onClose={() => setSamplesOpen(false)} />
    </>
  )
}
