/** Status icons and colours from UI.md: every status has an icon, a word and a colour (≥ 4.5:1 on white). */
import { STATUSES, type Status, type TrendDirection } from '@nap/domain'
import {
  ArrowDownRight,
  ArrowRight,
  ArrowUpRight,
  CircleCheck,
  CircleHelp,
  CircleMinus,
  Gauge,
  TrendingDown,
  TrendingUp,
  TriangleAlert,
  type LucideIcon,
} from 'lucide-react'

export interface StatusMeta {
  icon: LucideIcon
  colour: string
}

export const STATUS_META: Record<Status, StatusMeta> = {
  achieved: { icon: CircleCheck, colour: '#0b6e4f' },
  on_track: { icon: TrendingUp, colour: '#1f7a3a' },
  moderate: { icon: Gauge, colour: '#9a5b00' },
  off_track: { icon: TriangleAlert, colour: '#c2410c' },
  regressing: { icon: TrendingDown, colour: '#b91c1c' },
  insufficient_data: { icon: CircleHelp, colour: '#6b7280' },
  no_target: { icon: CircleMinus, colour: '#475569' },
}

/** Legend order: best to worst, then the two "no assessment" statuses (the domain's own order). */
export const STATUS_ORDER: readonly Status[] = STATUSES

export const TREND_ICON: Record<TrendDirection, LucideIcon> = {
  improving: ArrowUpRight,
  stable: ArrowRight,
  worsening: ArrowDownRight,
}
