/** How the chart draws its guide lines; shared by the chart, its legend and its export (no Recharts here). */
export const PATH_COLOUR = '#6b7280'
export const PATH_DASH = '6 4'
export const PROJECTION_DASH = '2 4'

/** The chart's height in pixels: its frame holds this space before the chart's code has arrived. */
export const CHART_HEIGHT = 360
