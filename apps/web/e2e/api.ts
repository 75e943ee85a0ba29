/** Reads the API directly (to compare what the page shows with the data it was given). */
import type { z } from 'zod'
import { ProgressSchema, SeriesSchema } from '@nap/schemas'

async function get<S extends z.ZodType>(url: string, schema: S): Promise<z.infer<S>> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return schema.parse(await response.json())
}

export const fetchProgress = (baseUrl: string) => get(`${baseUrl}/api/progress`, ProgressSchema)
export const fetchSeries = (baseUrl: string, slug: string, query: string) =>
  get(`${baseUrl}/api/indicators/${slug}/series${query}`, SeriesSchema)
