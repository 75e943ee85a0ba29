import { forwardRef } from 'react'
import { Link, NavLink, useSearchParams, type LinkProps, type NavLinkProps } from 'react-router'
import { LANG_PARAM } from '@/i18n/language.ts'

/** Adds the current `?lang=` to an internal link so the reader keeps the language they chose. */
export function useLocalizedPath(): (to: string) => string {
  const [search] = useSearchParams()
  const lang = search.get(LANG_PARAM)
  return (to) => {
    if (!lang) return to
    const [pathAndQuery = '', hash] = to.split('#')
    const [pathname = '', query = ''] = pathAndQuery.split('?')
    const params = new URLSearchParams(query)
    if (!params.has(LANG_PARAM)) params.set(LANG_PARAM, lang)
    return `${pathname}?${params.toString()}${hash ? `#${hash}` : ''}`
  }
}

type AppLinkProps = Omit<LinkProps, 'to'> & { to: string }

export const AppLink = forwardRef<HTMLAnchorElement, AppLinkProps>(function AppLink({ to, ...rest }, ref) {
  const localize = useLocalizedPath()
  return <Link ref={ref} to={localize(to)} {...rest} />
})

type AppNavLinkProps = Omit<NavLinkProps, 'to'> & { to: string }

export function AppNavLink({ to, ...rest }: AppNavLinkProps) {
  const localize = useLocalizedPath()
  return <NavLink to={localize(to)} {...rest} />
}
