/** SVG marks shared by the chart, its legend and its export: country markers and the target ◎. */
import type { MarkerShape } from '@/components/ui/country-style.ts'

export function Marker({ shape, cx, cy, colour, size = 3.5 }: { shape: MarkerShape; cx: number; cy: number; colour: string; size?: number }) {
  switch (shape) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={size} fill={colour} stroke="#fff" strokeWidth={1} />
    case 'square':
      return <rect x={cx - size} y={cy - size} width={size * 2} height={size * 2} fill={colour} stroke="#fff" strokeWidth={1} />
    case 'triangle': {
      const s = size * 1.25
      return <polygon points={`${cx},${cy - s} ${cx + s},${cy + s * 0.8} ${cx - s},${cy + s * 0.8}`} fill={colour} stroke="#fff" strokeWidth={1} />
    }
    case 'diamond': {
      const s = size * 1.3
      return <polygon points={`${cx},${cy - s} ${cx + s},${cy} ${cx},${cy + s} ${cx - s},${cy}`} fill={colour} stroke="#fff" strokeWidth={1} />
    }
  }
}

/** The same shapes as `Marker`, as SVG path data: every marker of a line in one <path>. */
export function markerPath(shape: MarkerShape, cx: number, cy: number, size = 3.5): string {
  const f = (n: number) => n.toFixed(1)
  switch (shape) {
    case 'circle':
      return `M${f(cx - size)},${f(cy)}a${size},${size} 0 1,0 ${2 * size},0a${size},${size} 0 1,0 ${-2 * size},0Z`
    case 'square':
      return `M${f(cx - size)},${f(cy - size)}h${2 * size}v${2 * size}h${-2 * size}Z`
    case 'triangle': {
      const s = size * 1.25
      return `M${f(cx)},${f(cy - s)}L${f(cx + s)},${f(cy + s * 0.8)}L${f(cx - s)},${f(cy + s * 0.8)}Z`
    }
    case 'diamond': {
      const s = size * 1.3
      return `M${f(cx)},${f(cy - s)}L${f(cx + s)},${f(cy)}L${f(cx)},${f(cy + s)}L${f(cx - s)},${f(cy)}Z`
    }
  }
}

export function TargetMark({ cx, cy, colour, small = false }: { cx: number; cy: number; colour: string; small?: boolean }) {
  const r = small ? 5 : 7
  return (
    <g>
      <circle cx={cx} cy={cy} r={r} fill="#fff" stroke={colour} strokeWidth={2} />
      <circle cx={cx} cy={cy} r={r * 0.35} fill={colour} />
    </g>
  )
}
