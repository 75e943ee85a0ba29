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

export function TargetMark({ cx, cy, colour, small = false }: { cx: number; cy: number; colour: string; small?: boolean }) {
  const r = small ? 5 : 7
  return (
    <g>
      <circle cx={cx} cy={cy} r={r} fill="#fff" stroke={colour} strokeWidth={2} />
      <circle cx={cx} cy={cy} r={r * 0.35} fill={colour} />
    </g>
  )
}
