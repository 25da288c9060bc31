/** The app mark: three stacked bars rising (a cash-flow profile) on a rounded tile. */
export function Logo({ size = 30 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--accent)" />
      <rect x="7" y="17" width="4.5" height="8" rx="1.2" fill="var(--on-accent)" opacity="0.7" />
      <rect x="13.75" y="12" width="4.5" height="13" rx="1.2" fill="var(--on-accent)" opacity="0.85" />
      <rect x="20.5" y="7" width="4.5" height="18" rx="1.2" fill="var(--on-accent)" />
    </svg>
  )
}
