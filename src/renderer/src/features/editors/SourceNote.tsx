import type { ReactNode } from 'react'
import { Badge } from '@renderer/ui'
import { useT } from '@renderer/i18n'
import type { Translate } from './translate'

/** Where a default came from, beside the inputs it filled (source, date, confidence). */
export function SourceNote({ label, tone = 'accent', children }: { label?: string; tone?: 'accent' | 'warning' | 'neutral'; children: ReactNode }) {
  const t = useT()
  return (
    <p className="source-note">
      <Badge tone={tone}>{label ?? t('editors.sourceDefault')}</Badge>
      <span className="source-text" translate="no">{children}</span>
    </p>
  )
}

/** `value unit · date · source [confidence]` for one reference value (the source is the library's words; the judgement flag is the reader's). */
export function describeSourced(v: { value: string; unit: string; source: string; date: string; confidence: string; judgement?: boolean }, t: Translate): string {
  return `${v.value} ${v.unit} · ${v.date} · ${v.source} [${v.confidence}]${v.judgement ? t('editors.judgement') : ''}`
}

type Sourced = { value: string; unit: string; source: string; date: string; confidence: string }

/** Several values that share sources, each source named once: `Li 0.04, Co 0.067 fraction · Source 2019 [D]`. */
export function describeGroup(entries: readonly (readonly [string, Sourced])[]): string {
  const bySource = new Map<string, string[]>()
  for (const [label, v] of entries) {
    const key = `${v.unit}|${v.source} (${v.date}) [${v.confidence}]`
    bySource.set(key, [...(bySource.get(key) ?? []), `${label} ${v.value}`])
  }
  return [...bySource.entries()].map(([key, values]) => {
    const [unit, source] = key.split('|') as [string, string]
    return `${values.join(', ')} ${unit} · ${source}`
  }).join('; ')
}
