import { describe, expect, test } from 'vitest'
import { lttb } from './lttb.ts'

type P = [number, number]
const run = (points: P[], threshold: number) => lttb(points, threshold, (p) => p[0], (p) => p[1])
const line = (n: number, y: (i: number) => number = () => 0): P[] => Array.from({ length: n }, (_, i) => [i, y(i)])

describe('lttb', () => {
  test.each<[string, P[], number, P[]]>([
    ['keeps every point when there are no more than asked', line(5, (i) => i * i), 5, line(5, (i) => i * i)],
    ['keeps every point when asked for more than there are', line(3), 10, line(3)],
    ['keeps both points of a two-point series', line(2), 3, line(2)],
    [
      'picks the largest triangle in each bucket (worked by hand)',
      [[0, 0], [1, 1], [2, 0], [3, 5], [4, 0], [5, 0]],
      4,
      [[0, 0], [2, 0], [3, 5], [5, 0]],
    ],
    [
      'keeps the peaks and the trough of a flat line, one per bucket (worked by hand)',
      line(12, (i) => (i === 5 ? -10 : [2, 9].includes(i) ? 10 : 0)),
      5,
      [[0, 0], [2, 10], [5, -10], [9, 10], [11, 0]],
    ],
  ])('%s', (_name, points, threshold, expected) => {
    expect(run(points, threshold)).toEqual(expected)
  })

  test('a 10,000-point series drawn with 1,000: first and last kept, in order, and its one spike', () => {
    const points = line(10_000, (i) => (i === 6_543 ? 99 : Math.sin(i / 40)))
    const kept = run(points, 1_000)
    expect(kept).toHaveLength(1_000)
    expect(kept[0]).toBe(points[0])
    expect(kept.at(-1)).toBe(points.at(-1))
    expect(kept.every((p, i) => i === 0 || p[0] > (kept[i - 1]?.[0] ?? Infinity))).toBe(true)
    expect(kept).toContain(points[6_543])
  })

  test('refuses to draw fewer than three points of a longer series', () => {
    expect(() => run(line(10), 2)).toThrow('lttb: threshold must be at least 3 (got 2)')
  })
})
