import { useState } from 'react'
import { useDoc } from '@renderer/features/editors'
import { useAppStore } from '@renderer/store'
import { TabList, tabIds } from '@renderer/ui'
import { ReviewerMode } from '@renderer/features/review/ReviewerMode'
import { ReviewInbox } from '@renderer/features/review/ReviewInbox'
import { SheetTab } from './SheetTab'
import type { MessageKey } from '@shared/i18n'
import { useT } from '@renderer/i18n'
import './sheet.css'

type Tab = 'sheet' | 'review' | 'inbox'
const TABS: { id: Tab; label: MessageKey }[] = [
  { id: 'sheet', label: 'sheettab.tab.sheet' },
  { id: 'review', label: 'sheettab.tab.review' },
  { id: 'inbox', label: 'sheettab.tab.inbox' }
]

/** The lender-facing section: the one-page sheet, a financier's review of this project, and reviews received. */
export function ProjectSheetSection() {
  const doc = useDoc()
  // A file open for review is the financier's: it opens on the review tab and has no "Reviews received".
  const isCopy = useAppStore((s) => s.workspace?.reviewCopy !== undefined)
  const inReview = useAppStore((s) => s.reviewModeProjectId === doc.id) || isCopy
  const setReviewMode = useAppStore((s) => s.setReviewMode)
  const t = useT()
  const [tab, setTabState] = useState<Tab>(inReview ? 'review' : 'sheet')
  // The sheet and the received reviews are the recycler's side: going there leaves review mode.
  const setTab = (t: Tab) => {
    if (t !== 'review') setReviewMode(null)
    setTabState(t)
  }
  return (
    <div>
      <TabList className="sheet-tabs" label={t('sheettab.tabs')} idPrefix="sheet" tabs={TABS.filter((x) => !(isCopy && x.id === 'inbox')).map((x) => ({ ...x, label: t(x.label) }))} selected={tab} onSelect={setTab} />
      <div role="tabpanel" id={tabIds('sheet', tab).panel} aria-labelledby={tabIds('sheet', tab).tab}>{tab === 'sheet' ? <SheetTab /> : tab === 'review' ? <ReviewerMode /> : <ReviewInbox />}</div>
    </div>
  )
}
