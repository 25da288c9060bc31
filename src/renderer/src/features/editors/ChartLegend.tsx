/**
 * The input charts' legend. Recharts' own names each icon "<series> legend icon" for screen readers,
 * in English whatever the reader's language; this one shows each series by its (translated) name with
 * a decorative swatch, so the name is read once, in the reader's language.
 */
export function ChartLegend({ payload }: { payload?: ReadonlyArray<{ value?: unknown; color?: string }> }) {
  return (
    <ul className="chart-legend">
      {payload?.map((p, i) => (
        <li key={i}>
          <span className="chart-legend-swatch" style={{ background: p.color }} aria-hidden="true" />
          {String(p.value ?? '')}
        </li>
      ))}
    </ul>
  )
}
