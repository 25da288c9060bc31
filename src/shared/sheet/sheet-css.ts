/**
 * The sheet's stylesheet, scoped under `.bk-sheet` so the app can show the sheet inside its own page.
 * Sized for ONE page on both A4 (210 × 297 mm) and US Letter (215.9 × 279.4 mm) with 10 mm margins:
 * the content box is 190 × 259 mm (Letter's height and A4's width are the binding sides). Text that
 * could run long is clamped, and the box hides overflow, so the sheet never spills onto a second page.
 */
import type { Locale } from '../i18n'

export const SHEET_WIDTH_MM = 190
export const SHEET_HEIGHT_MM = 259

/**
 * The Japanese sheet's type (#20): Latin letters and figures stay in DejaVu Sans, so a figure is as
 * wide as on the English sheet (the one-page fit holds); kana and kanji fall back to Noto Sans JP, which
 * the app bundles from @fontsource (OFL-1.1, the japanese subset in 400 and 700 only) so a PDF made
 * offline embeds it. English adds nothing.
 */
export const sheetFontCss = (locale: Locale): string =>
  locale === 'ja' ? '.bk-sheet{font-family:"DejaVu Sans","Liberation Sans",Arial,"Noto Sans JP",sans-serif;line-break:strict}' : ''

export const SHEET_CSS = `
.bk-sheet{box-sizing:border-box;width:${SHEET_WIDTH_MM}mm;height:${SHEET_HEIGHT_MM}mm;overflow:hidden;margin:0 auto;padding:0;background:#fff;color:#16202c;
font-family:"DejaVu Sans","Liberation Sans",Arial,Helvetica,sans-serif;font-size:7pt;line-height:1.25;display:flex;flex-direction:column;gap:1.6mm;
-webkit-print-color-adjust:exact;print-color-adjust:exact}
.bk-sheet *{box-sizing:border-box}
.bk-sheet>*{flex-shrink:0}
.bk-sheet header{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:0.6mm solid #1f3b5c;padding-bottom:1.2mm}
.bk-sheet .title{font-size:14pt;font-weight:bold;margin:0;line-height:1.1;color:#1f3b5c;max-height:2.3em;overflow:hidden}
.bk-sheet .sub{color:#4a5563;font-size:7.6pt}
.bk-sheet .stamp{text-align:right;white-space:nowrap}
.bk-sheet .overall{display:inline-block;padding:0.6mm 2mm;border-radius:1mm;font-weight:700;color:#fff;font-size:8pt}
.bk-sheet .overall.g-green{background:#1d7a46}.bk-sheet .overall.g-amber{background:#b7791f}.bk-sheet .overall.g-red{background:#b42318}.bk-sheet .overall.g-na{background:#6b7280}
.bk-sheet h2{font-size:8pt;margin:0 0 0.8mm;text-transform:uppercase;letter-spacing:0.04em;color:#1f3b5c;border-bottom:0.2mm solid #c9d2dc}
.bk-sheet .row{display:grid;gap:3mm}
.bk-sheet .c2{grid-template-columns:1fr 1fr}.bk-sheet .c3{grid-template-columns:1fr 1fr 1fr}.bk-sheet .c64{grid-template-columns:1.2fr 1fr}.bk-sheet .c73{grid-template-columns:1.5fr 1fr}
.bk-sheet .summary{margin:0;display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden}.bk-sheet .summary.short{-webkit-line-clamp:2}
.bk-sheet table{border-collapse:collapse;width:100%}
.bk-sheet th,.bk-sheet td{padding:0.25mm 0.8mm;vertical-align:top;text-align:left}
.bk-sheet .facts th{width:17mm;color:#4a5563;font-weight:600;white-space:nowrap}
.bk-sheet .facts ul{margin:0;padding-left:3mm}
.bk-sheet .grid-table th{background:#eef2f6;font-weight:600}
.bk-sheet .grid-table td{border-bottom:0.15mm solid #e3e8ee}
.bk-sheet .num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.bk-sheet .nw{white-space:nowrap}.bk-sheet .dim{color:#6b7280}.bk-sheet .warn{color:#b42318}
.bk-sheet .su td{white-space:nowrap}
.bk-sheet .tranches td{line-height:1.2}.bk-sheet .tranches td .dim{font-size:6.2pt}.bk-sheet .tranches{table-layout:fixed}.bk-sheet .tranches.compact{font-size:6.6pt}
${[15, 5, 8, 12, 12, 20, 12, 16].map((w, i) => `.bk-sheet .tranches th:nth-child(${i + 1}){width:${w}%}`).join('')}
${[18, 5, 8, 11, 11, 15, 11, 21].map((w, i) => `.bk-sheet .tranches.compact th:nth-child(${i + 1}){width:${w}%}`).join('')}
.bk-sheet .tranches td:nth-child(n+2):nth-child(-n+5){white-space:nowrap}.bk-sheet .tranches+.line{margin:0.6mm 0 0}.bk-sheet .tranches tr.total td{font-weight:700;border-top:0.2mm solid #1f3b5c}.bk-sheet .su tr.total td{font-weight:700;border-top:0.2mm solid #1f3b5c}
.bk-sheet .cards{display:grid;grid-template-columns:repeat(4,1fr);gap:1.2mm}
.bk-sheet .card{border:0.2mm solid #c9d2dc;border-radius:1mm;padding:0.8mm 1.2mm;display:flex;flex-direction:column;min-height:10mm}
.bk-sheet .card .lbl{color:#4a5563;font-size:6.6pt}
.bk-sheet .card .fig{font-size:10pt;font-weight:700;white-space:nowrap}
.bk-sheet .card .why{font-size:5.8pt;color:#6b7280;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
.bk-sheet .checklist .dot{display:inline-block;width:2.2mm;height:2.2mm;border-radius:50%;margin-right:1mm;vertical-align:-0.3mm;background:#9ca3af}
.bk-sheet .checklist .g-green .dot{background:#1d7a46}.bk-sheet .checklist .g-amber .dot{background:#d69e2e}.bk-sheet .checklist .g-red .dot{background:#b42318}
.bk-sheet .checklist td:first-child,.bk-sheet .checklist td:nth-child(3){white-space:nowrap}
.bk-sheet .checklist td{line-height:1.1}.bk-sheet .checklist .reason{font-size:6.2pt;color:#374151}
.bk-sheet .line{margin:0 0 0.6mm}
.bk-sheet .chart{width:100%}
.bk-sheet .dscr-chart{display:block;width:100%;height:auto}
.bk-sheet .dscr-chart .grid{stroke:#e3e8ee;stroke-width:0.5}.bk-sheet .dscr-chart .axis{stroke:#6b7280;stroke-width:0.6}
.bk-sheet .dscr-chart .tick{font-size:7.5px;fill:#4a5563}
.bk-sheet .dscr-chart .covenant{stroke:#b42318;stroke-width:1;stroke-dasharray:4 2}
.bk-sheet .dscr-chart .lockup{stroke:#d69e2e;stroke-width:0.8;stroke-dasharray:1.5 1.5}
.bk-sheet .dscr-chart .line{fill:none;stroke-width:1.2}
.bk-sheet .dscr-chart .bar{fill:#2f6f9f}.bk-sheet .dscr-chart .bar-amber{fill:#d69e2e}.bk-sheet .dscr-chart .bar-red{fill:#b42318}.bk-sheet .dscr-chart .bar-grace{fill:#b8c2cc}
.bk-sheet .legend{font-size:6.4pt;color:#4a5563}
.bk-sheet .legend i{display:inline-block;width:4mm;height:0;border-top:0.5mm solid;vertical-align:middle;margin:0 0.8mm 0 2mm}
.bk-sheet .risks td{display:table-cell}
.bk-sheet .risks td div{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
.bk-sheet footer{margin-top:auto;border-top:0.2mm solid #c9d2dc;padding-top:0.8mm;font-size:6pt;color:#4a5563;display:flex;justify-content:space-between;gap:2mm}
.bk-sheet footer code{font-family:"DejaVu Sans Mono",monospace;font-size:5.8pt;word-break:break-all}
`

/** Page rules for printing the sheet on its own (CLI, and the app's print of the sheet). */
export const pageCss = (pageSize: 'A4' | 'Letter'): string => `@page{size:${pageSize};margin:10mm}html,body{margin:0;padding:0;background:#fff}`
