/** Styling shared by every recharts chart: theme colours through CSS variables (tokens.css, results.css). */
export const CHART_PALETTE = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)', 'var(--chart-5)', 'var(--chart-6)'] as const
export const CHART_AXIS = { stroke: 'var(--text-faint)', tick: { fill: 'var(--text-muted)', fontSize: 11 } }
export const CHART_TOOLTIP = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6, color: 'var(--text)', fontSize: 12 },
  labelStyle: { color: 'var(--text)', fontWeight: 600 }
}
