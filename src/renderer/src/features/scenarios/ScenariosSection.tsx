import { useState } from 'react'
import { TabList, tabIds } from '@renderer/ui'
import { BreakevenPanel } from './BreakevenPanel'
import { MonteCarloPanel } from './MonteCarloPanel'
import { NaturalHedgePanel } from './NaturalHedgePanel'
import { ScenariosPanel } from './ScenariosPanel'
import { TornadoPanel } from './TornadoPanel'
import { useT } from '@renderer/i18n'
import './scenarios.css'

const TABS = [
  { id: 'scenarios', label: 'scenarios.tab.scenarios', Panel: ScenariosPanel },
  { id: 'tornado', label: 'scenarios.tab.tornado', Panel: TornadoPanel },
  { id: 'breakeven', label: 'scenarios.tab.breakeven', Panel: BreakevenPanel },
  { id: 'montecarlo', label: 'scenarios.tab.montecarlo', Panel: MonteCarloPanel },
  { id: 'hedge', label: 'scenarios.tab.hedge', Panel: NaturalHedgePanel }
] as const
type TabId = (typeof TABS)[number]['id']

/**
 * "What breaks this project?": scenarios side by side, tornado, breakeven prices, Monte Carlo and the natural-hedge ledger.
 * Heavy runs go to a module worker; every panel stays mounted (hidden when not shown) so a run keeps
 * going — and keeps its result — while the user looks at another tab or edits elsewhere.
 */
export function ScenariosSection() {
  const [tab, setTab] = useState<TabId>('scenarios')
  const t = useT()
  return (
    <section className="section scenarios-section" aria-label={t('scenarios.aria')}>
      <header className="section-header">
        <TabList className="segmented" label={t('scenarios.tabs')} idPrefix="analysis" tabs={TABS.map((x) => ({ ...x, label: t(x.label) }))} selected={tab} onSelect={setTab} />
      </header>
      {TABS.map(({ id, Panel }) => (
        <div key={id} role="tabpanel" id={tabIds('analysis', id).panel} aria-labelledby={tabIds('analysis', id).tab} hidden={tab !== id}>
          <Panel />
        </div>
      ))}
    </section>
  )
}
