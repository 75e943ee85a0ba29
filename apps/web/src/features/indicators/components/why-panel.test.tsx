import { describe, expect, test } from 'vitest'
import { screen, within } from '@testing-library/react'
import { gdpPerCapita, growthGapAssessment, mexicoGdpAssessment } from '@/testing/fixtures.ts'
import { renderWithProviders } from '@/testing/test-utils.tsx'
import { WhyPanel } from './why-panel.tsx'

const names = { MEX: 'Mexico', NAM: 'North America' }
const valueOf = (table: HTMLElement, id: string) => table.querySelector(`tr[data-input="${id}"] td`)?.textContent

describe('WhyPanel', () => {
  test('lists every input of the pace assessment with its value', async () => {
    renderWithProviders(<WhyPanel indicator={gdpPerCapita} assessments={[mexicoGdpAssessment]} countryNames={names} />)
    const table = await screen.findByRole('table', { name: 'Inputs of the assessment for Mexico' })
    expect(within(table).getByRole('rowheader', { name: 'Latest value v_t (t = 2024)' })).toBeInTheDocument()
    expect(valueOf(table, 'latest')).toBe('22,040')
    expect(valueOf(table, 'windowStart')).toBe('21,070')
    expect(valueOf(table, 'baseline')).toBe('21,917')
    expect(valueOf(table, 'target')).toBe('27,397')
    expect(valueOf(table, 'window')).toBe('10 years (2014–2024)')
    expect(valueOf(table, 'actualPace')).toBe('+0.45%/yr')
    expect(valueOf(table, 'requiredPace')).toBe('+0.84%/yr')
    expect(valueOf(table, 'ratio')).toBe('0.5367')
    expect(valueOf(table, 'score')).toBe('-0.26')
    expect(valueOf(table, 'projected')).toBe('24,775')
    expect(valueOf(table, 'yearReached')).toBe('about 2072')
    expect(valueOf(table, 'pathAtLatest')).toBe('22,099')
    expect(valueOf(table, 'gap')).toBe('-0.27% (behind the path)')
    expect(valueOf(table, 'thresholds')).toContain('on track R ≥ 0.95')
    expect(valueOf(table, 'method')).toBe('pace (growth rates)')
    expect(valueOf(table, 'fallback')).toBe('no')
    expect(valueOf(table, 'trend')).toBe('Improving, +1.21%/yr (2019–2024)')
  })

  test('writes the formula with the numbers filled in and names the status', async () => {
    renderWithProviders(<WhyPanel indicator={gdpPerCapita} assessments={[mexicoGdpAssessment]} countryNames={names} />)
    expect(await screen.findByRole('heading', { level: 3, name: 'Mexico Off track' })).toBeInTheDocument()
    const steps = screen.getAllByRole('listitem').map((li) => li.textContent)
    expect(steps).toContain('Actual pace: r_act = (v_t ÷ v_s)^(1 ÷ (t − s)) − 1 = (22,040 ÷ 21,070)^(1 ÷ 10) − 1 = +0.45% a year.')
    expect(steps).toContain('Required pace: r_req = (T ÷ v_t)^(1 ÷ (Y − t)) − 1 = (27,397 ÷ 22,040)^(1 ÷ 26) − 1 = +0.84% a year.')
    expect(steps).toContain('Pace ratio: R = r_act ÷ r_req = +0.45% ÷ +0.84% = 0.5367.')
    expect(steps).toContain('Since 0 ≤ R = 0.5367 < 0.60, the status is “Off track”.')
    expect(steps).toContain('Score: max(4.1667 × R − 2.5, −5) = -0.26.')
    expect(screen.getByRole('link', { name: 'Read the full methodology' })).toHaveAttribute('href', '/methodology')
  })

  test('explains a threshold status from the 5-year mean and the bands', async () => {
    const pp = { ...gdpPerCapita, valueFormat: 'pp' as const, decimals: 2 }
    renderWithProviders(<WhyPanel indicator={pp} assessments={[growthGapAssessment]} countryNames={names} />)
    const table = await screen.findByRole('table', { name: 'Inputs of the assessment for North America' })
    expect(valueOf(table, 'mean')?.replace(/\u00a0/g, ' ')).toBe('-0.43 pp')
    expect(valueOf(table, 'method')).toBe('threshold (5-year mean against bands)')
    const steps = screen.getAllByRole('listitem').map((li) => li.textContent?.replace(/\u00a0/g, ' '))
    expect(steps).toContain('Since m = -0.43 pp < c = 0.00 pp, the status is “Moving away”.')
    expect(steps).toContain('Score for this status: -3.75.')
  })

  test('explains the status in French', async () => {
    renderWithProviders(<WhyPanel indicator={gdpPerCapita} assessments={[mexicoGdpAssessment]} countryNames={{ MEX: 'Mexique' }} />, {
      lang: 'fr',
    })
    expect(await screen.findByRole('heading', { level: 2, name: 'Pourquoi ce statut' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 3, name: 'Mexique Hors trajectoire' })).toBeInTheDocument()
    const steps = screen.getAllByRole('listitem').map((li) => li.textContent?.replace(/[\u00a0\u202f]/g, ' '))
    expect(steps).toContain('Comme 0 ≤ R = 0,5367 < 0,60, le statut est « Hors trajectoire ».')
  })
})
