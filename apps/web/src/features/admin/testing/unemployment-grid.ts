/**
 * The entry grid of unemployment-rate as the API serves it on the seeded database (2023–2025 of the
 * real series; NAM is computed, WLD is a reference series), for component and unit tests.
 */
import type { Grid, GridCell } from '../api/schemas.ts'

const flags = { estimate: false, provisional: false, breakInSeries: false }
const cell = (country: GridCell['country'], period: string, value: number, derived = false): GridCell => ({
  country,
  period,
  value,
  version: 1,
  flags,
  deleted: false,
  derived,
  updatedAt: '2026-12-01T14:03:59.191Z',
})

export const unemploymentGrid: Grid = {
  indicator: 'unemployment-rate',
  frequency: 'annual',
  minValue: 0,
  maxValue: 100,
  decimals: 1,
  columns: [
    { country: 'CAN', editable: true },
    { country: 'MEX', editable: true },
    { country: 'USA', editable: true },
    { country: 'NAM', editable: false },
  ],
  cells: [
    cell('CAN', '2023', 5.42),
    cell('MEX', '2023', 2.767),
    cell('USA', '2023', 3.638),
    cell('NAM', '2023', 3.6051, true),
    cell('CAN', '2024', 6.351),
    cell('MEX', '2024', 2.678),
    cell('USA', '2024', 4.022),
    cell('NAM', '2024', 3.9095609851396524, true),
    cell('CAN', '2025', 6.907),
    cell('MEX', '2025', 2.673),
    cell('USA', '2025', 4.198),
    cell('NAM', '2025', 4.073717817342347, true),
  ],
}

export const countryNames: Partial<Record<string, string>> = {
  CAN: 'Canada',
  MEX: 'Mexico',
  USA: 'United States',
  NAM: 'North America',
  WLD: 'World',
}
