import { useT } from '@renderer/i18n'
import type { CardView } from './metric-cards'

/**
 * Headline metric cards; each card's value text is exactly `formatMetric(key, value, currency)`.
 * `provisional`: the inputs are incomplete, so the figures are shown muted, as arithmetic, not results.
 */
export function MetricCards({ cards, provisional = false }: { cards: readonly CardView[]; provisional?: boolean }) {
  const t = useT()
  return (
    <div className={`metric-grid${provisional ? ' metric-grid-provisional' : ''}`} data-provisional={provisional || undefined}>
      {cards.map((c) => {
        const [head, reason] = c.available ? [c.text, null] : [t('results.na'), c.text.replace(/^n\/a/, '')]
        return (
          <section key={c.key} className={`metric-card${c.available ? '' : ' metric-na'}`} data-testid={`metric-${c.key}`} aria-label={c.label}>
            <h3 className="metric-label">{c.label}</h3>
            <p className={`metric-value${head.length > 17 ? ' metric-value-long metric-value-xlong' : head.length > 12 ? ' metric-value-long' : ''}`} data-testid={`metric-${c.key}-value`}>
              {head}
              {reason && <span className="metric-reason">{reason}</span>}
            </p>
            <p className="metric-hint">{c.hint}</p>
          </section>
        )
      })}
    </div>
  )
}
