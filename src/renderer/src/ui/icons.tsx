import type { SVGProps } from 'react'

/** A small stroke icon set (24×24 grid, currentColor) so the app needs no icon font or network. */
type IconProps = SVGProps<SVGSVGElement> & { size?: number }

function make(paths: string[], name: string) {
  function Icon({ size = 18, ...rest }: IconProps) {
    return (
      <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...rest}>
        {paths.map((d) => (
          <path key={d} d={d} />
        ))}
      </svg>
    )
  }
  Icon.displayName = `Icon${name}`
  return Icon
}

export const IconPlus = make(['M12 5v14', 'M5 12h14'], 'Plus')
export const IconUndo = make(['M9 14 4 9l5-5', 'M4 9h10.5a5.5 5.5 0 0 1 0 11H11'], 'Undo')
export const IconRedo = make(['m15 14 5-5-5-5', 'M20 9H9.5a5.5 5.5 0 0 0 0 11H13'], 'Redo')
export const IconPencil = make(['M17 3a2.85 2.85 0 1 1 4 4L7.5 20.5 2 22l1.5-5.5Z', 'm15 5 4 4'], 'Pencil')
export const IconCopy = make(['M8 8h12v12H8z', 'M4 16V4h12'], 'Copy')
export const IconArchive = make(['M3 4h18v4H3z', 'M5 8v12h14V8', 'M10 12h4'], 'Archive')
export const IconUnarchive = make(['M3 4h18v4H3z', 'M5 8v12h14V8', 'm9 15 3-3 3 3', 'M12 12v6'], 'Unarchive')
export const IconTrash = make(['M3 6h18', 'M8 6V4h8v2', 'M19 6l-1 14H6L5 6', 'M10 11v6', 'M14 11v6'], 'Trash')
export const IconClose = make(['M18 6 6 18', 'm6 6 12 12'], 'Close')
export const IconCheck = make(['M20 6 9 17l-5-5'], 'Check')
export const IconAlert = make(['M12 9v4', 'M12 17h.01', 'M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z'], 'Alert')
export const IconInfo = make(['M12 16v-4', 'M12 8h.01', 'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20Z'], 'Info')
export const IconBook = make(['M4 19.5A2.5 2.5 0 0 1 6.5 17H20', 'M6.5 2H20v20H6.5A2.5 2.5 0 0 1 4 19.5v-15A2.5 2.5 0 0 1 6.5 2z'], 'Book')
export const IconFolder = make(['M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2Z'], 'Folder')
export const IconSun = make(['M12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8Z', 'M12 2v2', 'M12 20v2', 'm4.9 4.9 1.4 1.4', 'm17.7 17.7 1.4 1.4', 'M2 12h2', 'M20 12h2', 'm4.9 19.1 1.4-1.4', 'm17.7 6.3 1.4-1.4'], 'Sun')
export const IconMoon = make(['M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8Z'], 'Moon')
export const IconMonitor = make(['M3 4h18v12H3z', 'M8 20h8', 'M12 16v4'], 'Monitor')
// Section icons
export const IconFeedstock = make(['M3 7l9-4 9 4-9 4-9-4Z', 'M3 12l9 4 9-4', 'M3 17l9 4 9-4'], 'Feedstock')
export const IconRecovery = make(['M9 3h6', 'M10 3v6l-5 9a2 2 0 0 0 1.7 3h10.6a2 2 0 0 0 1.7-3l-5-9V3', 'M7.5 14h9'], 'Recovery')
export const IconPrices = make(['M3 3v18h18', 'm7 15 4-4 3 3 6-7'], 'Prices')
export const IconOfftake = make(['M14 3h7v7', 'M21 3l-9 9', 'M10 5H5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-5'], 'Offtake')
export const IconCosts = make(['M4 7h16v13H4z', 'M8 7V4h8v3', 'M4 12h16'], 'Costs')
export const IconFinancing = make(['M3 21h18', 'M5 21V10', 'M19 21V10', 'M9 21V10', 'M15 21V10', 'M12 3 3 8h18Z'], 'Financing')
export const IconResults = make(['M4 20V10', 'M10 20V4', 'M16 20v-7', 'M22 20H2'], 'Results')
export const IconScenarios = make(['M6 3v12', 'M18 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6Z', 'M6 21a3 3 0 1 0 0-6 3 3 0 0 0 0 6Z', 'M18 9a9 9 0 0 1-9 9'], 'Scenarios')
export const IconSheet = make(['M14 3H6a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V9Z', 'M14 3v6h6', 'M8 13h8', 'M8 17h5'], 'Sheet')
