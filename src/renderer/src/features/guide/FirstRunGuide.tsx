import { useAppStore } from '@renderer/store'
import { Button, Card, IconPlus } from '@renderer/ui'

const STEPS = [
  ['Name the project', 'and choose its reporting currency (USD, INR or JPY).'],
  ['Feedstock', 'a stream of converters or black mass, its tonnes a year and its price.'],
  ['Products and prices', 'what the plant sells and at what price.'],
  ['Capex and opex', 'what it costs to build and to run.'],
  ['Financing', 'then Results grades it against the lender’s thresholds.']
] as const

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
  if (status !== 'ready' || guide === 'dismissed' || (guide === 'unseen' && count > 0)) return null
  return (
    <Card title="Build your first project in five steps" actions={<Button size="sm" onClick={() => setGuide('dismissed')}>Dismiss</Button>}>
      <div className="first-run" data-testid="first-run-guide">
        <ol className="first-run-steps">
          {STEPS.map(([title, detail]) => (
            <li key={title}>
              <strong>{title}</strong> — {detail}
            </li>
          ))}
        </ol>
        <p className="panel-note">Each step shows as done once the model has what it needs; the Methodology (Help) says how every number is computed.</p>
        <Button
          variant="primary"
          icon={<IconPlus />}
          onClick={() => {
            setGuide('open')
            openDialog('create-project')
          }}
          data-testid="guide-start"
        >
          Start: name the project
        </Button>
      </div>
    </Card>
  )
}
