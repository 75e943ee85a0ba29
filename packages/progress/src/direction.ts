import type { Direction } from '@nap/domain'

/** True when `value` meets `target` in the indicator's direction (≥ for d = +1, ≤ for d = −1). */
export function meetsTarget(value: number, target: number, direction: Direction): boolean {
  return direction === 1 ? value >= target : value <= target
}

/** A number, or null when it is NaN or ±Infinity: the engine never returns non-finite numbers. */
export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null
}
