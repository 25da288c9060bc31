import { useMemo } from 'react'
import { routeHref } from '@renderer/app/route'
import { useModelResult } from '@renderer/model/use-model-result'
import { useAppStore } from '@renderer/store'
import { Button } from '@renderer/ui'
import { guideSteps } from './guide-steps'
import { useT } from '@renderer/i18n'
import './guide.css'

/**
 * The first-run guide inside a project: the five steps with what is done ticked (from the same
 * incomplete-model check as Results) and each a link to its section; the next one highlighted.
 */
export function GuideStrip({ section }: { section: string }) {
  const guide = useAppStore((s) => s.guide)
  const setGuide = useAppStore((s) => s.setGuide)
  const ws = useAppStore((s) => s.workspace)
  const t = useT()
  const { result } = useModelResult()
  const steps = useMemo(() => (ws ? guideSteps(ws.doc, result) : []), [ws, result])
  if (guide !== 'open' || !ws || ws.reviewCopy) return null
  const next = steps.find((s) => !s.done)
  return (
    <section className="guide-strip" aria-label={t('guide.strip')} data-testid="guide-strip">
      <div className="guide-strip-head">
        <strong>{next ? t('guide.next', { title: t(next.title) }) : t('guide.complete')}</strong>
        <Button size="sm" onClick={() => setGuide('dismissed')}>
          {t('guide.close')}
        </Button>
      </div>
      <ol className="guide-steps">
        {steps.map((s, i) => (
          <li key={s.id} className={[s.done ? 'done' : '', s === next ? 'next' : '', s.section === section ? 'here' : ''].join(' ')} data-testid={`guide-step-${s.id}`} data-done={s.done}>
            <a href={routeHref({ name: 'project', projectId: ws.projectId, section: s.section })} title={t(s.detail)}>
              <span className="guide-num" aria-hidden="true">{s.done ? '✓' : i + 1}</span>
              <span>{t(s.title)}</span>
              <span className="visually-hidden">{s.done ? t('guide.done') : ''}</span>
            </a>
          </li>
        ))}
      </ol>
      {next && <p className="guide-detail">{t(next.detail)}</p>}
    </section>
  )
}
