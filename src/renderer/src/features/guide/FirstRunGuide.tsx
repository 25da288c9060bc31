import { useAppStore } from '@renderer/store'
import { Button, Card, IconPlus } from '@renderer/ui'
import { useT } from '@renderer/i18n'
import type { MessageKey } from '@shared/i18n'

const STEPS: readonly (readonly [MessageKey, MessageKey])[] = [
  ['guide.step.name', 'guide.step.nameDetail'],
  ['guide.step.feedstock', 'guide.step.feedstockDetail'],
  ['guide.step.products', 'guide.step.productsDetail'],
  ['guide.step.costs', 'guide.step.costsDetail'],
  ['guide.step.financing', 'guide.step.financingDetail']
]

/**
 * The first-run guide on the project list: shown to a user with no projects (until dismissed) and
 * when reopened from Help. "Start" opens New project; the guide then follows the project's steps.
 */
export function FirstRunGuide() {
  const guide = useAppStore((s) => s.guide)
  const setGuide = useAppStore((s) => s.setGuide)
  const openDialog = useAppStore((s) => s.openDialog)
  const count = useAppStore((s) => s.projects.length)
  const status = useAppStore((s) => s.projectsStatus)
  const t = useT()
  if (status !== 'ready' || guide === 'dismissed' || (guide === 'unseen' && count > 0)) return null
  return (
    <Card title={t('guide.title')} actions={<Button size="sm" onClick={() => setGuide('dismissed')}>{t('guide.dismiss')}</Button>}>
      <div className="first-run" data-testid="first-run-guide">
        <ol className="first-run-steps">
          {STEPS.map(([title, detail]) => (
            <li key={title}>
              <strong>{t(title)}</strong> — {t(detail)}
            </li>
          ))}
        </ol>
        <p className="panel-note">{t('guide.note')}</p>
        <Button
          variant="primary"
          icon={<IconPlus />}
          onClick={() => {
            setGuide('open')
            openDialog('create-project')
          }}
          data-testid="guide-start"
        >
          {t('guide.start')}
        </Button>
      </div>
    </Card>
  )
}
