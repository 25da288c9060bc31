import { createPortal } from 'react-dom'
import { useT } from '@renderer/i18n'
import { HtmlView } from './HtmlView'

/**
 * The one thing printed while a sheet or memo is on screen: a top-level element that is hidden on
 * screen and, in print, the only visible child of <body> (see sheet.css). Electron's printToPDF and the
 * web build's window.print() both print the page, so this is what makes the PDF the sheet alone.
 */
export function PrintPortal({ css, body, pageSize, rootClass }: { css: string; body: string; pageSize: 'A4' | 'Letter'; rootClass?: string }) {
  const t = useT()
  return createPortal(
    <div id="bk-print-root">
      <style>{`@media print{@page{size:${pageSize === 'Letter' ? 'Letter' : 'A4'};margin:10mm}}`}</style>
      <HtmlView css={css} body={body} rootClass={rootClass} label={t('sheettab.printable')} />
    </div>,
    document.body
  )
}
