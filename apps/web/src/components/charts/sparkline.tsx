/** A small SVG line with the target ◎ and the required path: the shape of a series at a glance. */
export interface SparkPoint {
  x: number
  value: number
}

interface SparklineProps {
  points: readonly SparkPoint[]
  target?: SparkPoint | null
  path?: readonly SparkPoint[]
  colour: string
  label: string
  width?: number
  height?: number
}

const PAD = 6

export function Sparkline({ points, target = null, path = [], colour, label, width = 240, height = 64 }: SparklineProps) {
  if (points.length === 0) return null
  const xs = [...points.map((p) => p.x), ...(target ? [target.x] : [])]
  const ys = [...points.map((p) => p.value), ...(target ? [target.value] : []), ...path.map((p) => p.value)]
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)]
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)]
  const sx = (x: number) => PAD + ((x - x0) / (x1 - x0 || 1)) * (width - 2 * PAD)
  const sy = (y: number) => height - PAD - ((y - y0) / (y1 - y0 || 1)) * (height - 2 * PAD)
  const line = (list: readonly SparkPoint[]) => list.map((p, i) => `${i ? 'L' : 'M'}${sx(p.x).toFixed(1)},${sy(p.value).toFixed(1)}`).join('')
  const last = points.at(-1) as SparkPoint
  return (
    <svg className="sparkline" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} focusable="false">
      {path.length > 1 ? <path d={line(path)} fill="none" stroke="#8a94a3" strokeWidth={1.25} strokeDasharray="4 3" /> : null}
      <path d={line(points)} fill="none" stroke={colour} strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" />
      <circle cx={sx(last.x)} cy={sy(last.value)} r={3} fill={colour} />
      {target ? (
        <g>
          <circle cx={sx(target.x)} cy={sy(target.value)} r={5} fill="#fff" stroke={colour} strokeWidth={1.5} />
          <circle cx={sx(target.x)} cy={sy(target.value)} r={1.75} fill={colour} />
        </g>
      ) : null}
    </svg>
  )
}
