import { describe, expect, test } from 'vitest'
import { screen, within } from '@testing-library/react'
import { gdpPerCapita, mexicoGdpAssessment, mexicoGdpSeries } from '@/testing/fixtures.ts'
import { renderWithProviders } from '@/testing/test-utils.tsx'
import { IndicatorCard } from './indicator-card.tsx'

const names = { CAN: 'Canada', MEX: 'Mexico', USA: 'United States', NAM: 'North America' }
const canada = { ...mexicoGdpAssessment, country: 'CAN' as const, status: 'moderate' as const }

describe('IndicatorCard', () => {
  test('shows the latest value with its year, the target with its origin and the pace sentence', async () => {
    renderWithProviders(
      <IndicatorCard
        indicator={gdpPerCapita}
        assessments={[canada, mexicoGdpAssessment]}
        country="MEX"
        countryNames={names}
        series={mexicoGdpSeries}
        origin="NAP"
      />,
    )
    const card = await screen.findByRole('article', { name: 'GDP per capita, PPP' })
    expect(within(card).getByRole('link', { name: 'GDP per capita, PPP' })).toHaveAttribute(
      'href',
      '/indicators/gdp-per-capita-ppp?countries=MEX',
    )
    expect(within(card).getByText('Latest (2024)').nextElementSibling).toHaveTextContent('22,040')
    expect(within(card).getByText('Target 2050').nextElementSibling).toHaveTextContent("27,397NAP (the project's goal)")
    expect(within(card).getByText('constant 2021 international $')).toBeInTheDocument()
    expect(within(card).getByText('Growing 0.45% a year; needs 0.84% a year to reach 27,397 by 2050.')).toBeInTheDocument()
  })

  test('lists the status of every reported country in words', async () => {
    renderWithProviders(
      <IndicatorCard indicator={gdpPerCapita} assessments={[mexicoGdpAssessment, canada]} country="MEX" countryNames={names} />,
    )
    const list = await screen.findByRole('list', { name: 'Status by country' })
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Canada: Progress, must accelerate',
      'Mexico: Off track',
    ])
  })

  test('draws a sparkline described with the target', async () => {
    renderWithProviders(
      <IndicatorCard indicator={gdpPerCapita} assessments={[mexicoGdpAssessment]} country="MEX" countryNames={names} series={mexicoGdpSeries} />,
    )
    expect(
      await screen.findByRole('img', { name: 'GDP per capita, PPP, Mexico, 2014–2050; target 27,397 in 2050.' }),
    ).toBeInTheDocument()
  })

  test('falls back to North America when the indicator is not reported for the chosen country', async () => {
    const regionOnly = { ...gdpPerCapita, countries: ['NAM' as const] }
    const nam = { ...mexicoGdpAssessment, country: 'NAM' as const }
    renderWithProviders(<IndicatorCard indicator={regionOnly} assessments={[nam]} country="CAN" countryNames={names} />)
    expect(await screen.findByText('Shown for North America (not reported for Canada).')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'GDP per capita, PPP' })).toHaveAttribute('href', '/indicators/gdp-per-capita-ppp?countries=NAM')
  })

  test('writes numbers, words and statuses in Spanish', async () => {
    renderWithProviders(
      <IndicatorCard
        indicator={gdpPerCapita}
        assessments={[mexicoGdpAssessment]}
        country="MEX"
        countryNames={{ MEX: 'México' }}
        series={mexicoGdpSeries}
        origin="NAP"
      />,
      { lang: 'es' },
    )
    const card = await screen.findByRole('article', { name: 'PIB per cápita, PPA' })
    expect(within(card).getByText('Último dato (2024)').nextElementSibling).toHaveTextContent('22,040')
    expect(within(card).getByRole('list', { name: 'Estado por país' })).toHaveTextContent('México: Rezagado')
    expect(within(card).getByText(/^Crece 0.45% al año; necesita 0.84% al año para llegar a 27,397 en 2050.$/)).toBeInTheDocument()
  })
})
