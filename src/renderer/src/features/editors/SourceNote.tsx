import type { ReactNode } from 'react'
import { Badge } from '@renderer/ui'

/** Where a default came from, beside the inputs it filled (source, date, confidence). */
export function SourceNote({ label = 'Default', tone = 'accent', children }: { label?: string; tone?: 'accent' | 'warning' | 'neutral'; children: ReactNode }) {
  return (
    <p className="source-note">
      <Badge tone={tone}>{label}</Badge>
      <span className="source-text">{children}</span>
    </p>
  )
}

/** `value unit · date · source [confidence]` for one reference value. */
export function describeSourced(v: { value: string; unit: string; source: string; date: string; confidence: string; judgement?: boolean }): string {
  return `${v.value} ${v.unit} · ${v.date} · ${v.source} [${v.confidence}]${v.judgement ? ' (judgement)' : ''}`
}
