/** Hands bytes to the browser as a file download (web mode's "save"). */
export function downloadBytes(bytes: Uint8Array, fileName: string, mime = 'application/octet-stream'): void {
  const blob = new Blob([bytes.slice().buffer], { type: mime })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Revoke later: Chromium starts the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}

const MIME: Record<string, string> = {
  project: 'application/json',
  review: 'application/json',
  json: 'application/json',
  backup: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  pdf: 'application/pdf'
}
export const mimeFor = (kind: string): string => MIME[kind] ?? 'application/octet-stream'

export const ACCEPT: Record<string, string> = {
  project: '.bankable.json,.json,application/json',
  review: '.json,application/json',
  json: '.json,application/json',
  backup: '.json,application/json',
  xlsx: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: '.csv,text/csv',
  pdf: '.pdf,application/pdf'
}
