import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { projectSha256 } from '@shared/review'
import { buildSheetHtml, SHEET_DENSITIES, type SheetDensity } from '@shared/sheet'
import { useDoc } from '@renderer/features/editors'
import { useModelResult } from '@renderer/model'
import { useAppStore, useDisplayUnit } from '@renderer/store'
import { Banner, Button, Select } from '@renderer/ui'
import { version } from '@root/package.json'
import { HtmlView } from './HtmlView'
import { PrintPortal } from './PrintPortal'
import { SheetFields } from './SheetFields'
import { useSheetAnalysis } from './use-sheet-analysis'
import { useLastBreachSizing } from '../scenarios/last-results'
import { LOCALES, LOCALE_NAMES, type Locale } from '@shared/i18n'
import { japaneseFontReady, useT } from '@renderer/i18n'

const today = () => new Date().toISOString().slice(0, 10)

/** The page (190 mm + 10 mm margins each side, at 96 px per inch) and the preview's own padding, in CSS px. */
const PAGE_PX = ((190 + 20) / 25.4) * 96 + 24

/** Shrinks the preview to the width it has (never enlarges), so the whole page is visible without scrolling sideways. */
function usePreviewZoom(ref: RefObject<HTMLDivElement | null>): number {
  const [zoom, setZoom] = useState(1)
  useEffect(() => {
    const el = ref.current
    if (!el || typeof ResizeObserver === 'undefined') return
    const ro = new ResizeObserver(() => setZoom(Math.min(1, Math.max(0.5, el.clientWidth / PAGE_PX))))
    ro.observe(el)
    return () => ro.disconnect()
  })
  return zoom
}

/** The one-page sheet as lenders get it (the same HTML the CLI prints), its text fields, and PDF export. */
export function SheetTab() {
  const doc = useDoc()
  const { result, resultDoc, stale, error } = useModelResult()
  const analysis = useSheetAnalysis(resultDoc, result)
  const breachSizing = useLastBreachSizing(resultDoc)
  const [pageSize, setPageSize] = useState<'A4' | 'Letter'>('A4')
  const unit = useDisplayUnit(doc.reportingCurrency)
  // The sheet's language is the export's choice (#20): a Japanese banker may read an English app and send a Japanese sheet. It starts as the app's.
  const appLocale = useAppStore((s) => s.locale)
  const [locale, setLocale] = useState<Locale>(appLocale)
  const t = useT()
  const printToPdf = useAppStore((s) => s.printToPdf)
  const registerCommand = useAppStore((s) => s.registerCommand)
  // The hash is of the document the figures were computed from, so the sheet never pairs figures with another file.
  const sheetDoc = resultDoc && resultDoc.id === doc.id ? resultDoc : null
  const hash = useMemo(() => (sheetDoc ? projectSha256(sheetDoc) : ''), [sheetDoc])
  // Density steps up (fewer rows, "+N more") while the laid-out preview runs past one page, as the CLI
  // does; it starts again at 0 whenever the content changes. `fit` remembers which content it was for.
  const [fit, setFit] = useState<{ for: unknown[]; density: SheetDensity }>({ for: [], density: 0 })
  const fitFor = [sheetDoc, result, analysis.tornado, analysis.breakevens, breachSizing, analysis.exposure, pageSize, locale]
  const density: SheetDensity = fit.for.length === fitFor.length && fit.for.every((v, i) => v === fitFor[i]) ? fit.density : 0
  const sheet = useMemo(
    () =>
      sheetDoc && result
        ? buildSheetHtml({ project: sheetDoc, result, tornado: analysis.tornado, breakevens: analysis.breakevens, breachSizing, exposure: analysis.exposure, density, displayUnit: unit, locale, meta: { date: today(), modelVersion: version, projectSha256: hash, pageSize } })
        : null,
    [sheetDoc, result, analysis.tornado, analysis.breakevens, breachSizing, analysis.exposure, hash, pageSize, density, unit, locale]
  )
  const onMeasure = useCallback(
    (overflowPx: number) => {
      if (overflowPx > 1 && density < SHEET_DENSITIES.length - 1) setFit({ for: [sheetDoc, result, analysis.tornado, analysis.breakevens, breachSizing, analysis.exposure, pageSize, locale], density: (density + 1) as SheetDensity })
    },
    [density, sheetDoc, result, analysis.tornado, analysis.breakevens, breachSizing, analysis.exposure, pageSize, locale]
  )

  const previewRef = useRef<HTMLDivElement>(null)
  const previewZoom = usePreviewZoom(previewRef)

  const exportPdf = async () => {
    await japaneseFontReady(locale)
    await printToPdf(
      { suggestedName: `${doc.name} - project sheet.pdf`, pageSize, landscape: false },
      { saved: (name) => t('sheettab.saved', { name }), failed: (message) => t('sheettab.notSaved', { message }) }
    )
  }
  useEffect(() => registerCommand('export-sheet-pdf', () => void exportPdf()))

  return (
    <div className="sheet-layout">
      <div>
        <div className="sheet-toolbar">
          <Select label={t('sheettab.page')} value={pageSize} options={[{ value: 'A4', label: 'A4' }, { value: 'Letter', label: t('sheettab.letter') }]} onChange={setPageSize} />
          <Select label={t('sheet.language')} value={locale} options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))} onChange={setLocale} />
          <Button variant="primary" onClick={() => void exportPdf()} disabled={!sheet}>
            {t('sheettab.exportPdf')}
          </Button>
          <span className="sheet-status" aria-live="polite">
            {stale
              ? t('sheettab.updating')
              : analysis.running
                ? t('sheettab.computing')
                : analysis.error
                  ? t('sheettab.analysisFailed', { error: analysis.error })
                  : hash
                    ? t('sheettab.hash', { hash: hash.slice(0, 12) })
                    : ''}
          </span>
        </div>
        {error && <Banner banner={{ id: 'sheet-error', tone: 'error', message: t('sheettab.modelError', { error }), dismissible: false }} onDismiss={() => undefined} />}
        {sheet ? (
          <>
            <div className="sheet-preview" ref={previewRef}>
              <div style={{ zoom: previewZoom }}>
                <HtmlView css={sheet.css} body={sheet.body} label={t('sheettab.preview')} className="sheet-page" onMeasure={onMeasure} />
              </div>
            </div>
            <PrintPortal css={sheet.css} body={sheet.body} pageSize={pageSize} />
          </>
        ) : (
          <p className="loading">{t('sheettab.computingSheet')}</p>
        )}
      </div>
      <SheetFields />
    </div>
  )
}
