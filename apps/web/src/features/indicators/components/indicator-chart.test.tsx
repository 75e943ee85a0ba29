import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { fireEvent, screen } from '@testing-library/react'
import { gdpPerCapita, mexicoGdpAssessment, mexicoGdpSeries } from '@/testing/fixtures.ts'
import { renderWithProviders } from '@/testing/test-utils.tsx'
import { toChartData } from '../utils/to-chart-data.ts'
import { IndicatorChart } from './indicator-chart.tsx'

const WIDTH = 800
const model = toChartData({
  series: mexicoGdpSeries,
  assessments: [mexicoGdpAssessment],
  countries: ['MEX'],
  from: 2010,
  to: 2050,
  events: [{ slug: 'usmca', date: '2020-07-01', label: { en: 'USMCA', es: 'T-MEC', fr: 'ACEUM' }, description: { en: '', es: '', fr: '' } }],
  eventLabel: (event) => event.label.en,
})

// jsdom lays nothing out: the chart's frame says it is 800 px wide.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ x: 0, y: 0, width: WIDTH, height: 360 }))
  vi.spyOn(SVGElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ x: 0, y: 0, width: WIDTH, height: 360 }))
})
afterEach(() => vi.restoreAllMocks())

function draw() {
  return renderWithProviders(
    <IndicatorChart indicator={gdpPerCapita} model={model} countryNames={{ MEX: 'Mexico' }} title="GDP per capita, PPP" describedBy="chart-summary" />,
  )
}

describe('IndicatorChart', () => {
  test('is an image named by its title and described by the summary, at its final height before it draws', async () => {
    draw()
    const chart = await screen.findByRole('img', { name: 'GDP per capita, PPP' })
    expect(chart).toHaveAttribute('aria-describedby', 'chart-summary')
    expect(chart.style.height).toBe('360px')
    expect(chart.querySelector('svg.chart-surface')?.getAttribute('width')).toBe(String(WIDTH))
  })

  test('draws the history with one marker per observation, the projection, the required path, the target and the event', async () => {
    draw()
    const chart = await screen.findByRole('img', { name: 'GDP per capita, PPP' })
    const observed = chart.querySelector('path.chart-line--observed[data-country="MEX"]')
    // 2014, 2019, 2020, 2023, 2024 in 2010–2050: five points, five markers (squares for Mexico).
    expect(observed?.getAttribute('d')?.match(/[ML]/g)).toHaveLength(5)
    expect(chart.querySelectorAll('rect[fill="#009E73"]')).toHaveLength(5)
    // Projection from 2024 to 2050 and the required path from 2023: one point a year.
    expect(chart.querySelector('path.chart-line--projection')?.getAttribute('d')?.match(/[ML]/g)).toHaveLength(27)
    expect(chart.querySelector('path.chart-line--path')?.getAttribute('d')?.match(/[ML]/g)).toHaveLength(28)
    expect(chart.querySelector('.chart-events text')?.textContent).toBe('USMCA')
    const ticks = [...chart.querySelectorAll('.chart-axis--x text')].map((node) => node.textContent)
    expect(ticks).toEqual(['2010', '2020', '2030', '2040', '2050'])
    // The value axis covers the history (19,018 in 2020) and the 2050 target of 27,397 on round ticks.
    const values = [...chart.querySelectorAll('.chart-axis--y text')].map((node) => node.textContent)
    expect(values).toEqual(['17,500', '20,000', '22,500', '25,000', '27,500'])
  })

  test('reads out the values of the year under the pointer', async () => {
    draw()
    const chart = await screen.findByRole('img', { name: 'GDP per capita, PPP' })
    const svg = chart.querySelector('svg')
    if (!svg) throw new Error('no svg')
    // 2024 on an axis from 68 px (2010) to 780 px (2050).
    const x2024 = 68 + ((2024 - 2010) / 40) * (780 - 68)
    fireEvent.pointerMove(svg, { clientX: x2024, clientY: 100 })
    const readout = chart.querySelector('.chart-readout')
    expect(readout?.querySelector('.chart-readout__label')?.textContent).toBe('2024')
    expect([...(readout?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'Mexico: 22,040',
      'Mexico, projection at the current pace: 22,040',
      'Mexico, required path: 22,099',
    ])
    fireEvent.pointerLeave(svg)
    expect(chart.querySelector('.chart-readout')).toBeNull()
  })
})
