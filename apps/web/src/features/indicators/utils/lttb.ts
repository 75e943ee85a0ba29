/**
 * Largest-triangle-three-buckets (Sveinn Steinarsson, "Downsampling Time Series for Visual
 * Representation", 2013): picks `threshold` of the points so the drawn line keeps the shape of the
 * series. The first and last points are kept; the others are split into threshold − 2 buckets of
 * (nearly) equal size, and from each bucket the point forming the largest triangle with the point
 * kept before it and the mean of the next bucket is kept. Points must be sorted by x. Pure; returns
 * the points themselves (not copies), in order.
 */
export function lttb<T>(points: readonly T[], threshold: number, x: (point: T) => number, y: (point: T) => number): T[] {
  const n = points.length
  if (threshold >= n || n <= 2) return [...points]
  if (threshold < 3) throw new RangeError(`lttb: threshold must be at least 3 (got ${threshold})`)
  const first = points[0] as T
  const last = points[n - 1] as T
  const kept: T[] = [first]
  const every = (n - 2) / (threshold - 2)
  let a = first
  for (let bucket = 0; bucket < threshold - 2; bucket += 1) {
    // The mean of the next bucket (for the last bucket: the last point).
    const nextStart = Math.floor((bucket + 1) * every) + 1
    const nextEnd = Math.min(Math.floor((bucket + 2) * every) + 1, n)
    let meanX = 0
    let meanY = 0
    for (let i = nextStart; i < nextEnd; i += 1) {
      const p = points[i] as T
      meanX += x(p)
      meanY += y(p)
    }
    meanX /= nextEnd - nextStart
    meanY /= nextEnd - nextStart
    // The point of this bucket with the largest triangle (a, point, next mean).
    const start = Math.floor(bucket * every) + 1
    const end = Math.floor((bucket + 1) * every) + 1
    const ax = x(a)
    const ay = y(a)
    let best = points[start] as T
    let bestArea = -1
    for (let i = start; i < end; i += 1) {
      const p = points[i] as T
      const area = Math.abs((ax - meanX) * (y(p) - ay) - (ax - x(p)) * (meanY - ay))
      if (area > bestArea) {
        bestArea = area
        best = p
      }
    }
    kept.push(best)
    a = best
  }
  kept.push(last)
  return kept
}
