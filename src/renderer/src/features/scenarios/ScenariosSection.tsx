import { useState } from 'react'
import { BreakevenPanel } from './BreakevenPanel'
import { MonteCarloPanel } from './MonteCarloPanel'
import { NaturalHedgePanel } from './NaturalHedgePanel'
import { ScenariosPanel } from './ScenariosPanel'
import { TornadoPanel } from './TornadoPanel'
import './scenarios.css'

const TABS = [
  { id: 'scenarios', label: 'Scenarios', Panel: ScenariosPanel },
  { id: 'tornado', label: 'Tornado', Panel: TornadoPanel },
  { id: 'breakeven', label: 'Breakeven', Panel: BreakevenPanel },
  { id: 'montecarlo', label: 'Monte Carlo', Panel: MonteCarloPanel },
  { id: 'hedge', label: 'Natural hedge', Panel: NaturalHedgePanel }
] as const
type TabId = (typeof TABS)[number]['id']

/**
 * "What breaks this project?": scenarios side by side, tornado, breakeven prices, Monte Carlo and the natural-hedge ledger.
 * Heavy runs go to a module worker; every panel stays mounted (hidden when not shown) so a run keeps
 * going — and keeps its result — while the user looks at another tab or edits elsewhere.
 */
export function ScenariosSection() {
  const [tab, setTab] = useState<TabId>('scenarios')
  return (
    <section className="section scenarios-section" aria-label="Scenarios and risk">
      <header className="section-header">
        <div className="segmented" role="tablist" aria-label="Analysis">
          {TABS.map((t) => (
            <button key={t.id} type="button" role="tab" id={`tab-${t.id}`} aria-selected={tab === t.id} aria-controls={`panel-${t.id}`} className={tab === t.id ? 'on' : ''} onClick={() => setTab(t.id)}>
              {t.label}
            </button>
          ))}
        </div>
      </header>
      {TABS.map(({ id, Panel }) => (
        <div key={id} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id}>
          <Panel />
        </div>
      ))}
    </section>
  )
}
