/** Every route of the app in one place (bulletproof-react), with builders for links. */
import type { CountryCode } from '@nap/domain'

export const TABS = ['chart', 'table', 'why', 'about'] as const
export type IndicatorTab = (typeof TABS)[number]

export interface IndicatorView {
  countries?: readonly string[]
  from?: number
  to?: number
  tab?: IndicatorTab
}

function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value)
  const text = search.toString()
  return text ? `?${text}` : ''
}

export const paths = {
  overview: { pattern: '/', build: () => '/' },
  goals: { pattern: '/goals', build: () => '/goals' },
  goal: {
    pattern: '/goals/:goalId',
    build: (goalId: number, country?: CountryCode) => `/goals/${goalId}${query({ country })}`,
  },
  indicator: {
    pattern: '/indicators/:slug',
    build: (slug: string, view: IndicatorView = {}) =>
      `/indicators/${encodeURIComponent(slug)}${query({
        countries: view.countries?.join(','),
        from: view.from?.toString(),
        to: view.to?.toString(),
        tab: view.tab,
      })}`,
  },
  countries: { pattern: '/countries', build: () => '/countries' },
  country: { pattern: '/countries/:code', build: (code: CountryCode) => `/countries/${code}` },
  methodology: { pattern: '/methodology', build: () => '/methodology' },
  about: { pattern: '/about', build: () => '/about' },
  changes: {
    pattern: '/changes',
    build: (filter: { indicator?: string | undefined; country?: string | undefined } = {}) =>
      `/changes${query({ indicator: filter.indicator, country: filter.country })}`,
  },
  admin: {
    pattern: '/admin/*',
    build: (indicator?: string) => `/admin${query({ indicator })}`,
  },
  adminTargets: {
    pattern: '/admin/targets',
    build: (view: { indicator?: string | undefined; country?: string | undefined } = {}) =>
      `/admin/targets${query({ indicator: view.indicator, country: view.country })}`,
  },
  adminUsers: { pattern: '/admin/users', build: () => '/admin/users' },
  adminAudit: { pattern: '/admin/audit', build: () => '/admin/audit' },
  adminPassword: { pattern: '/admin/password', build: () => '/admin/password' },
  adminImports: {
    pattern: '/admin/imports',
    build: (view: { import?: number | undefined } = {}) => `/admin/imports${query({ import: view.import?.toString() })}`,
  },
} as const
